#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, turning failures into typed errors.
enum FileReader {
    /// The bytes of the regular file at `path`. Throws `.missing`, `.unreadable` (also for a
    /// directory, a device such as /dev/zero, a pipe or a socket), `.empty`, or `.tooLarge`
    /// when the file is bigger than `maxBytes`.
    static func read(path: String, maxBytes: Int) throws(ImageError) -> [UInt8] {
        // Non-blocking, so that opening a pipe with no writer returns (and is then refused).
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw ImageError(.missing, path: path, reason: "no such file")
            }
            throw ImageError(.unreadable, path: path, reason: "cannot open: \(describe(code))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw ImageError(.unreadable, path: path, reason: "cannot stat: \(describe(errno))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ImageError(.unreadable, path: path, reason: "is a directory")
        case S_IFCHR, S_IFBLK: throw ImageError(.unreadable, path: path, reason: "is a device, not a regular file")
        default: throw ImageError(.unreadable, path: path, reason: "is a pipe or socket, not a regular file")
        }
        let size = Int(status.st_size)
        if size > maxBytes {
            throw ImageError(.tooLarge, path: path, reason: "file is \(size) bytes, more than the limit of \(maxBytes)")
        }
        var readError: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialised in
            var filled = 0
            while filled < size {
                let n = systemRead(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialised = filled
        }
        if readError != 0 {
            throw ImageError(.unreadable, path: path, reason: "read failed: \(describe(readError))")
        }
        if bytes.isEmpty { throw ImageError(.empty, path: path, reason: "file is empty") }
        return bytes
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// POSIX read(2), named to avoid the clash with FileReader.read.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
