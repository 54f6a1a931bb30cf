import CommandLineSupport
import Testing

private let commands = ["explore", "sample", "extract", "interpolate", "evaluate"]

@Suite struct CommandSuggestionTests {
    @Test func editDistanceCountsSingleCharacterEdits() {
        #expect(CommandSuggestion.editDistance("samples", "sample") == 1)
        #expect(CommandSuggestion.editDistance("extarct", "extract") == 2)
        #expect(CommandSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(CommandSuggestion.editDistance("", "abc") == 3)
        #expect(CommandSuggestion.editDistance("same", "same") == 0)
    }

    @Test func typosAndPrefixesNameTheNearestCommand() {
        #expect(CommandSuggestion.nearest(to: "samples", among: commands) == "sample")
        #expect(CommandSuggestion.nearest(to: "Extrct", among: commands) == "extract")
        #expect(CommandSuggestion.nearest(to: "interp", among: commands) == "interpolate")
        #expect(CommandSuggestion.nearest(to: "evalute", among: commands) == "evaluate")
        #expect(CommandSuggestion.nearest(to: "frobnicate", among: commands) == nil)
        #expect(CommandSuggestion.nearest(to: "e", among: commands) == nil)
    }

    @Test func imagesOptionsAndKnownCommandsAreLeftToTheParser() {
        let noFiles: (String) -> Bool = { _ in false }
        for arguments in [[], ["sample", "--count", "3"], ["--seed", "3"], ["help"], ["beach.jpg"], ["photos/beach"]] {
            #expect(CommandSuggestion.verdict(arguments: arguments, commands: commands, isFile: noFiles) == .parse,
                    "\(arguments)")
        }
        #expect(CommandSuggestion.verdict(arguments: ["samples"], commands: commands, isFile: { $0 == "samples" }) == .parse)
        #expect(CommandSuggestion.verdict(arguments: ["samples", "--count", "3"], commands: commands, isFile: noFiles)
                == .didYouMean(word: "samples", suggestion: "sample"))
        #expect(CommandSuggestion.verdict(arguments: ["frobnicate"], commands: commands, isFile: noFiles)
                == .unknown(word: "frobnicate"))
    }
}
