import Foundation

/// Reads a whole file only after checking that it is a regular file no larger than a bound, so
/// a device (`/dev/zero`), a pipe or a huge (even sparse) file is refused before any byte of it
/// is read.
enum BoundedFile {
    /// The bytes of the file at `path` (symbolic links followed).
    static func read(_ path: String, maxBytes: Int) throws(SafeTensorsError) -> [UInt8] {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: resolved) } catch {
            throw .io(path: path, reason: "cannot read: \(reason(error))")
        }
        let type = attributes[.type] as? FileAttributeType
        guard type == .typeRegular else { throw .notARegularFile(kind: describe(type)) }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else { throw .fileTooLarge(byteCount: size, limit: maxBytes) }
        do {
            guard let handle = FileHandle(forReadingAtPath: resolved) else {
                throw SafeTensorsError.io(path: path, reason: "cannot open for reading")
            }
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            guard data.count <= maxBytes else { throw SafeTensorsError.fileTooLarge(byteCount: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as SafeTensorsError {
            throw error
        } catch {
            throw .io(path: path, reason: "cannot read: \(reason(error))")
        }
    }

    private static func describe(_ type: FileAttributeType?) -> String {
        switch type {
        case .typeDirectory?: "a directory"
        case .typeCharacterSpecial?: "a character device"
        case .typeBlockSpecial?: "a block device"
        case .typeSocket?: "a socket"
        case nil: "unknown type"
        default: "a pipe or other special file"
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let text = strerror(Int32(underlying.code)) {
            return String(cString: text)
        }
        return nsError.localizedDescription
    }
}
