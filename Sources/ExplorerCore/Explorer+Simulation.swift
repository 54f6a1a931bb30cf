import ColorScience

extension Explorer {
    /// `v`: normal vision, then protanopia, deuteranopia, tritanopia, then normal vision again;
    /// says which, and warns when the selected palette has swatches the deficiency confuses.
    mutating func cycleSimulation() {
        let all = ColorVisionDeficiency.allCases
        if let current = state.simulation, let index = all.firstIndex(of: current) {
            state.simulation = index + 1 < all.count ? all[index + 1] : nil
        } else {
            state.simulation = all.first
        }
        state.message = Self.simulationMessage(state.simulation, palette: selectedPalette()?.colours ?? [])
    }

    /// The message after `v`: the deficiency shown, and the pairs of `palette` it makes
    /// indistinguishable (swatches numbered from 1), as a warning.
    static func simulationMessage(_ deficiency: ColorVisionDeficiency?, palette: [RGB8]) -> StatusMessage {
        guard let deficiency else { return StatusMessage("Normal colour vision") }
        let pairs = deficiency.confusedPairs(in: palette)
        guard !pairs.isEmpty else { return StatusMessage("Simulating \(deficiency.rawValue) (v: next)") }
        let list = pairs.map { "\($0.first + 1) and \($0.second + 1)" }.joined(separator: ", ")
        return StatusMessage("Simulating \(deficiency.rawValue): swatches \(list) look alike "
            + "(under \(Int(ColorVisionDeficiency.indistinguishableDifference)) Lab units)", .error)
    }
}
