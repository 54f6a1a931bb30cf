import ColorScience
@testable import ExplorerTerminal
import Testing

@Suite("Colour numbers and modes")
struct ColourNumberTests {
    @Test("direct colour numbers, with #000000-#000007 nudged off the ANSI colours")
    func direct() {
        #expect(ColourNumbers.direct(RGB8(r: 0x12, g: 0x34, b: 0x56)) == 0x123456)
        #expect(ColourNumbers.direct(RGB8(r: 0, g: 0, b: 0)) == 0x000100)
        #expect(ColourNumbers.direct(RGB8(r: 0, g: 0, b: 7)) == 0x000107)
        #expect(ColourNumbers.direct(RGB8(r: 0, g: 0, b: 8)) == 8)
    }

    @Test("the 0-1000 scale rounds up so xterm's initc (v*255/1000, truncating) gives the value back")
    func permille() {
        for value in 0...255 {
            let scaled = ColourNumbers.permille(UInt8(value))
            #expect(scaled >= 0 && scaled <= 1000)
            #expect(scaled * 255 / 1000 == Int32(value))
        }
    }

    @Test("nearest xterm-256 colours match the standard palette")
    func nearest256() {
        // Values of the xterm 256-colour chart.
        #expect(ColourNumbers.nearest256(RGB8(r: 0, g: 0, b: 0)) == 16)
        #expect(ColourNumbers.nearest256(RGB8(r: 255, g: 255, b: 255)) == 231)
        #expect(ColourNumbers.nearest256(RGB8(r: 255, g: 0, b: 0)) == 196)
        #expect(ColourNumbers.nearest256(RGB8(r: 0x5f, g: 0x87, b: 0xaf)) == 67)
        #expect(ColourNumbers.nearest256(RGB8(r: 0x80, g: 0x80, b: 0x80)) == 244)
        #expect(ColourNumbers.nearest256(RGB8(r: 0xee, g: 0xee, b: 0xee)) == 255)
        for index in Int32(16)...255 {
            #expect(ColourNumbers.nearest256(ColourNumbers.xtermColour(index)) == index
                    || ColourNumbers.xtermColour(ColourNumbers.nearest256(ColourNumbers.xtermColour(index)))
                    == ColourNumbers.xtermColour(index))
        }
    }

    @Test("mode choice: RGB or COLORTERM means direct; ccc means redefinition; --color forces")
    func modes() {
        let xterm256 = TerminalColourCapabilities(colours: 256, rgb: false, canChangeColour: true)
        let direct = TerminalColourCapabilities(colours: 0x100_0000, rgb: true, canChangeColour: false)
        let noCCC = TerminalColourCapabilities(colours: 256, rgb: false, canChangeColour: false)
        #expect(ColourModeChoice.wantsDirect(.auto, colorterm: "truecolor", capabilities: xterm256))
        #expect(ColourModeChoice.wantsDirect(.auto, colorterm: "24bit", capabilities: xterm256))
        #expect(!ColourModeChoice.wantsDirect(.auto, colorterm: nil, capabilities: xterm256))
        #expect(ColourModeChoice.wantsDirect(.auto, colorterm: nil, capabilities: direct))
        #expect(ColourModeChoice.wantsDirect(.truecolor, colorterm: nil, capabilities: xterm256))
        #expect(!ColourModeChoice.wantsDirect(.palette256, colorterm: "truecolor", capabilities: direct))
        #expect(ColourModeChoice.mode(.auto, capabilities: direct) == .direct)
        #expect(ColourModeChoice.mode(.auto, capabilities: xterm256) == .redefined(colours: 256))
        #expect(ColourModeChoice.mode(.auto, capabilities: noCCC) == .palette256)
        #expect(ColourModeChoice.mode(.palette256, capabilities: xterm256) == .palette256)
        #expect(ColourModeChoice.mode(.palette256, capabilities: direct) == .palette256)
        #expect(ColourModeChoice.mode(.auto, capabilities: TerminalColourCapabilities(colours: 8, rgb: false,
                                                                                        canChangeColour: false)) == .ansi8)
        #expect(ColourModeChoice.directCandidates(for: "tmux-256color") == ["tmux-direct", "xterm-direct"])
        #expect(ColourModeChoice.directCandidates(for: "xterm-256color") == ["xterm-direct"])
        #expect(ColourModeChoice.directCandidates(for: "screen.xterm-256color").last == "xterm-direct")
    }

    @Test("slot tables hand out each slot once and free only unused keys")
    func slots() {
        var table = SlotTable<String>(range: 1...3)
        #expect(table.insert("a") == 1 && table.insert("b") == 2 && table.insert("c") == 3)
        #expect(table.insert("a") == 1)
        #expect(table.insert("d") == nil)
        #expect(table.evict(keeping: ["a", "c"]) == [2])
        #expect(table.insert("d") == 2)
        #expect(table.slot(of: "b") == nil && table.count == 3)
    }

    @Test("keys: control codes, function keys, printable characters")
    func keys() {
        #expect(KeyDecoding.key(character: 9) == .tab)
        #expect(KeyDecoding.key(character: 13) == .enter)
        #expect(KeyDecoding.key(character: 27) == .escape)
        #expect(KeyDecoding.key(character: 127) == .backspace)
        #expect(KeyDecoding.key(character: 3) == .control("c"))
        #expect(KeyDecoding.key(character: 0x71) == .character("q"))
        #expect(KeyDecoding.key(character: 0xE9) == .character("é"))
        #expect(KeyDecoding.key(character: 0) == nil)
        #expect(KeyDecoding.key(functionKey: KEY_UP) == .up)
        #expect(KeyDecoding.key(functionKey: KEY_BTAB) == .backTab)
        #expect(KeyDecoding.key(functionKey: KEY_DC) == .delete)
    }

    @Test("OSC 52 sequence and clipboard program choice")
    func clipboard() {
        #expect(Clipboard.osc52("hi") == "\u{1B}]52;c;aGk=\u{07}")
        #expect(Clipboard.osc52("#264653 #2a9d8f") == "\u{1B}]52;c;IzI2NDY1MyAjMmE5ZDhm\u{07}")
        let all: (String) -> String? = { "/usr/bin/" + $0 }
        #expect(Clipboard.program(environment: ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"], find: all)
                == ["/usr/bin/wl-copy"])
        #expect(Clipboard.program(environment: ["DISPLAY": ":0"], find: all) == ["/usr/bin/xclip", "-selection", "clipboard"])
        #expect(Clipboard.program(environment: ["DISPLAY": ":0"], find: { $0 == "xsel" ? "/bin/xsel" : nil })
                == ["/bin/xsel", "--clipboard", "--input"])
        #expect(Clipboard.program(environment: [:], find: all) == nil)
    }
}

import CNcurses

@Suite struct TextColourChoiceTests {
    private static let xterm256 = TerminalColourCapabilities(colours: 256, rgb: false, canChangeColour: true)
    private static let direct = TerminalColourCapabilities(colours: 0x100_0000, rgb: true, canChangeColour: false)
    private static let eight = TerminalColourCapabilities(colours: 8, rgb: false, canChangeColour: false)

    private static func depth(_ environment: [String: String], _ preference: ColourModePreference = .auto,
                              terminal: Bool = true) -> SwatchDepth {
        TextColourChoice.depth(preference, outputIsTerminal: terminal, environment: environment) { name in
            ["xterm-256color": xterm256, "xterm-direct": direct, "xterm": eight][name]
        }
    }

    @Test func autoFollowsTheTerminalAndNoColor() {
        #expect(Self.depth(["TERM": "xterm-256color"]) == .palette256)
        #expect(Self.depth(["TERM": "xterm-direct"]) == .direct)
        #expect(Self.depth(["TERM": "xterm-256color", "COLORTERM": "24BIT"]) == .direct)
        #expect(Self.depth(["TERM": "xterm"]) == .plain)
        #expect(Self.depth(["TERM": "unknown"]) == .plain)
        #expect(Self.depth(["TERM": "dumb", "COLORTERM": "truecolor"]) == .plain)
        #expect(Self.depth(["TERM": "xterm-direct", "NO_COLOR": "1"]) == .plain)
        #expect(Self.depth(["TERM": "xterm-direct", "NO_COLOR": ""]) == .direct)
        #expect(Self.depth(["TERM": "xterm-direct"], terminal: false) == .plain)
        #expect(Self.depth([:]) == .plain)
    }

    @Test func explicitChoicesWin() {
        #expect(Self.depth(["TERM": "xterm-direct"], .never) == .plain)
        #expect(Self.depth(["TERM": "xterm-direct", "NO_COLOR": "1"], .always, terminal: false) == .direct)
        #expect(Self.depth(["TERM": "xterm"], .always, terminal: false) == .palette256)
        #expect(Self.depth([:], .truecolor, terminal: false) == .direct)
        #expect(Self.depth(["TERM": "xterm-direct"], .palette256) == .palette256)
    }
}
