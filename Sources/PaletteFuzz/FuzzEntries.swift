import CImageCodecs
import ColorScience
import Foundation
import ImageIO
import NeuralCore
import PaletteData
import PaletteModel

// Entry points for libFuzzer (`make fuzz`, see Fuzz/README.md): each takes one input and runs
// a reader of untrusted bytes on it. Errors are expected; a crash, a sanitizer report, a leak
// or a time-out is a finding. Built with sanitizers only by `make fuzz`; in ordinary builds
// this library is plain code that nothing calls.

/// Every image format through `ImageLoader`, full size and at the extraction working size.
@_cdecl("palette_fuzz_image")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    // A smaller budget keeps each run fast; the checks are the same.
    let loader = ImageLoader(limits: ImageLimits(maxPixels: 4_000_000, maxDecodeBytes: 64 << 20))
    _ = try? loader.load(bytes: bytes, path: "fuzz")
    _ = try? loader.loadWorkingImage(bytes: bytes, path: "fuzz", fitting: .extraction)
    return 0
}

/// The DC-only JPEG decoder and the JPEG survey, called directly (no size limits in front).
@_cdecl("palette_fuzz_jpeg_dc")
public func fuzzJPEGDC(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var message = [CChar](repeating: 0, count: Int(PIC_MESSAGE_LEN))
    var survey = pic_jpeg_survey_result()
    // Only files the loader would hand over: the survey's sizes bound the decoder's memory.
    guard pic_jpeg_survey(data, size, &survey, &message) == 0,
          Int(survey.dc_bytes) < 256 << 20 else { return 0 }
    var image = pic_image()
    if pic_jpeg_dc_decode(data, size, &image, &message) == 0 { pic_free(image.pixels) }
    return 0
}

/// The safetensors reader, every tensor it holds, and loading it as a palette model.
@_cdecl("palette_fuzz_safetensors")
public func fuzzSafeTensors(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    if let file = try? SafeTensorsFile(bytes: bytes) {
        for entry in file.entries where entry.dtype == .F32 || entry.dtype == .F64 {
            _ = try? file.tensor(entry.name).firstNonFiniteIndex
        }
        _ = try? WeightsFile.checkedMetadata(file)
    }
    _ = try? PaletteModel.load(bytes: bytes, name: "fuzz")
    return 0
}

/// The palette CSV and the (image, palette) pair CSV readers.
@_cdecl("palette_fuzz_csv")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? PaletteCSV.parse(text, path: "fuzz.csv")
    _ = try? PairedCSV.parse(text, path: "fuzz.csv", imageFolder: "/nonexistent")
    return 0
}

/// Hex colour codes, as typed on the command line (several per value).
@_cdecl("palette_fuzz_hex")
public func fuzzHex(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for code in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
        if let colour = try? RGB8(hex: String(code)) { _ = colour.hex }
    }
    _ = try? RGB8(hex: text)
    return 0
}
