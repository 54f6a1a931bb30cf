import CTerminalSignals
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for terminal input on a thread of its own, so that the main actor never blocks in
/// `getch`. It reports `.input` when bytes are ready (then waits until the main actor has read
/// them), `.signal` as soon as the signal descriptor becomes readable, `.tick` every 100 ms
/// otherwise (so resizes are noticed), and `.hangup` when the terminal goes away: a hang-up or
/// error from `poll`, or end of file (readable with no bytes to read).
final class InputWatcher: @unchecked Sendable {
    /// What the watcher reports.
    enum Signal: Sendable, Equatable {
        case input
        case tick
        case signal
        case hangup
    }

    private let fd: Int32
    private let signalDescriptor: Int32
    private let report: @Sendable (Signal) -> Void
    private let drained = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false

    /// Creates a watcher of the terminal `fd` (and of `signalDescriptor`, when not -1) that
    /// calls `report` from its thread.
    init(fd: Int32, signalDescriptor: Int32 = -1, report: @escaping @Sendable (Signal) -> Void) {
        self.fd = fd
        self.signalDescriptor = signalDescriptor
        self.report = report
    }

    /// Starts the thread.
    func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "palette input"
        thread.start()
    }

    /// Tells the watcher that the main actor has read the pending input.
    func inputDrained() { drained.signal() }

    /// Stops the thread within about 100 ms.
    func stop() {
        lock.withLock { stopped = true }
        drained.signal()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func loop() {
        let hangupEvents = Int16(POLLHUP | POLLERR | POLLNVAL)
        while !isStopped {
            var descriptors = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: signalDescriptor, events: Int16(POLLIN), revents: 0)]
            let result = poll(&descriptors, signalDescriptor >= 0 ? 2 : 1, 100)
            if isStopped { return }
            if result < 0 {
                if errno == EINTR { continue }
                report(.hangup)
                return
            }
            if result == 0 {
                report(.tick)
                continue
            }
            if descriptors[1].revents != 0 {
                report(.signal)
                return
            }
            let events = descriptors[0].revents
            if events & hangupEvents != 0 || (events & Int16(POLLIN) != 0 && Self.isAtEnd(fd)) {
                report(.hangup)
                return
            }
            report(.input)
            _ = drained.wait(timeout: .now() + 1)
        }
    }

    /// Whether a descriptor that `poll` calls readable has nothing to read: end of file, or a
    /// terminal that has gone. Checked twice, with a poll between, so that input the main actor
    /// read in the meantime is not taken for an end.
    private static func isAtEnd(_ fd: Int32) -> Bool {
        for attempt in 0..<2 {
            if palette_pending_bytes(fd) != 0 { return false }
            if attempt == 0 {
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&descriptor, 1, 0) <= 0 || descriptor.revents & Int16(POLLIN) == 0 { return false }
            }
        }
        return true
    }
}
