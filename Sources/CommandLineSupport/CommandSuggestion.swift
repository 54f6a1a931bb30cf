/// Telling a mistyped subcommand from an argument meant for the default command (for `palette`,
/// an image path for the explorer), and naming the subcommand meant.
public enum CommandSuggestion {
    /// What to say about the first command-line argument.
    public enum Verdict: Equatable, Sendable {
        /// Not a mistyped command: parse as usual.
        case parse
        /// An unknown command close to `suggestion` (by edit distance, or a prefix of it).
        case didYouMean(word: String, suggestion: String)
        /// An unknown command close to none of them.
        case unknown(word: String)
    }

    /// Judges `arguments` (without the program name). The first argument is a mistyped command
    /// when it is not an option, not one of `commands`, not `help`, names no existing file
    /// (`isFile`), and looks like a word rather than a path: no `/` and no `.`.
    public static func verdict(arguments: [String], commands: [String], isFile: (String) -> Bool) -> Verdict {
        guard let word = arguments.first, !word.isEmpty, !word.hasPrefix("-"),
              !commands.contains(word), word != "help",
              !word.contains("/"), !word.contains("."), !isFile(word)
        else { return .parse }
        return nearest(to: word, among: commands).map { .didYouMean(word: word, suggestion: $0) } ?? .unknown(word: word)
    }

    /// The command nearest to `word` if it is close enough to be a typo: at most 2 edits (a third
    /// of the word's length for longer words), or `word` is a prefix of it (two letters or more).
    /// Ties go to the command listed first.
    public static func nearest(to word: String, among commands: [String]) -> String? {
        let lowered = word.lowercased()
        let limit = max(2, lowered.count / 3)
        var best: (command: String, distance: Int)?
        for command in commands {
            let distance = editDistance(lowered, command)
            if distance <= limit, distance < best?.distance ?? .max { best = (command, distance) }
        }
        if let best { return best.command }
        return lowered.count >= 2 ? commands.first { $0.hasPrefix(lowered) } : nil
    }

    /// The Levenshtein distance between two strings (insertions, deletions and substitutions of
    /// characters, each counting 1).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
