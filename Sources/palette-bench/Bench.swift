import ArgumentParser

/// The `palette-bench` command: release-build benchmarks whose figures the README quotes.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palette-bench",
        abstract: "Benchmarks for extraction, the neural engine and the explorer.",
        subcommands: [ExtractBench.self, NeuralBench.self, ExplorerBench.self])
}
