/// A 2-D convolution over NHWC images, computed as im2col + GEMM.
///
/// Shapes: input `[batch, height, width, inChannels]`, output
/// `[batch, outHeight, outWidth, outChannels]`.
/// Parameters: `<name>.kernel` `[kernelHeight, kernelWidth, inChannels, outChannels]` (Keras
/// layout; PyTorch's `weight` is `[out, in, kh, kw]`), `<name>.bias` `[outChannels]`.
///
/// Padding follows TensorFlow/Keras: `same` gives `out = ceil(in / stride)` and pads
/// `total = max((out - 1) * stride + kernel - in, 0)` with `total / 2` before and the rest after,
/// so with stride 2 on an even size the extra row/column goes at the bottom/right. (PyTorch's
/// `padding=1` pads symmetrically; match it with an explicit `F.pad(x, (0, 1, 0, 1))`.)
public final class Conv2D: Layer {
    /// How the borders are padded.
    public enum Padding: Sendable { case same, valid }

    /// Input channels.
    public let inChannels: Int
    /// Output channels (filters).
    public let outChannels: Int
    /// Kernel height and width.
    public let kernelHeight: Int, kernelWidth: Int
    /// Step between output positions, in pixels, for both axes.
    public let stride: Int
    /// Border handling.
    public let padding: Padding
    /// `[kh, kw, in, out]`.
    public let kernel: Parameter
    /// `[out]`.
    public let bias: Parameter
    public var parameters: [Parameter] { [kernel, bias] }
    /// Whether `backward` computes the input gradient. Set it to false on a first layer whose
    /// input is data: `backward` then returns an empty tensor and skips a third of the work.
    public var computesInputGradient = true

    private var input: Tensor?
    private let columns = Tensor(shape: [0])        // [batch * oh * ow, kh * kw * in]
    private let columnGradient = Tensor(shape: [0])
    private let output = Tensor(shape: [0])
    private let inputGradient = Tensor(shape: [0])
    private var geometry = Geometry(h: 0, w: 0, oh: 0, ow: 0, top: 0, left: 0)

    private struct Geometry: Equatable { var h, w, oh, ow, top, left: Int }

    /// A convolution named `name` with Glorot-uniform kernel and zero bias.
    public init(name: String, inChannels: Int, outChannels: Int, kernelSize: Int = 3,
                stride: Int = 1, padding: Padding = .same, rng: inout Xoshiro256) {
        self.inChannels = inChannels
        self.outChannels = outChannels
        kernelHeight = kernelSize
        kernelWidth = kernelSize
        self.stride = stride
        self.padding = padding
        kernel = Parameter(name: "\(name).kernel",
                           value: Tensor(shape: [kernelSize, kernelSize, inChannels, outChannels]))
        bias = Parameter(name: "\(name).bias", value: Tensor(shape: [outChannels]))
        let receptive = kernelSize * kernelSize
        Initializer.glorotUniform(kernel.value, fanIn: receptive * inChannels,
                                  fanOut: receptive * outChannels, rng: &rng)
    }

    /// Output height and width for an input of `height x width`.
    public func outputSize(height: Int, width: Int) -> (height: Int, width: Int) {
        switch padding {
        case .same: return ((height + stride - 1) / stride, (width + stride - 1) / stride)
        case .valid: return ((height - kernelHeight) / stride + 1, (width - kernelWidth) / stride + 1)
        }
    }

    private func makeGeometry(h: Int, w: Int) -> Geometry {
        let (oh, ow) = outputSize(height: h, width: w)
        guard padding == .same else { return Geometry(h: h, w: w, oh: oh, ow: ow, top: 0, left: 0) }
        let padH = max((oh - 1) * stride + kernelHeight - h, 0)
        let padW = max((ow - 1) * stride + kernelWidth - w, 0)
        return Geometry(h: h, w: w, oh: oh, ow: ow, top: padH / 2, left: padW / 2)
    }

    public func forward(_ x: Tensor, mode: Mode) -> Tensor {
        precondition(x.shape.count == 4 && x.shape[3] == inChannels,
                     "Conv2D expects [batch, h, w, \(inChannels)], got \(x.shape)")
        let batch = x.shape[0]
        let g = makeGeometry(h: x.shape[1], w: x.shape[2])
        geometry = g
        let rows = batch * g.oh * g.ow, patch = kernelHeight * kernelWidth * inChannels
        columns.resize(rows, patch)
        im2col(x.pointer, batch: batch, g)
        output.resize(batch, g.oh, g.ow, outChannels)
        let y = output.pointer, b = bias.value.pointer
        for r in 0..<rows { (y + r * outChannels).update(from: b, count: outChannels) }
        // y[rows, out] += columns[rows, patch] K[patch, out]
        BLAS.gemm(m: rows, n: outChannels, k: patch, a: columns.pointer, lda: patch,
                  b: kernel.value.pointer, ldb: outChannels, beta: 1, c: y, ldc: outChannels)
        input = x
        return output
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard let x = input else { preconditionFailure("Conv2D.backward before forward") }
        let g = geometry, batch = x.shape[0]
        let rows = batch * g.oh * g.ow, patch = kernelHeight * kernelWidth * inChannels
        // dK[patch, out] += columns^T dy ; db += column sums of dy
        BLAS.gemm(transposeA: true, m: patch, n: outChannels, k: rows, a: columns.pointer, lda: patch,
                  b: dy.pointer, ldb: outChannels, beta: 1, c: kernel.grad.pointer, ldc: outChannels)
        let db = bias.grad.pointer
        for r in 0..<rows { BLAS.axpy(outChannels, 1, dy.pointer + r * outChannels, db) }
        guard computesInputGradient else {
            inputGradient.resize([0])
            return inputGradient
        }
        // dcolumns[rows, patch] = dy[rows, out] K^T, then scatter back to the image
        columnGradient.resize(rows, patch)
        BLAS.gemm(transposeB: true, m: rows, n: patch, k: outChannels, a: dy.pointer, lda: outChannels,
                  b: kernel.value.pointer, ldb: outChannels, beta: 0, c: columnGradient.pointer, ldc: patch)
        inputGradient.resize(like: x)
        inputGradient.fill(0)
        col2im(inputGradient.pointer, batch: batch, g)
        return inputGradient
    }

    /// Gathers each output position's receptive field, in (ky, kx, channel) order, into a row.
    /// In NHWC the kw pixels of one kernel row are adjacent, so an interior kernel row is one
    /// contiguous run of kw * channels values.
    private func im2col(_ x: UnsafeMutablePointer<Float>, batch: Int, _ g: Geometry) {
        let c = inChannels, kh = kernelHeight, kw = kernelWidth, s = stride, run = kw * c
        var dst = columns.pointer
        for b in 0..<batch {
            let image = x + b * g.h * g.w * c
            for oy in 0..<g.oh {
                for ox in 0..<g.ow {
                    let ix0 = ox * s - g.left
                    let interior = ix0 >= 0 && ix0 + kw <= g.w
                    for ky in 0..<kh {
                        let iy = oy * s - g.top + ky
                        if iy < 0 || iy >= g.h {
                            dst.update(repeating: 0, count: run)
                        } else if interior {
                            let src = image + (iy * g.w + ix0) * c
                            for k in 0..<run { dst[k] = src[k] }
                        } else {
                            for kx in 0..<kw {
                                let ix = ix0 + kx, d = dst + kx * c
                                if ix >= 0 && ix < g.w {
                                    let src = image + (iy * g.w + ix) * c
                                    for ch in 0..<c { d[ch] = src[ch] }
                                } else {
                                    d.update(repeating: 0, count: c)
                                }
                            }
                        }
                        dst += run
                    }
                }
            }
        }
    }

    /// Adds each row of `columnGradient` back onto the pixels it was gathered from.
    private func col2im(_ dx: UnsafeMutablePointer<Float>, batch: Int, _ g: Geometry) {
        let c = inChannels, kh = kernelHeight, kw = kernelWidth, s = stride, run = kw * c
        var src = UnsafePointer(columnGradient.pointer)
        for b in 0..<batch {
            let image = dx + b * g.h * g.w * c
            for oy in 0..<g.oh {
                for ox in 0..<g.ow {
                    let ix0 = ox * s - g.left
                    let interior = ix0 >= 0 && ix0 + kw <= g.w
                    for ky in 0..<kh {
                        let iy = oy * s - g.top + ky
                        if iy >= 0 && iy < g.h {
                            if interior {
                                let d = image + (iy * g.w + ix0) * c
                                for k in 0..<run { d[k] += src[k] }
                            } else {
                                for kx in 0..<kw {
                                    let ix = ix0 + kx
                                    if ix >= 0 && ix < g.w {
                                        let d = image + (iy * g.w + ix) * c, sk = src + kx * c
                                        for ch in 0..<c { d[ch] += sk[ch] }
                                    }
                                }
                            }
                        }
                        src += run
                    }
                }
            }
        }
    }
}
