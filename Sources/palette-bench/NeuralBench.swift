import ArgumentParser
import Foundation
import NeuralCore

/// `palette-bench neural`: the neural engine's figures.
///
/// - One training step (forward + backward + Adam) of the paper's encoder at batch 32 on
///   64x40x3, beside the same step in PyTorch (`Benchmarks/torch/encoder_step.py`) at the same
///   thread count; runs alternate between the two so both see the same machine load.
/// - Inference latency of decoding one palette and encoding one image, single-threaded.
struct NeuralBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neural",
        abstract: "Encoder training step vs PyTorch, and decode/encode latency.")

    @Option(help: "Thread counts to measure the training step with (comma-separated).")
    var threads: String = "1,2"
    @Option(help: "Alternating runs per thread count (the median run is reported).")
    var runs: Int = 3
    @Option(help: "Timed training steps per run.")
    var steps: Int = 40
    @Option(help: "Path of the PyTorch script; empty to skip the comparison.")
    var torchScript: String = "Benchmarks/torch/encoder_step.py"
    @Option(help: "Python interpreter for the PyTorch script.")
    var python: String = "python3"
    @Option(help: "Timed calls for each inference latency.")
    var calls: Int = 5000

    func run() throws {
        print("NeuralCore benchmark (release build expected); figures are medians.")
        BLAS.setThreadCount(1)
        let decode = latency(calls: calls, BenchModels.decoder())
        print(String(format: "decode one palette (latent 32 + noise 8 -> BiGRU 16/8/8 -> 5 colours): %.2f us median (target <= 20)", decode * 1e6))
        let encode = latency(calls: max(calls / 5, 100), BenchModels.inferenceEncoder())
        print(String(format: "encode one 64x40x3 image: %.2f us median (target <= 300)", encode * 1e6))

        for count in threads.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            var ours: [Double] = [], theirs: [Double] = []
            for _ in 0..<runs {
                BLAS.setThreadCount(count)
                ours.append(trainingStepSeconds(steps: steps))
                if !torchScript.isEmpty, let t = torchStepSeconds(threads: count) { theirs.append(t) }
            }
            let o = median(ours)
            var line = String(format: "encoder training step, batch 32, %d thread(s): ours %.2f ms (%.0f images/s)",
                              count, o * 1e3, 32 / o)
            if !theirs.isEmpty {
                let t = median(theirs)
                line += String(format: "; PyTorch %.2f ms (%.0f images/s); ours/PyTorch throughput %.2fx (target >= 1.5)",
                               t * 1e3, 32 / t, t / o)
            } else if !torchScript.isEmpty {
                line += "; PyTorch run failed or unavailable"
            }
            print(line)
        }
    }

    /// Median seconds of one training step over `steps` steps after a warm-up.
    private func trainingStepSeconds(steps: Int) -> Double {
        let step = BenchModels.EncoderTrainingStep(batch: 32)
        for _ in 0..<5 { step.run() }
        var times: [Double] = []
        for _ in 0..<steps {
            let start = DispatchTime.now().uptimeNanoseconds
            step.run()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
        }
        return median(times)
    }

    /// Runs the PyTorch script once and returns its median seconds per step.
    private func torchStepSeconds(threads: Int) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, torchScript, "--threads", String(threads), "--steps", String(steps)]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let seconds = object["seconds_per_step"] as? Double else { return nil }
        return seconds
    }

    /// Median seconds per call of `body` over `calls` calls, after a warm-up.
    private func latency(calls: Int, _ body: () -> Void) -> Double {
        for _ in 0..<100 { body() }
        var times: [Double] = []
        times.reserveCapacity(calls)
        for _ in 0..<calls {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
        }
        return median(times)
    }

    private func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.isEmpty ? .nan : s[s.count / 2]
    }
}

/// The paper's networks (DESIGN.md section 3) assembled from NeuralCore layers for timing.
enum BenchModels {
    /// 5 x [Conv 3x3 s2 same -> LeakyReLU 0.2 -> BatchNorm 0.8] -> flatten -> Dense 64 -> LeakyReLU.
    static func encoderTrunk(rng: inout Xoshiro256) -> Sequential {
        var layers: [Layer] = []
        var channels = 3
        for (i, filters) in [3, 6, 12, 24, 32].enumerated() {
            layers.append(Conv2D(name: "conv\(i)", inChannels: channels, outChannels: filters, stride: 2, rng: &rng))
            layers.append(Activation(.leakyReLU(slope: 0.2)))
            layers.append(BatchNorm(name: "bn\(i)", channels: filters, momentum: 0.8))
            channels = filters
        }
        (layers[0] as? Conv2D)?.computesInputGradient = false   // the input is data
        layers.append(Flatten())
        layers.append(Dense(name: "dense", inputs: 2 * 2 * 32, outputs: 64, rng: &rng))
        layers.append(Activation(.leakyReLU(slope: 0.2)))
        return Sequential(layers)
    }

    /// One training step: forward, MSE(mu, target) + KL, backward, Adam.
    final class EncoderTrainingStep {
        let trunk: Sequential
        let mu: Dense
        let logVariance: Dense
        let adam: Adam
        let parameters: [Parameter]
        let input: Tensor
        let target: Tensor
        let muGradient = Tensor(shape: [0]), klMuGradient = Tensor(shape: [0]), logVarianceGradient = Tensor(shape: [0])
        let hiddenGradient = Tensor(shape: [0])

        init(batch: Int) {
            var rng = Xoshiro256(seed: 0)
            trunk = BenchModels.encoderTrunk(rng: &rng)
            mu = Dense(name: "mu", inputs: 64, outputs: 32, rng: &rng)
            logVariance = Dense(name: "log_variance", inputs: 64, outputs: 32, rng: &rng)
            parameters = trunk.parameters + mu.parameters + logVariance.parameters
            adam = Adam(parameters: parameters, learningRate: 5e-4, beta1: 0.5, beta2: 0.999)
            input = Tensor(shape: [batch, 64, 40, 3])
            target = Tensor(shape: [batch, 32])
            rng.fillNormal(input)
            rng.fillNormal(target)
        }

        func run() {
            parameters.zeroGradients()
            let h = trunk.forward(input, mode: .training)
            let m = mu.forward(h, mode: .training), lv = logVariance.forward(h, mode: .training)
            Loss.meanSquaredError(prediction: m, target: target, gradient: muGradient)
            Loss.gaussianKL(mean: m, logVariance: lv, meanGradient: klMuGradient, logVarianceGradient: logVarianceGradient)
            BLAS.axpy(muGradient.count, 1, klMuGradient.pointer, muGradient.pointer)
            hiddenGradient.copy(from: mu.backward(muGradient))
            let fromLogVariance = logVariance.backward(logVarianceGradient)
            BLAS.axpy(hiddenGradient.count, 1, fromLogVariance.pointer, hiddenGradient.pointer)
            _ = trunk.backward(hiddenGradient)
            adam.step()
        }
    }

    /// Encodes one image in inference mode; returns the closure to time.
    static func inferenceEncoder() -> () -> Void {
        var rng = Xoshiro256(seed: 1)
        let trunk = encoderTrunk(rng: &rng)
        let mu = Dense(name: "mu", inputs: 64, outputs: 32, rng: &rng)
        let logVariance = Dense(name: "log_variance", inputs: 64, outputs: 32, rng: &rng)
        let image = Tensor(shape: [1, 64, 40, 3])
        rng.fillNormal(image)
        return {
            let h = trunk.forward(image, mode: .inference)
            _ = mu.forward(h, mode: .inference)
            _ = logVariance.forward(h, mode: .inference)
        }
    }

    /// Decodes one palette: z (32) and noise (8) each repeated 5 times, concatenated,
    /// BiGRU 16/8/8, per-step Dense 3.
    static func decoder() -> () -> Void {
        var rng = Xoshiro256(seed: 2)
        let repeatLatent = RepeatVector(steps: 5), repeatNoise = RepeatVector(steps: 5)
        let join = Concatenate()
        let gru = BidirectionalGRU(name: "gru", inputs: 40, units: [16, 8, 8], dropout: 0.1, rng: &rng)
        let head = Dense(name: "head", inputs: 16, outputs: 3, rng: &rng)
        let z = Tensor(shape: [1, 32]), noise = Tensor(shape: [1, 8])
        rng.fillNormal(z)
        rng.fillNormal(noise)
        return {
            let x = join.forward(repeatLatent.forward(z, mode: .inference), repeatNoise.forward(noise, mode: .inference))
            _ = head.forward(gru.forward(x, mode: .inference), mode: .inference)
        }
    }
}
