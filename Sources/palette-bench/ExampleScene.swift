import ImageIO

/// The README's example image: a seaside at dusk drawn from a few gradients and shapes (sky,
/// sun, sea with a reflection and wave lines, sand, rocks), so the examples need no photograph.
/// Integer arithmetic only, so every platform draws the same pixels.
enum ExampleScene {
    /// The size the README's image is drawn at, in pixels.
    static let size = (width: 480, height: 320)

    /// The scene at `width` x `height` pixels.
    static func draw(width: Int = size.width, height: Int = size.height) -> RGBAImage? {
        let horizon = height * 11 / 20, shore = height * 3 / 4
        let sun = (x: width * 2 / 3, y: horizon - height / 8, r: height / 11)
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                var c: (Int, Int, Int)
                if y < horizon {
                    // Night blue at the top to peach at the horizon, the sun and its glow.
                    c = mix((38, 58, 110), (242, 170, 128), y, horizon)
                    let d2 = (x - sun.x) * (x - sun.x) + (y - sun.y) * (y - sun.y)
                    if d2 <= sun.r * sun.r {
                        c = (255, 226, 150)
                    } else if d2 <= 9 * sun.r * sun.r {
                        c = mix((255, 210, 150), c, d2 - sun.r * sun.r, 8 * sun.r * sun.r)
                    }
                } else if y < shore + wave(x, width: width, height: height) {
                    // Sea: lighter near the horizon, a golden reflection under the sun, wave lines.
                    c = mix((58, 110, 138), (20, 62, 84), y - horizon, shore - horizon)
                    let spread = sun.r * (1 + 2 * (y - horizon) / max(1, shore - horizon))
                    if abs(x - sun.x) < spread && (y / 3 + x / 7) % 3 == 0 { c = mix(c, (246, 200, 120), 2, 3) }
                    if (y - horizon) % 9 == 0 && (x / 11 + y) % 4 != 0 { c = mix(c, (200, 220, 225), 1, 3) }
                } else {
                    // Sand, wet and dark at the water's edge, and three rocks.
                    c = mix((150, 118, 86), (226, 196, 150), y - shore, height - shore)
                    for rock in [(width / 6, height * 9 / 10, height / 9), (width / 4, height * 19 / 20, height / 14),
                                 (width * 5 / 6, height * 37 / 40, height / 12)] {
                        let dx = x - rock.0, dy = 2 * (y - rock.1)
                        if dx * dx + dy * dy <= rock.2 * rock.2 { c = mix((52, 48, 46), (92, 84, 76), rock.1 - y + rock.2, 2 * rock.2) }
                    }
                }
                let o = (y * width + x) * 4
                pixels[o] = UInt8(clamping: c.0)
                pixels[o + 1] = UInt8(clamping: c.1)
                pixels[o + 2] = UInt8(clamping: c.2)
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    /// The shore line's offset at column `x`: a slow triangle wave a few pixels high.
    private static func wave(_ x: Int, width: Int, height: Int) -> Int {
        let period = max(2, width / 5), amplitude = max(1, height / 60)
        let phase = x % period
        return amplitude * (2 * min(phase, period - phase) - period / 2) / (period / 2)
    }

    /// `a` moved towards `b` by `t`/`n` (clamped to 0...1), per channel.
    private static func mix(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ t: Int, _ n: Int) -> (Int, Int, Int) {
        let t = max(0, min(t, n)), n = max(n, 1)
        return (a.0 + (b.0 - a.0) * t / n, a.1 + (b.1 - a.1) * t / n, a.2 + (b.2 - a.2) * t / n)
    }
}
