import ArgumentParser
@testable import LegitCommands
import Testing

@Suite("Opening an essay without ArgumentParser")
struct QuickStartTests {
    /// What ArgumentParser makes of `arguments` when it reads them as opening an essay.
    static func parsed(_ arguments: [String]) throws -> (essay: String?, only: String?, json: Bool)? {
        guard let open = try Legit.parseAsRoot(arguments) as? OpenCommand else { return nil }
        return (open.options.essay, open.options.only, open.options.json)
    }

    @Test(arguments: [[], ["open"], ["essay.md"], ["open", "essay.md"], ["open", "outline"], ["Corpus/"], ["open", "Corpus"]])
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let quick = try #require(OpenCommand.quickStart(arguments))
        let expected = try #require(try Self.parsed(arguments))
        #expect(quick.options.essay == expected.essay)
        #expect(quick.options.only == expected.only)
        #expect(quick.options.json == expected.json)
        #expect(quick.argument.annotations == nil && quick.argument.framework == nil)
    }

    @Test("open takes --framework and --annotations, as the other commands do")
    func argumentOptions() throws {
        #expect(OpenCommand.quickStart(["open", "--framework", "f.yaml", "essay.md"]) == nil)
        let open = try #require(try Legit.parseAsRoot(["open", "essay.md", "--framework", "f.yaml", "--annotations", "a.yaml"]) as? OpenCommand)
        #expect(open.argument.framework == "f.yaml")
        #expect(open.argument.annotations == "a.yaml")
    }

    @Test(arguments: [["outline"], ["help"], ["--help"], ["-h"], ["open", "--json"], ["open", "a.md", "b.md"], ["a.md", "--essay", "x"],
                      ["footnote", "4"], ["open", "-"], [""]])
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(OpenCommand.quickStart(arguments) == nil)
    }

    @Test func knowsEverySubcommandName() {
        let names = Legit.commandNames
        for command in Legit.configuration.subcommands {
            #expect(names.contains(command._commandName))
        }
        #expect(names.contains("help"))
    }
}
