/// Why the explorer could not use the terminal. The executable turns it into a message with a
/// hint to use the subcommands.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run by a script).
    case notATerminal(stream: String)
    /// `TERM` is unset or names a terminal without a terminfo entry.
    case unknownTerminal(term: String)
    /// The terminal cannot show colours at all (e.g. `TERM=dumb`).
    case noColours(term: String)
    /// ncurses refused a step of the set-up.
    case setupFailed(step: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .notATerminal(let stream): "standard \(stream) is not a terminal"
        case .unknownTerminal(let term):
            term.isEmpty ? "TERM is not set" : "unknown terminal type \"\(term)\" (no terminfo entry)"
        case .noColours(let term): "the terminal \"\(term)\" cannot show colours"
        case .setupFailed(let step): "the terminal could not be set up (\(step) failed)"
        }
    }
}
