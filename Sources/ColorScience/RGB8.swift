/// A colour as 8-bit gamma-encoded sRGB (IEC 61966-2-1), the form colours take on screens and in
/// hex codes. Each channel is 0...255.
public struct RGB8: Hashable, Sendable, Codable {
    /// Red, 0...255.
    public var r: UInt8
    /// Green, 0...255.
    public var g: UInt8
    /// Blue, 0...255.
    public var b: UInt8

    /// Creates a colour from its three 8-bit sRGB channels.
    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }
}
