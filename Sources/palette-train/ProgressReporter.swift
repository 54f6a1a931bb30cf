import Foundation
import Synchronization
import Training

/// Shows training progress: a one-line progress bar redrawn in place on a terminal, plain log
/// lines otherwise (for logs and CI).
final class ProgressReporter: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lastPhase = Mutex<(String, Date)>(("", .distantPast))

    /// A message on its own line.
    func line(_ text: String) {
        write((isTerminal ? "\r\u{1B}[K" : "") + text + "\n")
    }

    /// Progress of a data-loading phase (thread-safe; rate-limited).
    func phase(_ name: String, done: Int, total: Int) {
        let now = Date()
        let show = lastPhase.withLock { last -> Bool in
            let changed = last.0 != name
            guard changed || done == total || now.timeIntervalSince(last.1) > (isTerminal ? 0.1 : 5) else { return false }
            last = (name, now)
            return true
        }
        guard show else { return }
        let text = "\(name): \(done)/\(total)"
        if isTerminal { write("\r\u{1B}[K" + text + (done == total ? "\n" : "")) } else { write(text + "\n") }
    }

    /// A training event.
    func report(_ event: TrainingEvent, totalEpochs: Int, batch: Int) {
        switch event {
        case .step(let epoch, let step, let steps, let losses, let rate):
            let lossText = losses.map { "\($0.0) \(String(format: "%.4f", $0.1))" }.joined(separator: "  ")
            let remainingSteps = (totalEpochs - epoch) * steps + (steps - step)
            let stepRate = rate / Double(max(batch, 1))
            let eta = stepRate > 0 ? Double(remainingSteps) / stepRate : 0
            if isTerminal {
                let width = 20, filled = width * step / max(steps, 1)
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                write("\r\u{1B}[Kepoch \(epoch)/\(totalEpochs) [\(bar)] \(step)/\(steps)  \(lossText)  \(Int(rate)) ex/s  ETA \(Self.duration(eta))")
            } else if step % 100 == 0 || step == steps {
                write("epoch \(epoch)/\(totalEpochs) step \(step)/\(steps)  \(lossText)  \(Int(rate)) ex/s  ETA \(Self.duration(eta))\n")
            }
        case .epoch(let epoch, let of, let measures, let seconds):
            let text = measures.map { "\($0.0) \(String(format: "%.3f", $0.1))" }.joined(separator: "  ")
            line("epoch \(epoch)/\(of) done in \(Self.duration(seconds)): \(text)")
        case .checkpoint(let path):
            if !isTerminal { write("checkpoint \(path)\n") }
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(String(format: "%02d", s / 60 % 60))m" : s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
