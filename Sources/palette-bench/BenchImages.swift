import NeuralCore
import ColorScience
import Extraction
import Foundation
import ImageIO

/// Photo-like JPEGs for the extraction benchmark: smooth colour fields with soft blobs and a
/// little sensor-like noise, so the files compress and decode like photographs.
enum BenchImages {
    /// The images written: file name, size, whether progressive.
    static let specs: [(name: String, width: Int, height: Int, progressive: Bool)] = [
        ("bench-1500x1000-baseline.jpg", 1500, 1000, false),
        ("bench-6000x4000-progressive.jpg", 6000, 4000, true),
    ]

    /// Writes the images into `directory` (created if needed).
    static func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for spec in specs {
            guard let image = photoLike(width: spec.width, height: spec.height, seed: UInt64(spec.width)) else { continue }
            let bytes = try ImageWriter.jpeg(image, options: .init(quality: 88, progressive: spec.progressive))
            try Data(bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent(spec.name))
        }
    }

    /// Runs this executable with `extract --write-test-images-to DIR` and returns the paths,
    /// so that the memory used to make the images is not this process's.
    static func makeInChildProcess(directory: URL) throws -> [String] {
        let child = Process()
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: executable.path) {
            executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        child.executableURL = executable
        child.arguments = ["extract", "--write-test-images-to", directory.path]
        try child.run()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else {
            throw ImageError(.encodingFailed, path: directory.path, reason: "could not write the benchmark images")
        }
        return specs.map { directory.appendingPathComponent($0.name).path }
    }

    /// A deterministic photo-like image: a coarse random colour field, bilinearly enlarged,
    /// plus noise of up to 7 levels either way.
    static func photoLike(width: Int, height: Int, seed: UInt64) -> RGBAImage? {
        var random = SplitMix64(seed: seed)
        let cell = 64
        let gw = width / cell + 2, gh = height / cell + 2
        var grid = [Float](repeating: 0, count: gw * gh * 3)
        // A few broad colour regions: each grid node takes the colour of its nearest of 9 seeds.
        let seeds = (0..<9).map { _ in
            (x: Float(random.nextUnit()) * Float(gw), y: Float(random.nextUnit()) * Float(gh),
             c: (Float(random.nextUnit() * 255), Float(random.nextUnit() * 255), Float(random.nextUnit() * 255)))
        }
        func squaredDistance(_ x: Float, _ y: Float, _ seed: (x: Float, y: Float)) -> Float {
            (seed.x - x) * (seed.x - x) + (seed.y - y) * (seed.y - y)
        }
        for gy in 0..<gh {
            for gx in 0..<gw {
                let (x, y) = (Float(gx), Float(gy))
                var nearest = seeds[0]
                for seed in seeds where squaredDistance(x, y, (seed.x, seed.y)) < squaredDistance(x, y, (nearest.x, nearest.y)) {
                    nearest = seed
                }
                let jitter = Float(random.nextUnit() * 40 - 20)
                let o = (gy * gw + gx) * 3
                grid[o] = nearest.c.0 + jitter
                grid[o + 1] = nearest.c.1 + jitter
                grid[o + 2] = nearest.c.2 + jitter
            }
        }
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        var noise = random.next()
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let fy = Float(y) / Float(cell), y0 = Int(fy), ty = fy - Float(y0)
                for x in 0..<width {
                    let fx = Float(x) / Float(cell), x0 = Int(fx), tx = fx - Float(x0)
                    let o00 = (y0 * gw + x0) * 3, o10 = o00 + 3, o01 = o00 + gw * 3, o11 = o01 + 3
                    noise = noise &* 6364136223846793005 &+ 1442695040888963407
                    for c in 0..<3 {
                        let top = grid[o00 + c] + (grid[o10 + c] - grid[o00 + c]) * tx
                        let bottom = grid[o01 + c] + (grid[o11 + c] - grid[o01 + c]) * tx
                        let n = Float(Int((noise >> UInt64(20 + 8 * c)) & 15) - 7)
                        let v = top + (bottom - top) * ty + n
                        out[(y * width + x) * 4 + c] = UInt8(max(0, min(255, v)))
                    }
                }
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}
