import ColorScience

extension Explorer {
    /// Most palettes an interpolation shows.
    static let maximumInterpolationSteps = 12

    /// Explore: walks the plane by grid steps. Interpolation: moves the selection by `dx` steps,
    /// or a row of the grid per `dy`.
    mutating func move(dx: Int, dy: Int) {
        switch state.mode {
        case .explore:
            guard generator != nil else { return }
            state.plane.walk(a: dx, b: dy, step: SamplingInterval.gridStep)
        case .interpolation:
            guard var interpolation = state.interpolation else { return }
            let target = interpolation.selected + dx - dy * layout.paletteGrid.columns
            if target >= 0 && target < state.visible.count {
                interpolation.selected = target
                state.interpolation = interpolation
            }
        case .image, .favourites:
            break
        }
    }

    mutating func walkNoise(steps: Int) {
        guard let generator else { return }
        guard generator.noiseDimension > 0 else {
            state.message = StatusMessage("The \(generator.name) has no noise axis")
            return
        }
        state.plane.noisePosition += Float(steps) * SamplingInterval.noiseStep
    }

    mutating func changeInterval(by delta: Int) {
        let target = state.intervalIndex + delta
        guard SamplingInterval.steps.indices.contains(target) else {
            state.message = StatusMessage("The interval is already at its \(delta < 0 ? "narrowest" : "widest"): "
                                          + Format.fixed(state.interval, 2))
            return
        }
        state.intervalIndex = target
    }

    mutating func newPoint() {
        guard let generator else { return }
        state.plane.redrawPoint(latentDimension: generator.latentDimension,
                                noiseDimension: generator.noiseDimension, random: &state.random)
    }

    mutating func newAxes() {
        guard let generator else { return }
        state.plane.redrawAxes(latentDimension: generator.latentDimension,
                               noiseDimension: generator.noiseDimension, random: &state.random)
    }

    mutating func switchModel() {
        let count = environment.generators.count
        guard count > 1 else {
            state.message = StatusMessage(count == 0 ? "No model is loaded" : "Only one model is loaded")
            return
        }
        state.generatorIndex = (state.generatorIndex + 1) % count
        let next = environment.generators[state.generatorIndex]
        // Keep the point when the spaces match, so both models can be compared at one point.
        if state.plane.origin.count != next.latentDimension {
            state.plane = LatentPlane(latentDimension: next.latentDimension, noiseDimension: next.noiseDimension,
                                      random: &state.random)
        } else if state.plane.noiseBase.count != next.noiseDimension {
            let origin = state.plane.origin, u = state.plane.axisU, v = state.plane.axisV
            state.plane = LatentPlane(latentDimension: next.latentDimension, noiseDimension: next.noiseDimension,
                                      random: &state.random)
            state.plane.origin = origin
            state.plane.axisU = u
            state.plane.axisV = v
        }
        state.message = StatusMessage("Model: \(next.name)")
    }

    /// The current point as an interpolation end.
    private var currentEnd: InterpolationEnd {
        var latent = [Float](repeating: 0, count: state.plane.origin.count)
        state.plane.writeLatent(a: 0, b: 0, step: 0, interval: state.interval, into: &latent, at: 0)
        return InterpolationEnd(latent: latent, noise: state.plane.noise(interval: state.interval),
                                generatorIndex: state.generatorIndex)
    }

    mutating func markInterpolation() {
        guard generator != nil else { return }
        let end = currentEnd
        guard let first = state.pendingMark else {
            state.pendingMark = end
            state.message = StatusMessage("Marked the first end; walk elsewhere and press i again (Esc clears)")
            return
        }
        guard first.latent.count == end.latent.count, first.noise.count == end.noise.count else {
            state.pendingMark = end
            state.message = StatusMessage("The ends belong to different models; marked this one as the first end",
                                          .error)
            return
        }
        state.pendingMark = nil
        state.interpolation = InterpolationState(from: first, to: end, selected: 0)
        state.mode = .interpolation
    }

    /// Number of palettes the interpolation shows in a grid: as many as fit, 2 ... 12.
    func interpolationStepCount(_ grid: PaletteGridLayout) -> Int {
        max(2, min(Self.maximumInterpolationSteps, grid.capacity))
    }

    /// Decodes every palette of the grid (or of the interpolation) in one batch, unless nothing
    /// they depend on changed since the last frame.
    mutating func decodeVisible(grid: PaletteGridLayout) {
        let key = VisiblePalettes.Key(mode: state.mode, generatorIndex: state.generatorIndex,
                                      interval: state.interval, plane: state.plane, columns: grid.columns,
                                      rows: grid.rows, interpolation: state.interpolation.map {
                                          InterpolationState(from: $0.from, to: $0.to, selected: 0)
                                      })
        guard state.visible.key != key else { return }
        guard let generator else {
            state.visible = VisiblePalettes(key: key)
            return
        }
        let latentDimension = generator.latentDimension, noiseDimension = generator.noiseDimension
        var latents: [Float]
        var noises: [Float]
        let count: Int
        if state.mode == .interpolation, let interpolation = state.interpolation {
            count = interpolationStepCount(grid)
            latents = [Float](repeating: 0, count: count * latentDimension)
            noises = [Float](repeating: 0, count: count * noiseDimension)
            for step in 0..<count {
                let t = Float(step) / Float(count - 1)
                for i in 0..<latentDimension {
                    latents[step * latentDimension + i] = (1 - t) * interpolation.from.latent[i]
                        + t * interpolation.to.latent[i]
                }
                for i in 0..<noiseDimension {
                    noises[step * noiseDimension + i] = (1 - t) * interpolation.from.noise[i]
                        + t * interpolation.to.noise[i]
                }
            }
            if var selected = state.interpolation {
                selected.selected = min(selected.selected, count - 1)
                state.interpolation = selected
            }
        } else {
            count = grid.capacity
            latents = [Float](repeating: 0, count: count * latentDimension)
            for row in 0..<grid.rows {
                for column in 0..<grid.columns {
                    state.plane.writeLatent(a: column - grid.centreColumn, b: grid.centreRow - row,
                                            step: SamplingInterval.gridStep, interval: state.interval,
                                            into: &latents, at: (row * grid.columns + column) * latentDimension)
                }
            }
            let noise = state.plane.noise(interval: state.interval)
            noises = []
            noises.reserveCapacity(count * noiseDimension)
            for _ in 0..<count { noises.append(contentsOf: noise) }
        }
        var colours = generator.decode(latents: latents, noises: noises, count: count)
        let expected = count * paletteColourCount
        if colours.count != expected {
            state.message = StatusMessage("\(generator.name) returned \(colours.count) colours for \(count) palettes",
                                          .error)
            colours = Array(colours.prefix(expected))
            colours += Array(repeating: RGB8(r: 128, g: 128, b: 128), count: expected - colours.count)
        }
        state.visible = VisiblePalettes(key: key, colours: colours, count: count)
    }
}
