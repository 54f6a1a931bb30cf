#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

enum Environment {
    /// True when the environment variable is set to something other than "" or "0".
    static func flag(_ name: String) -> Bool {
        guard let raw = getenv(name) else { return false }
        let value = String(cString: raw)
        return !value.isEmpty && value != "0"
    }
}
