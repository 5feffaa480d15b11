import Testing
@testable import EssayKit

@Suite("A citation that starts inside the author's sentence")
struct ProseRestartTests {
    @Test("after a comma, a court's abbreviation or surnames in capitals; after a short lead's colon, anything")
    func restarts() throws {
        let essay = try CitationFixture.essay([
            "The court did not decide the point in its well-known Holzhandel decision, BGH, 1998 NJW 1230, 1232.",
            "Only one such case reached the appeal courts, MEYER, Licences before the Courts, 2 (2011) JIPITEC 10, para. 4.",
            "Of the contrary view: OLG Köln, 2009 MMR 44.",
            "But see with reasons drawn from contract law KUNZ, in: Roth (ed.), Vertragsrecht, 2008, § 3 ref. 7.",
        ])
        let bgh = try #require(CitationFixture.authority(essay, "1"))
        #expect(bgh.kind == .case)
        #expect(bgh.container == "NJW")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1232")
        #expect(CitationFixture.authority(essay, "2")?.container == "JIPITEC")
        #expect(CitationFixture.authority(essay, "3")?.courtName == "OLG Köln")
        #expect(CitationFixture.authority(essay, "4")?.authors == ["Roth"])
    }

    @Test("capitals inside a sentence that no citation follows are the author's")
    func plainProse() throws {
        let essay = try CitationFixture.essay(["The GPL, as the FSF, says, is a licence."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
