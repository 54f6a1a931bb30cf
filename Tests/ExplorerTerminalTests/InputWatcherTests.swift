import CTerminalSignals
import Foundation
import Testing
@testable import ExplorerTerminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The input watcher on a real pseudo-terminal: it reports a hang-up once, and stops, when the
/// terminal's other end closes, and a signal as soon as one arrives.
@Suite(.serialized)
struct InputWatcherTests {
    /// Collects what a watcher reports.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [InputWatcher.Signal] = []
        func add(_ signal: InputWatcher.Signal) { lock.withLock { items.append(signal) } }
        var all: [InputWatcher.Signal] { lock.withLock { items } }
    }

    /// A pseudo-terminal: the controlling side and the terminal side's descriptors.
    private static func openPseudoTerminal() throws -> (master: Int32, terminal: Int32) {
        var master: Int32 = -1, terminal: Int32 = -1
        try #require(palette_open_pseudo_terminal(&master, &terminal) == 0)
        return (master, terminal)
    }

    private static func waitFor(_ reports: Reports, _ signal: InputWatcher.Signal, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if reports.all.contains(signal) { return true }
            usleep(10_000)
        }
        return reports.all.contains(signal)
    }

    @Test func closingTheTerminalIsAHangUpNotEndlessInput() throws {
        let (master, terminal) = try Self.openPseudoTerminal()
        defer { close(terminal) }
        let reports = Reports()
        let watcher = InputWatcher(fd: terminal) { reports.add($0) }
        watcher.start()
        defer { watcher.stop() }
        // Typed input is reported; the main actor then reads it.
        var byte: UInt8 = 0x61
        #expect(write(master, &byte, 1) == 1)
        #expect(Self.waitFor(reports, .input, within: 1))
        var buffer = [UInt8](repeating: 0, count: 16)
        _ = fcntl(terminal, F_SETFL, fcntl(terminal, F_GETFL) | O_NONBLOCK)
        _ = read(terminal, &buffer, buffer.count)
        watcher.inputDrained()
        // The terminal goes away: one hang-up, then nothing more.
        close(master)
        #expect(Self.waitFor(reports, .hangup, within: 1))
        let count = reports.all.count
        usleep(300_000)
        #expect(reports.all.count == count, "the watcher kept reporting after the hang-up: \(reports.all.suffix(5))")
        #expect(reports.all.filter { $0 == .input }.count <= 2)
    }

    @Test func aSignalWakesTheWatcherAtOnce() throws {
        let (master, terminal) = try Self.openPseudoTerminal()
        defer {
            close(master)
            close(terminal)
        }
        #expect(SignalCatcher.install())
        defer { SignalCatcher.release() }
        let reports = Reports()
        let watcher = InputWatcher(fd: terminal, signalDescriptor: SignalCatcher.descriptor) { reports.add($0) }
        watcher.start()
        defer { watcher.stop() }
        #expect(kill(getpid(), SIGTERM) == 0)
        #expect(Self.waitFor(reports, .signal, within: 0.5))
        #expect(SignalCatcher.take() == SIGTERM)
        #expect(SignalCatcher.take() == nil)
    }
}
