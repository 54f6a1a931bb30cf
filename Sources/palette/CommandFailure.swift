import ArgumentParser

/// Turns a library error into a message on standard error and exit status 1.
enum CommandFailure {
    /// Runs `body`; on error prints `palette: error: <description>` and exits with status 1.
    static func reporting<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch {
            StandardStreams.writeError("palette: error: \(error)")
            throw ExitCode.failure
        }
    }
}
