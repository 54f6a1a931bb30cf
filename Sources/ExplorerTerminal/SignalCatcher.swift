import CNcurses

/// SIGINT, SIGTERM and SIGHUP, caught so that the explorer can restore the terminal before
/// leaving.
///
/// The handler and its flag are `static` in the C shim header, so every Swift file that calls
/// them gets its own copy in a non-whole-module build: all three calls must stay in this file.
enum SignalCatcher {
    /// Installs the handler.
    static func install() { palette_catch_signals() }

    /// Restores the default actions.
    static func release() { palette_release_signals() }

    /// The signal caught since the last call, if any.
    static func take() -> Int32? {
        let signal = palette_take_signal()
        return signal != 0 ? signal : nil
    }
}
