import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private tmux server (its own socket) for driving `palette` as a user would.
struct Tmux {
    /// The socket name (`tmux -L`).
    let socket: String
    /// The configuration file the server was started with.
    let configuration: String

    /// The tmux executable on `PATH`, if any.
    static var executable: String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(directory) + "/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts a detached session of `columns` x `rows` running `command` (a shell command line).
    /// The server, and so every process in its panes, starts with `blockedSignals` blocked (as
    /// some launchers leave them).
    static func start(command: String, columns: Int, rows: Int, configuration: String,
                      blockedSignals: [Int32] = []) throws -> Tmux {
        let tmux = Tmux(socket: "palette-e2e-\(UUID().uuidString.prefix(8))", configuration: configuration)
        try tmux.run(["-f", configuration, "new-session", "-d", "-x", String(columns), "-y", String(rows), command],
                     blockedSignals: blockedSignals)
        return tmux
    }

    /// Runs a tmux client command on this server and returns its standard output.
    @discardableResult
    func run(_ arguments: [String], blockedSignals: [Int32] = []) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        let errPath = outPath + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        let status = try Self.spawnAndWait(executable, ["-L", socket] + arguments, stdout: outPath, stderr: errPath,
                                           blockedSignals: blockedSignals)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(error)")
        }
        return output
    }

    /// Runs a program with standard output and error going to files, and waits for it.
    ///
    /// Foundation's `Process` is not used: on Linux it learns that a child ended from a socket
    /// the child inherits, and the server `new-session` forks keeps that socket open, so the
    /// wait would never end. Here only the three standard descriptors are set up, and the
    /// child is reaped with `waitpid`. The child starts with no blocked signals and default
    /// handlers: the test runner's threads block signals, and a server inheriting that mask
    /// would never see the SIGHUP that `kill-server` sends its panes, and would never exit
    /// (unless it unblocks them itself). `blockedSignals` are blocked on purpose, to test that.
    private static func spawnAndWait(_ executable: String, _ arguments: [String], stdout: String, stderr: String,
                                     blockedSignals: [Int32]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t(), allSignals = sigset_t()
        sigemptyset(&mask)
        for signal in blockedSignals { sigaddset(&mask, signal) }
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        #if canImport(Darwin)
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard spawned == 0 else { throw Failure(description: "cannot run \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: error \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS by hand (they are macros).
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// The pane's text; with `escapes`, with its colours and attributes as SGR sequences.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// Sends keys by tmux name (`Right`, `q`, `+`); `literal` sends the text as typed.
    func send(_ keys: String, literal: Bool = false) throws {
        try run(["send-keys"] + (literal ? ["-l"] : []) + [keys])
    }

    /// Evaluates a format (e.g. `#{alternate_on}`) for the pane.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The top paste buffer, or nil when there is none.
    func buffer() -> String? { try? run(["show-buffer"]) }

    /// Stops the server and removes its socket. A server started with SIGTERM blocked cannot
    /// obey `kill-server` (which signals the server itself): it is killed outright after 1 s.
    func kill() {
        let socketPath = try? format("#{socket_path}")
        let server = (try? format("#{pid}")).flatMap { pid_t($0) }
        _ = try? run(["kill-server"])
        if let server {
            let deadline = Date().addingTimeInterval(1)
            while sendSignal(server, 0) == 0 && Date() < deadline { usleep(20_000) }
            if sendSignal(server, 0) == 0 { _ = sendSignal(server, SIGKILL) }
        }
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    /// Polls `probe` every 50 ms until it returns a value or `timeout` seconds pass.
    func poll<T>(_ what: String, timeout: Double = 20, _ probe: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let value = try probe() { return value }
            if Date() > deadline {
                let screen = (try? capture()) ?? "(no capture)"
                throw Failure(description: "timed out after \(timeout) s waiting for \(what); the pane shows:\n\(screen)")
            }
            usleep(50_000)
        }
    }
}

/// kill(2), named apart from `Tmux.kill()`.
private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 { kill(pid, signal) }
