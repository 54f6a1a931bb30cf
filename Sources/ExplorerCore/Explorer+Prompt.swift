extension Explorer {
    /// Opens a prompt with initial text.
    mutating func openPrompt(_ purpose: PromptPurpose, text: String) {
        state.prompt = PromptState(purpose: purpose, text: text)
    }

    /// The label in front of a prompt's text.
    public static func promptLabel(_ purpose: PromptPurpose, encoders: [PaletteEncoder]) -> String {
        let names = encoders.map(\.name).joined(separator: ", ")
        switch purpose {
        case .openImage: return "Open image: "
        case .exportPath: return "Export to file (.\(encoders.map(\.name).joined(separator: " ."))): "
        case .exportFormat(let path, _): return "Format for \(Format.fileName(path)) (\(names)): "
        case .confirmOverwrite(let path, _): return "Replace \(Format.fileName(path))? (y/n) "
        }
    }

    mutating func handlePromptKey(_ key: Key, effects: inout [Effect]) {
        guard var prompt = state.prompt else { return }
        if case .confirmOverwrite(let path, let contents) = prompt.purpose {
            // One key answers: y replaces the file, anything else keeps it.
            state.prompt = nil
            if key == .character("y") || key == .character("Y") {
                state.message = StatusMessage("Exporting to \(path)…")
                effects.append(.writeFile(path: path, contents: contents, replacing: true))
            } else {
                state.message = StatusMessage("Not exported; \(path) is unchanged")
            }
            return
        }
        switch key {
        case .escape, .control("c"), .control("g"):
            state.prompt = nil
            state.message = nil
            return
        case .enter:
            state.prompt = nil
            submit(prompt.purpose, text: prompt.editor.text, effects: &effects)
            return
        case .tab:
            if case .exportFormat = prompt.purpose { return }
            let id = state.takeRequestID()
            let text = prompt.editor.text
            prompt.pendingCompletion = PendingRequest(id: id, subject: text)
            effects.append(.listDirectory(requestID: id, path: PathCompletion.split(text).directory))
        default:
            if prompt.editor.apply(key) { prompt.candidates = [] }
        }
        state.prompt = prompt
    }

    private mutating func submit(_ purpose: PromptPurpose, text: String, effects: inout [Effect]) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            state.message = StatusMessage("Nothing typed; cancelled")
            return
        }
        switch purpose {
        case .openImage:
            openImage(path: trimmed, effects: &effects)
        case .exportPath(let palette):
            let ext = Self.fileExtension(trimmed)
            if let encoder = encoder(named: ext) {
                export(palette, to: trimmed, with: encoder, effects: &effects)
            } else {
                openPrompt(.exportFormat(path: trimmed, palette), text: "")
                if !ext.isEmpty {
                    state.message = StatusMessage("Unknown extension .\(ext): which format?")
                }
            }
        case .exportFormat(let path, let palette):
            guard let encoder = encoder(named: trimmed) else {
                openPrompt(.exportFormat(path: path, palette), text: "")
                state.message = StatusMessage("Unknown format \(trimmed)", .error)
                return
            }
            let finalPath = Self.fileExtension(path).isEmpty ? path + "." + encoder.name : path
            export(palette, to: finalPath, with: encoder, effects: &effects)
        case .confirmOverwrite:
            break  // answered by a single key in handlePromptKey
        }
    }

    private func encoder(named name: String) -> PaletteEncoder? {
        environment.encoders.first { $0.name.lowercased() == name.lowercased() }
    }

    private mutating func export(_ palette: NamedPalette, to path: String, with encoder: PaletteEncoder,
                                 effects: inout [Effect]) {
        state.message = StatusMessage("Exporting to \(path)…")
        effects.append(.writeFile(path: path, contents: encoder.encode(palette.colours, palette.label)))
    }

    /// The extension of the last path component, without the dot; empty when there is none
    /// (a leading dot alone, as in `.hidden`, is not an extension).
    static func fileExtension(_ path: String) -> String {
        let name = Format.fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// Applies a directory listing to the prompt that asked for it.
    mutating func completionArrived(id: Int, entries: [DirectoryEntry]) {
        guard var prompt = state.prompt, let pending = prompt.pendingCompletion, pending.id == id else { return }
        prompt.pendingCompletion = nil
        if prompt.editor.text == pending.subject {
            switch PathCompletion.complete(pending.subject, entries: entries) {
            case .noMatch:
                state.message = StatusMessage("No match")
            case .completed(let text):
                prompt.editor.setText(text)
                prompt.candidates = []
            case .ambiguous(let candidates):
                prompt.candidates = candidates
            }
        }
        state.prompt = prompt
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
