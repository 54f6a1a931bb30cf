import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer leaves promptly, restoring the terminal, when it is sent SIGHUP, SIGINT or
/// SIGTERM with `kill`, and when its terminal goes away (`tmux kill-server`), whether or not the
/// process that started it left those signals blocked.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed (make deps installs it)"))
struct ExplorerSignalTests {
    private static let caught: [Int32] = [SIGHUP, SIGINT, SIGTERM]

    /// A tmux session running the explorer on fresh test weights (`exec`: the pane's process is
    /// `palette` itself unless `thenShell`), once its first frame is on screen.
    private static func startExplorer(in scratch: ScratchImages, blocking blocked: [Int32], thenShell: Bool) throws -> Tmux {
        let vae = try TestWeights.write(.vae, in: scratch.directory)
        let configuration = try scratch.write("tmux.conf", Array("set -g default-terminal tmux-256color\n".utf8))
        let palette = try PaletteProcess.executable().path
        let explorer = "env -u COLORTERM TERM=tmux-direct XDG_DATA_HOME='\(scratch.directory.path)' '\(palette)' --weights '\(vae)' --seed 5"
        let command = thenShell ? "\(explorer); echo \"palette exited with status $?\"; exec cat" : "exec \(explorer)"
        let tmux = try Tmux.start(command: command, columns: 100, rows: 30, configuration: configuration,
                                  blockedSignals: blocked)
        _ = try tmux.poll("the first frame") { () throws -> Bool? in
            try tmux.capture().contains("interval") ? true : nil
        }
        return tmux
    }

    /// The processes whose parent is `parent`, from /proc (Linux).
    private static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
        }
    }

    /// Whether `pid` is still a live process (a zombie waiting to be reaped counts as gone).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    @Test(arguments: caught, [false, true])
    func aSignalEndsTheExplorerAndRestoresTheTerminal(signal: Int32, blocked: Bool) throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        let tmux = try Self.startExplorer(in: scratch, blocking: blocked ? Self.caught : [], thenShell: true)
        defer { tmux.kill() }
        #expect(try tmux.format("#{alternate_on}") == "1")
        let shell = try #require(pid_t(try tmux.format("#{pane_pid}")))
        let palette = try #require(Self.children(of: shell).first, "no palette process under the pane's shell")
        defer { if Self.isRunning(palette) { kill(palette, SIGKILL) } }
        #expect(kill(palette, signal) == 0)
        let sent = Date()
        let screen = try tmux.poll("palette to exit after signal \(signal)", timeout: 2) { () throws -> String? in
            let screen = try tmux.capture()
            return screen.contains("palette exited with status") ? screen : nil
        }
        #expect(Date().timeIntervalSince(sent) < 2)
        #expect(screen.contains("palette exited with status \(128 + signal)"))
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(!screen.contains("interval"))
    }

    @Test(arguments: [false, true])
    func killingTheTerminalLeavesNoExplorerRunning(blocked: Bool) throws {
        let scratch = try ScratchImages()
        defer { scratch.remove() }
        // kill-server signals the server itself with SIGTERM, so only the panes' SIGHUP is blocked.
        let tmux = try Self.startExplorer(in: scratch, blocking: blocked ? [SIGHUP] : [], thenShell: false)
        defer { tmux.kill() }
        let palette = try #require(pid_t(try tmux.format("#{pane_pid}")))
        #expect(Self.isRunning(palette))
        try tmux.run(["kill-server"])
        let deadline = Date().addingTimeInterval(2)
        while Self.isRunning(palette) && Date() < deadline { usleep(50_000) }
        let left = Self.isRunning(palette)
        if left { kill(palette, SIGKILL) }
        #expect(!left, "palette (pid \(palette)) still runs 2 s after its terminal went away")
    }
}
