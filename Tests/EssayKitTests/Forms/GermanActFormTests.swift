import Testing
@testable import EssayKit

@Suite("A German Act cited by its name")
struct GermanActFormTests {
    @Test("the name, its short name in parentheses, date and gazette make one statute")
    func nameWithShortNameAndDate() throws {
        let essay = try CitationFixture.essay([
            "Gesetz gegen den unlauteren Wettbewerb (Wettbewerbsgesetz — UWG) of 3.7.2004 (BGBl. I 1414).",
            "Handelsgesetzbuch, hereinafter referred to as “Commercial Code” or “HGB”.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.kind == .statute)
        #expect(act.title.contains("Gesetz gegen den unlauteren Wettbewerb"))
        #expect(act.title.contains("Wettbewerbsgesetz"))
        let code = try #require(CitationFixture.authority(essay, "2"))
        #expect(code.kind == .statute)
        #expect(code.title == "Handelsgesetzbuch")
    }

    @Test("a name that is no law's, or a number inside it, is another form's")
    func notALaw() throws {
        let essay = try CitationFixture.essay([
            "Gesetzgebungslehre und Rechtspraxis, Jahresbericht.",
            "LG Köln, 2010 ZUM 12 — Gesetzestext.",
        ])
        #expect(essay.authorities.allSatisfy { $0.kind != .statute })
        #expect(CitationFixture.authority(essay, "2")?.kind == .case)
    }
}
