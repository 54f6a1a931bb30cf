import ArgumentParser
import ExplorerCore
import ExplorerTerminal
import Foundation
import ShippedModels

/// `palette-bench explorer`: the explorer's responsiveness with the real models, drawn through
/// ncurses onto an offscreen terminal (`OffscreenTerminal`, output to /dev/null).
///
/// - Start to first frame: loading the models (built in, or `--weights`), building the explorer
///   (which decodes every palette on screen), opening the screen, rendering and drawing.
/// - Key press to frame written: `handle(.key)` (decoding every palette shown when the key
///   changes them) + `render` + the ncurses difference draw, over a cycle of walking, interval,
///   noise, new-point, new-axes and model keys.
/// - Peak resident memory of the process (`getrusage`).
struct ExplorerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explorer",
        abstract: "Explorer key-press latency, first frame and memory at 200x60 (release build).")

    @Option(help: "Timed key presses.")
    var presses: Int = 400
    @Option(help: "Terminal columns.")
    var columns: Int = 200
    @Option(help: "Terminal rows.")
    var rows: Int = 60
    @Option(help: "Terminal description to draw for (direct colour).")
    var term: String = "xterm-direct"
    @Option(name: .customLong("weights"), help: ArgumentHelp("Weights files to use instead of the built-in ones.", valueName: "file"))
    var weightFiles: [String] = []

    /// The keys pressed, in a cycle: walks in four directions, interval, noise, new point and
    /// axes, and Tab between the models.
    static let keys: [Key] = [
        .right, .right, .down, .left, .up, .character("+"), .character("-"), .character("]"), .character("["),
        .character(" "), .character("a"), .tab, .right, .down, .character("l"), .character("k"), .tab,
    ]

    func run() throws {
        try MainActor.assumeIsolated { () throws -> Void in try measure() }
    }

    @MainActor
    private func measure() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        var catalog = try ModelCatalog(files: weightFiles)
        let generators: [any PaletteGenerator] = try catalog.availableModels().map(ModelGenerator.init)
        let size = GridSize(columns: columns, rows: rows)
        let terminal = try OffscreenTerminal(term: term, size: size)
        defer { terminal.close() }
        var explorer = Explorer(environment: ExplorerEnvironment(generators: generators, encoders: []),
                                configuration: ExplorerConfiguration(size: terminal.size, seed: 42,
                                                                     colourModeName: terminal.colourMode.name))
        var grid = CellGrid(size: terminal.size, filling: Theme.blank)
        explorer.render(into: &grid)
        terminal.draw(grid)
        let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-6

        // Per press: total, and its parts (update with decoding, render to cells, ncurses draw).
        // The thread's CPU time per press too: on a busy machine it shows what an idle one would take.
        var totals: [Double] = [], updates: [Double] = [], renders: [Double] = [], draws: [Double] = [], cpu: [Double] = []
        for index in 0..<(presses + 20) {
            let key = Self.keys[index % Self.keys.count]
            let c0 = Self.threadCPUNanoseconds()
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = explorer.handle(.key(key))
            let t1 = DispatchTime.now().uptimeNanoseconds
            explorer.render(into: &grid)
            let t2 = DispatchTime.now().uptimeNanoseconds
            terminal.draw(grid)
            let t3 = DispatchTime.now().uptimeNanoseconds
            let c1 = Self.threadCPUNanoseconds()
            guard index >= 20 else { continue }  // the first presses warm caches up
            totals.append(Double(t3 - t0) * 1e-6)
            updates.append(Double(t1 - t0) * 1e-6)
            renders.append(Double(t2 - t1) * 1e-6)
            draws.append(Double(t3 - t2) * 1e-6)
            cpu.append(Double(c1 - c0) * 1e-6)
        }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(p * Double(sorted.count)))]
        }

        print("Explorer benchmark (release build expected), \(terminal.size.columns)x\(terminal.size.rows), \(terminal.colourMode.name), models: \(generators.map(\.name).joined(separator: ", ")) (\(weightFiles.isEmpty ? "built in" : weightFiles.joined(separator: ", ")))")
        print("palettes on screen: \(explorer.state.visible.count)")
        print(String(format: "start to first frame: %.1f ms (target <= 150)", firstFrame))
        print(String(format: "key press to frame written, %d presses: median %.2f ms (target <= 4), p90 %.2f ms, max %.2f ms",
                     totals.count, percentile(totals, 0.5), percentile(totals, 0.9), totals.max() ?? 0))
        print(String(format: "  medians of the parts: update with decoding %.2f ms, render %.2f ms, ncurses draw %.2f ms",
                     percentile(updates, 0.5), percentile(renders, 0.5), percentile(draws, 0.5)))
        print(String(format: "  CPU time of the thread per press: median %.2f ms", percentile(cpu, 0.5)))
        print(String(format: "peak resident memory: %.1f MB (target <= 40)", peakResidentMegabytes()))
    }

    /// CPU time consumed by the calling thread, in nanoseconds.
    private static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
