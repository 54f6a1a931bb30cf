import CTerminalSignals

/// SIGINT, SIGTERM and SIGHUP, caught so that the explorer can restore the terminal before
/// leaving. The handler (in the CTerminalSignals shim) records the signal and writes to a pipe
/// whose read end `descriptor` the input watcher polls, so a signal wakes the loop at once.
enum SignalCatcher {
    /// Installs the handler, unblocking the signals if the parent had blocked them. Returns
    /// false when the pipe could not be made (the signals are then left as they were).
    @discardableResult
    static func install() -> Bool { palette_signals_install() == 0 }

    /// Restores the previous actions and signal mask.
    static func release() { palette_signals_release() }

    /// The descriptor that becomes readable when a signal arrives (-1 when not installed).
    static var descriptor: Int32 { palette_signals_fd() }

    /// The signal caught since the last call, if any.
    static func take() -> Int32? {
        let signal = palette_signals_take()
        return signal != 0 ? signal : nil
    }
}
