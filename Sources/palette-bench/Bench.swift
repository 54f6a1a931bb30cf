import ArgumentParser
import ExplorerTerminal

/// The `palette-bench` command: release-build benchmarks whose figures the README quotes.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette-bench",
        abstract: "Benchmarks for extraction, the neural engine and the explorer.",
        subcommands: [ExtractBench.self, NeuralBench.self, ExplorerBench.self])

    /// Limits the allocator to one arena, as `palette` does, then parses and runs.
    static func main() {
        AllocatorArenas.limitToOne()
        main(nil)
    }
}
