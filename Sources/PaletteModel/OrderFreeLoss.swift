import ColorScience
import NeuralCore

/// A reconstruction loss that does not depend on the order of the colours: for each palette, the
/// mean squared error (summed over the three scaled Lab channels, averaged over colours) under the
/// one-to-one matching of predicted to target colours that minimises it, averaged over the batch.
///
/// The order of colours in a human palette says nothing about the image, so slot-by-slot error
/// would pull every slot to the mean colour (DESIGN.md section 4). Optionally each target colour
/// is weighted by `1 + chromaWeight * chroma`, chroma measured in scaled units (sqrt(a^2 + b^2)),
/// so that vivid colours are not traded away for dull ones.
public enum OrderFreeLoss {
    /// Returns the loss times `weight` and writes dLoss/dPrediction into `gradient`.
    /// Shapes: `prediction`, `target` `[batch, colours, 3]`. `matching`, when given, receives
    /// for each palette the target index matched to each predicted colour; `perPalette`, when
    /// given, receives each palette's own (unweighted) loss.
    @discardableResult
    public static func compute(prediction: Tensor, target: Tensor, gradient: Tensor,
                               chromaWeight: Float = 0, weight: Float = 1,
                               matching: UnsafeMutablePointer<Int>? = nil,
                               perPalette: UnsafeMutablePointer<Float>? = nil) -> Float {
        precondition(prediction.shape == target.shape && prediction.shape.count == 3
                     && prediction.shape[2] == 3, "order-free loss: \(prediction.shape) vs \(target.shape)")
        let batch = prediction.shape[0], n = prediction.shape[1]
        gradient.resize(prediction.shape)
        var total = 0.0
        var cost = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        var targetWeight = Array(repeating: Float(1), count: n)
        let scale = weight / Float(batch * n)
        for b in 0..<batch {
            let p = prediction.pointer + b * n * 3, t = target.pointer + b * n * 3
            for j in 0..<n {
                let a = t[j * 3 + 1], bb = t[j * 3 + 2]
                targetWeight[j] = 1 + chromaWeight * (a * a + bb * bb).squareRoot()
            }
            for i in 0..<n {
                for j in 0..<n {
                    var d: Float = 0
                    for c in 0..<3 { let e = p[i * 3 + c] - t[j * 3 + c]; d += e * e }
                    cost[i][j] = Double(d * targetWeight[j])
                }
            }
            // A square matrix of finite costs always has an assignment.
            let columns = (try? Assignment.minimumCost(cost).columns) ?? Array(0..<n)
            let g = gradient.pointer + b * n * 3
            var own = 0.0
            for i in 0..<n {
                let j = columns[i]
                own += cost[i][j]
                matching?[b * n + i] = j
                for c in 0..<3 { g[i * 3 + c] = 2 * scale * targetWeight[j] * (p[i * 3 + c] - t[j * 3 + c]) }
            }
            total += own
            perPalette?[b] = Float(own / Double(n))
        }
        return weight * Float(total / Double(batch * n))
    }
}
