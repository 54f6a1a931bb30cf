import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for terminal input on a thread of its own, so that the main actor never blocks in
/// `getch`. It reports `.input` when bytes are ready (then waits until the main actor has read
/// them), `.tick` every 100 ms otherwise (so resizes and signals are noticed), and `.hangup`
/// when the terminal goes away.
final class InputWatcher: @unchecked Sendable {
    /// What the watcher reports.
    enum Signal: Sendable {
        case input
        case tick
        case hangup
    }

    private let fd: Int32
    private let report: @Sendable (Signal) -> Void
    private let drained = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false

    /// Creates a watcher of `fd` that calls `report` from its thread.
    init(fd: Int32, report: @escaping @Sendable (Signal) -> Void) {
        self.fd = fd
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
        while !isStopped {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let result = poll(&descriptor, 1, 100)
            if isStopped { return }
            if result > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
                && descriptor.revents & Int16(POLLIN) == 0 {
                report(.hangup)
                return
            }
            if result > 0 {
                report(.input)
                _ = drained.wait(timeout: .now() + 1)
            } else {
                report(.tick)
            }
        }
    }
}
