import Testing
@testable import EssayKit

@Suite("Citation diagnostics")
struct CitationDiagnosticTests {
    private static let book = "RICHARD ROE, *WAR AND PEACE* (2012)."

    /// The one error the essay has, with the citation it is about left unresolved.
    private static func onlyError(_ notes: [String], unresolved label: String) throws -> Diagnostic {
        let essay = try CitationFixture.essay(notes)
        let errors = CitationFixture.citationErrors(essay)
        #expect(errors.count == 1)
        let citation = try #require(CitationFixture.citations(essay, label).last)
        #expect(citation.authorityID == nil)
        let error = try #require(errors.first)
        #expect(error.file == "fixture.md")
        #expect(error.range == citation.range)
        return error
    }

    @Test("supra to a note that does not exist")
    func supraToMissingNote() throws {
        let error = try Self.onlyError([Self.book, "ROE, *supra* note 99, at 3."], unresolved: "2")
        #expect(error.message == "*supra* note 99 points at a footnote that does not exist; fix the note number")
    }

    @Test("Id. with nothing before it")
    func idFirst() throws {
        let error = try Self.onlyError(["*Id.* at 5.", Self.book], unresolved: "1")
        #expect(error.message.hasPrefix("*Id.* has no earlier citation to refer to"))
    }

    @Test("supra pointing forward, and at its own note")
    func supraForwardAndSelf() throws {
        let forward = try Self.onlyError(["ROE, *supra* note 2, at 3.", Self.book], unresolved: "1")
        #expect(forward.message.contains("points forward"))
        let own = try Self.onlyError([Self.book, "ROE, *supra* note 2."], unresolved: "2")
        #expect(own.message.contains("points at its own note"))
    }

    @Test("supra to a note with no full citation")
    func supraToCommentary() throws {
        let error = try Self.onlyError(["This note only says something about the world.", "ROE, *supra* note 1, at 3."], unresolved: "2")
        #expect(error.message.contains("no full citation"))
    }

    @Test("supra whose name matches none of several works in the note")
    func supraNameMatchesNothing() throws {
        let error = try Self.onlyError(
            ["See RICHARD ROE, *WAR* (2012); KIM KOE, *ZERO HOUR* (2015).", "POE, *supra* note 1, at 3."], unresolved: "2")
        #expect(error.message.contains("matches none of the 2 works"))
    }

    @Test("a short form naming no work cited before")
    func shortFormNamesNothing() throws {
        let error = try Self.onlyError([Self.book, "*Unknown Work* at 12."], unresolved: "2")
        #expect(error.message.contains("names no work cited before it"))
    }

    @Test("Id. after an unresolved citation is reported too")
    func idAfterUnresolved() throws {
        let essay = try CitationFixture.essay([Self.book, "ROE, *supra* note 9.", "*Id.* at 4."])
        let errors = CitationFixture.citationErrors(essay)
        #expect(errors.count == 2)
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        #expect(errors.last?.message.contains("which is unresolved") == true)
    }

    @Test("a supra whose name does not match its note's only work resolves, with a warning")
    func supraNameMismatchWarns() throws {
        let essay = try CitationFixture.essay([Self.book, "KOE, *supra* note 1, at 3."])
        #expect(CitationFixture.only(essay, "2")?.authorityID == "roe-2012-war")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
        let warnings = essay.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == ["*supra* note 1 names \"KOE\", but note 1 cites \"WAR AND PEACE\"; check the name or the note number"])
    }

    @Test("a supra whose name is not that of its note's only work, a statute, is left unresolved")
    func supraNameMismatchStatute() throws {
        let notes = ["42 U.S.C. § 1983 (2012) (requiring notice).", "NOTICE GUIDE, *supra* note 1, at 6."]
        let error = try Self.onlyError(notes, unresolved: "2")
        #expect(error.message.hasPrefix("*supra* note 1 names \"NOTICE GUIDE\", but note 1 cites in full only the statute"))
        // A work joined to the statute by a comma after its parentheticals is cited too, and the supra names it.
        let joined = try CitationFixture.essay(["42 U.S.C. § 1983 (2012), AGENCY, A GUIDE TO NOTICE 4 (2015) [hereinafter NOTICE GUIDE].",
                                                "NOTICE GUIDE, *supra* note 1, at 6."])
        #expect(CitationFixture.authority(joined, "2")?.title == "A GUIDE TO NOTICE")
    }
}
