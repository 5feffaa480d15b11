import Testing
@testable import EssayKit

@Suite("A bare section of \"the Act\": The Act defines X. §3(f).")
struct ActSectionTests {
    @Test("a note speaking of the Act cites the section of the statute the note before cited")
    func actOfTheNoteBefore() throws {
        let essay = try CitationFixture.essay([
            "Ark. Code Ann. §5–61–404(2)(c) (2019).",
            "The Act defines “viable” to be “able to live outside the womb.”  §2(c ).",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == act.id)
        #expect(citation.pinpoint?.text == "§2(c )")
    }

    @Test("with no statute cited just before, the section is unresolved with an error; without an Act, it names nothing")
    func noAct() throws {
        let none = try CitationFixture.essay([
            "Alder v. Birch, 1 U.S. 1 (1800).",
            "The Act defines “viable” to be “able to live.”  §2(c).",
        ])
        let citation = try #require(CitationFixture.only(none, "2"))
        #expect(citation.authorityID == nil)
        #expect(CitationFixture.citationErrors(none).contains { $0.message.contains("names a section of an act") })
        let far = try CitationFixture.essay([
            "Ark. Code Ann. §5–61–404 (2019).", "Alder v. Birch, 1 U.S. 1 (1800).", "Cole v. Dent, 2 U.S. 5 (1801).",
            "Eads v. Fox, 3 U.S. 9 (1802).", "The Act defines “viable.”  §2(c).",
        ])
        #expect(CitationFixture.only(far, "5")?.authorityID == nil)
        let plain = try CitationFixture.essay(["Ark. Code Ann. §5–61–404 (2019).", "It defines “viable.”  §2(c)."])
        #expect(CitationFixture.citations(plain, "2").isEmpty)
    }
}
