import ArgumentGraph
import ArgumentParser
import EssayKit
import Foundation
@testable import LegitCommands
import Testing

/// The argument-graph commands' text output, read as a user would at 80 columns.
@Suite("Argument-graph commands")
struct ArgumentCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let map: ArgumentMap = {
        let path = root.appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path
        guard let essay = try? EssayParser().parse(contentsOf: path) else { fatalError("the bundled essay does not parse") }
        return ArgumentLoader.load(essay: essay).map
    }()

    @Test("the scorecard table shows the essay's comparison, each cell naming its claims")
    func scorecard() {
        let text = ScorecardCommand.text(Scorecard(map: Self.map), map: Self.map)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("UN Security Council") && $0.contains("unmet          unmet          partial") })
        #expect(lines.contains { $0.hasPrefix("Multi-stakeholder…") && $0.contains("met            met            met            met") })
        #expect(!lines.contains { $0.hasPrefix("multi-stakeholder") }, "a row shows the subject's name, not its id")
        #expect(text.contains("  Oversight       partial  council-limited-review"))
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
    }

    @Test("claims list at 80 columns; the claim view shows relations both ways")
    func claims() throws {
        let oversight = Self.map.claims(matching: ClaimFilter(factor: "oversight"))
        let listing = oversight.map { ClaimsCommand.line($0, essay: Self.map.essay) }.joined()
        #expect(listing.contains("council-limited-review"))
        #expect(listing.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let claim = try #require(Self.map.claim("council-limited-review"))
        let view = ClaimCommand.text(claim, map: Self.map)
        #expect(view.contains("Supports      council-prescription"))
        #expect(view.contains("Supported by  council-no-political-review"))
        #expect(view.contains("Factor        Oversight: partly met"))
        #expect(view.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("the audit names each list with its count")
    func audit() {
        let text = AuditCommand.text(AuditReport(map: Self.map), map: Self.map)
        #expect(text.contains("Counterclaims nobody answers: 0"))
        #expect(text.contains("Support cycles: 0"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("search snippets mark the matched words")
    func search() throws {
        let hit = try #require(SearchIndex(map: Self.map).search("veto", kinds: [.claim]).first { $0.id == "council-unrepresentative" })
        #expect(SearchCommand.snippet(hit, highlight: false).contains("«veto»"))
    }

    @Test("bad options are one-line errors")
    func badOptions() throws {
        #expect(throws: CommandFailure.self) { try ArgumentText.section("IX", in: Self.map.essay) }
        #expect(try ArgumentText.section("II", in: Self.map.essay) == 2)
        #expect(try ArgumentText.section("0", in: Self.map.essay) == 0)
        #expect(try ArgumentText.section("conclusion", in: Self.map.essay) == 3)
        #expect(throws: (any Error).self) { try Legit.parseAsRoot(["claims", "--stance"]) }
    }
}
