import Testing
@testable import EssayKit

@Suite("A state statute with a capital Tit.; a section of the law the running text named, in words or read in the record")
struct RecordedLawSectionTests {
    @Test("`Okla. Stat., Tit. 12, §105.9` is the statute as `Okla. Stat. tit. 12, § 105.9` is, one work by title and section")
    func capitalTitle() throws {
        let essay = try CitationFixture.essay([
            "Okla. Stat., Tit. 12, §105.9 (West 2013).",
            "Okla. Stat. tit. 12, § 105.9.",
        ])
        let statute = try #require(CitationFixture.authority(essay, "1"))
        #expect(statute.kind == .statute)
        #expect(statute.title == "Okla. Stat. tit. 12 § 105.9")
        #expect(CitationFixture.authority(essay, "2")?.id == statute.id)
    }

    /// An opinion whose running text names a compact, and notes citing it by its short name.
    private static func opinion(_ notes: [String]) throws -> Essay {
        let body = notes.indices.map { "Body sentence \($0 + 1).<sup>\($0 + 1)</sup>" }.joined(separator: " ")
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Opinion\n\nThe Widget River Compact, (or Compact), 91 Stat. 2201, governs the river. \(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("`§4.02(b), id., at 31` with no law named in the note is the named law the note before cited")
    func sectionReadInTheRecord() throws {
        let essay = try Self.opinion([
            "Compact, Comment on Preamble, 1 App. 8.",
            "“The States shall share the water.” §4.02(b), id., at 31.",
        ])
        let compact = try #require(CitationFixture.authority(essay, "1"))
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == compact.id)
        #expect(citation.pinpoint?.text == "§4.02(b)")
    }

    @Test("a bare section read in the record with no named law cited just before names no work")
    func recordWithoutNamedLaw() throws {
        let essay = try CitationFixture.essay([
            "Alder v. Birch, 1 U.S. 1 (1800).",
            "“The States shall share the water.” §4.02(b), id., at 31.",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID == nil })
    }

    @Test("`Under §3.10 of the Compact each State ...` cites that section of the named law; an undeclared name is the author's words")
    func sectionOfTheNamedLaw() throws {
        let essay = try Self.opinion([
            "Compact, Comment on Preamble, 1 App. 8.",
            "Under §3.10 of the Compact each State keeps “the power to regulate.” Id., at 14.",
            "Under §3.10 of the Treaty each State keeps its power.",
        ])
        let compact = try #require(CitationFixture.authority(essay, "1"))
        let cited = CitationFixture.citations(essay, "2")
        #expect(cited.first?.authorityID == compact.id)
        #expect(cited.first?.pinpoint?.text == "§3.10")
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }
}
