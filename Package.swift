// swift-tools-version:6.0
// The package layout follows docs/DESIGN.md section 2: pure maths at the bottom, C shims isolated,
// one target per concern, executables at the top.
import Foundation
import PackageDescription

/// Release builds of the numeric targets drop bounds checks in hot loops; debug builds keep them.
let fastMath: [SwiftSetting] = [.unsafeFlags(["-Ounchecked", "-wmo"], .when(configuration: .release))]
/// Targets that parse untrusted bytes (image files, CSV) keep their checks in release builds
/// (-O): a bad index traps instead of reading out of bounds. Measured cost on `palette-bench
/// extract`: see Fuzz/README.md.
let checkedRelease: [SwiftSetting] = [.unsafeFlags(["-wmo"], .when(configuration: .release))]

/// The absolute paths of the trained weights built into `palette` (Sources/Shims/CEmbeddedWeights,
/// which embeds the files that exist when it is compiled).
let embeddedWeights: [CSetting] = [("VAE", "palette-vae"), ("VAEGAN", "palette-vaegan")].map { macro, name in
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("assets/\(name).safetensors").path
    let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return .define("PALETTE_\(macro)_PATH", to: "\"\(escaped)\"")
}

let package = Package(
    name: "palette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "palette", targets: ["palette"]),
        .executable(name: "palette-train", targets: ["palette-train"]),
        .executable(name: "palette-bench", targets: ["palette-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: C shims
        .target(
            name: "CBLAS",
            path: "Sources/Shims/CBLAS",
            linkerSettings: [
                .linkedLibrary("openblas", .when(platforms: [.linux])),
                .linkedFramework("Accelerate", .when(platforms: [.macOS])),
            ]),
        .target(
            name: "CImageCodecs",
            path: "Sources/Shims/CImageCodecs",
            linkerSettings: [
                .linkedLibrary("jpeg"),
                .linkedLibrary("stb"),
                .linkedLibrary("webp"),
                .linkedLibrary("m"),
            ]),
        .systemLibrary(name: "CNcurses", path: "Sources/Shims/CNcurses"),
        .target(name: "CTerminalSignals", path: "Sources/Shims/CTerminalSignals"),
        .target(
            name: "CEmbeddedWeights",
            path: "Sources/Shims/CEmbeddedWeights",
            exclude: ["README.md"],
            cSettings: embeddedWeights),

        // MARK: Pure libraries
        .target(name: "ColorScience", exclude: ["README.md"], swiftSettings: fastMath),
        .target(name: "PaletteFormats", dependencies: ["ColorScience"]),
        .target(name: "NeuralCore", dependencies: ["CBLAS"], exclude: ["README.md"], swiftSettings: fastMath),
        .target(name: "PaletteModel", dependencies: ["NeuralCore", "ColorScience"], swiftSettings: fastMath),
        .target(name: "ImageIO", dependencies: ["CImageCodecs", "ColorScience"], exclude: ["README.md"], swiftSettings: checkedRelease),
        .target(
            name: "Extraction",
            dependencies: ["ColorScience", "ImageIO", "PaletteData", "PaletteModel", "NeuralCore"],
            exclude: ["README.md"],
            swiftSettings: fastMath),
        .target(name: "PaletteData", dependencies: ["ColorScience", "ImageIO"], exclude: ["README.md"], swiftSettings: checkedRelease),
        .target(name: "Evaluation", dependencies: ["ColorScience"], exclude: ["README.md"], swiftSettings: fastMath),
        .target(
            name: "ModelEvaluation",
            dependencies: ["Evaluation", "Extraction", "PaletteData", "PaletteModel", "ImageIO", "ColorScience", "Training"],
            swiftSettings: fastMath),
        .target(
            name: "Training",
            dependencies: ["PaletteData", "Evaluation", "PaletteModel", "NeuralCore", "ImageIO", "Extraction", "ColorScience"],
            swiftSettings: fastMath),
        .target(name: "ExplorerCore", dependencies: ["ColorScience", "PaletteFormats"], exclude: ["README.md"]),
        .target(
            name: "ShippedModels",
            dependencies: ["CEmbeddedWeights", "PaletteModel", "NeuralCore", "ExplorerCore", "ColorScience"],
            exclude: ["README.md"]),
        .target(name: "ExplorerTerminal", dependencies: ["ExplorerCore", "ColorScience", "CNcurses", "CTerminalSignals"], exclude: ["README.md"]),

        // MARK: Fuzzing entry points (built with sanitizers by `make fuzz`)
        .target(
            name: "PaletteFuzz",
            dependencies: ["CImageCodecs", "ColorScience", "ImageIO", "NeuralCore", "PaletteData", "PaletteModel"]),
        .target(name: "CommandLineSupport"),

        // MARK: Executables
        .executableTarget(
            name: "palette",
            dependencies: [
                "ColorScience", "PaletteFormats", "ImageIO", "Extraction", "PaletteModel",
                "PaletteData", "Evaluation", "ModelEvaluation", "ExplorerCore", "ExplorerTerminal", "ShippedModels",
                "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]),
        .executableTarget(
            name: "palette-train",
            dependencies: [
                "Training", "PaletteModel", "PaletteData", "ImageIO", "ColorScience", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "palette-bench",
            dependencies: [
                "ColorScience", "ImageIO", "Extraction", "NeuralCore", "PaletteModel",
                "ExplorerCore", "ExplorerTerminal", "ShippedModels", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: fastMath),

        // MARK: Tests
        .testTarget(name: "ColorScienceTests", dependencies: ["ColorScience"], exclude: ["Fixtures"]),
        .testTarget(name: "PaletteFormatsTests", dependencies: ["PaletteFormats"]),
        .testTarget(name: "NeuralCoreTests", dependencies: ["NeuralCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ImageIOTests", dependencies: ["ImageIO", "CImageCodecs"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ImageIO"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PaletteModelTests", dependencies: ["PaletteModel"]),
        .testTarget(name: "PaletteDataTests", dependencies: ["PaletteData", "ImageIO", "ColorScience"], exclude: ["Fixtures"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "ColorScience"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "PaletteData", "Evaluation", "Extraction", "ImageIO", "ColorScience"]),
        .testTarget(name: "ExplorerCoreTests", dependencies: ["ExplorerCore", "ColorScience"], exclude: ["Snapshots"]),
        .testTarget(name: "ExplorerTerminalTests", dependencies: ["ExplorerTerminal", "ExplorerCore", "ColorScience", "CNcurses", "CTerminalSignals"]),
        .testTarget(name: "CommandLineSupportTests", dependencies: ["CommandLineSupport"]),
        .testTarget(name: "CLITests", dependencies: ["palette", "ImageIO", "Extraction", "CEmbeddedWeights", "PaletteModel", "NeuralCore"]),
    ]
)
