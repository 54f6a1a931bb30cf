#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic replacement with POSIX calls.
public enum AtomicFile {
    /// Replaces (or creates) the file at `path` with `contents`, atomically: the text goes to a
    /// new temporary file beside it, is flushed to disk, and is renamed over the old file, so a
    /// crash or a full disk leaves either the old file or the new one, never a truncated mix.
    /// An existing file keeps its permission bits; a new one gets 0644 (less the umask).
    public static func write(_ contents: String, to path: String) throws(FileError) {
        let directory = parentDirectory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        var temporary = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temporary = directory + "/." + name + ".tmp-\(getpid())-\(attempt)"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw FileError(path: path, reason: systemReason()) }
        var failure: FileError?
        let bytes = Array(contents.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = FileError(path: path, reason: systemReason())
                break
            }
            offset += written
        }
        if failure == nil, fsync(fd) != 0 { failure = FileError(path: path, reason: systemReason()) }
        if posixClose(fd) != 0, failure == nil { failure = FileError(path: path, reason: systemReason()) }
        if failure == nil, rename(temporary, path) != 0 { failure = FileError(path: path, reason: systemReason()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        // Make the rename itself durable.
        let directoryFD = open(directory, O_RDONLY | O_CLOEXEC)
        if directoryFD >= 0 {
            fsync(directoryFD)
            _ = posixClose(directoryFD)
        }
    }

    /// The whole file as bytes, or nil when it does not exist.
    public static func read(_ path: String) throws(FileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileError(path: path, reason: systemReason())
        }
        defer { _ = posixClose(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: systemReason())
            }
            if count == 0 { return result }
            result.append(contentsOf: buffer[0..<count])
        }
    }

    /// Creates a directory and its parents (like `mkdir -p`), mode 0700 for new ones.
    public static func createDirectories(_ path: String) throws(FileError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw FileError(path: prefix, reason: systemReason())
            }
        }
    }

    /// The directory part of a path (`.` when there is none).
    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The message of the current `errno`.
    static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

// The enum's own `read` and `write` hide the C functions; these reach them on either platform.
#if canImport(Glibc)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
private func posixClose(_ fd: Int32) -> Int32 { Glibc.close(fd) }
#elseif canImport(Darwin)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
private func posixClose(_ fd: Int32) -> Int32 { Darwin.close(fd) }
#endif
