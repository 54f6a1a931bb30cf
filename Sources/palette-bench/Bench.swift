import ArgumentParser
import CommandLineSupport
import ExplorerTerminal

/// The `palette-bench` command: release-build benchmarks whose figures the README quotes.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette-bench",
        abstract: "Benchmarks for extraction, the neural engine and the explorer.",
        discussion: "Usage errors exit with status 64, other errors with status 1.",
        version: ToolVersion.current,
        subcommands: [ExtractBench.self, NeuralBench.self, ExplorerBench.self, ExampleImageCommand.self])

    /// Errors, usage errors included, read `palette-bench: error: ...`.
    static var _errorPrefix: String { "palette-bench: error: " }

    /// Limits the allocator to one arena, as `palette` does, then parses and runs.
    static func main() {
        AllocatorArenas.limitToOne()
        main(nil)
    }
}
