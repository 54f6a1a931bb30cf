#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the process's standard streams, and asking whether standard output is a terminal.
enum StandardStreams {
    /// True when standard output is a terminal (not a pipe or file).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Writes text to standard output unbuffered.
    static func writeOutput(_ text: String) { emit(text, to: STDOUT_FILENO) }

    /// Writes one line to standard error.
    static func writeError(_ line: String) { emit(line + "\n", to: STDERR_FILENO) }

    private static func emit(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
