import Testing
@testable import EssayKit

@Suite("The essay's own pages: post, at 12; ante, at 5; supra, at 56")
struct OwnPagesFormTests {
    @Test("ante, post and a bare supra or infra with a page cite no work and report nothing")
    func noWork() throws {
        let essay = try CitationFixture.essay([
            "See _post_ , at 12 (joint dissent); _ante_ , at 5–6, and n. 3.",
            "See also _supra,_ at 56–59; _infra_ , at 80.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("an Id. after the essay's own pages means those pages, not the work cited before them")
    func idAfterOwnPages() throws {
        let essay = try CitationFixture.essay([
            "Eads v. Fox, 3 U. S. 9, 12 (1802); see _post_ , at 12.",
            "_Id._ , at 14.",
            "Eads v. Fox, 3 U. S. 9, 12 (1802). See _post_ , at 12. _Id._ , at 13.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").count == 1)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a name before supra is still a work's short form, and a word that only starts like one is not this form")
    func notOwnPages() throws {
        let essay = try CitationFixture.essay(["Eads v. Fox, 3 U. S. 9 (1802).", "_Eads_ , _supra_ , at 12.", "postal, at 3."])
        #expect(CitationFixture.authority(essay, "2")?.title == "Eads v. Fox")
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}

@Suite("Name, supra, at N after a case cited in full in the running text")
struct RunningTextSupraTests {
    private func essay(_ body: String, _ notes: [String]) throws -> Essay {
        let footnotes = notes.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Essay\n\n\(body)\n\n---\n\n\(footnotes)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("the supra names the one case of the running text whose name holds it")
    func supraFindsTheRunningText() throws {
        let essay = try essay("In _Alder_ v. _Birch_ , 501 U. S. 20 (1991), the Court held.<sup>1</sup> So.<sup>2</sup>",
                              ["See _Alder_ , _supra_ , at 25.", "_Id._ , at 26."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.firstPage == "20")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "25")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
    }

    @Test("a name no case of the running text holds stays unresolved, with the supra's error")
    func noCase() throws {
        let essay = try essay("In _Alder_ v. _Birch_ , 501 U. S. 20 (1991), the Court held.<sup>1</sup>", ["See _Cole_ , _supra_ , at 25."])
        #expect(CitationFixture.only(essay, "1")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("\"Cole\" names no work") })
    }
}

@Suite("The transcript of oral argument: Tr. of Oral Arg. 74")
struct OralArgumentFormTests {
    @Test("the opinion's form cites one transcript, its page the pinpoint")
    func opinionForm() throws {
        let essay = try CitationFixture.essay([
            "See Tr. of Oral Arg. 74–75 (counsel conceding the point).", "Tr. of Oral Arg. 54.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .document)
        #expect(work.title == "Transcript of Oral Argument")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "74–75")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
    }

    @Test("a law review's form names the case argued; each case's transcript is its own work")
    func lawReviewForm() throws {
        let essay = try CitationFixture.essay([
            "Transcript of Oral Argument at 12, Alder v. Birch, 501 U.S. 20 (1991) (No. 90-123).",
            "Transcript of Oral Argument at 3, Cole v. Dent, 502 U.S. 7 (1992) (No. 91-5).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Transcript of Oral Argument, Alder v. Birch")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
        #expect(CitationFixture.authority(essay, "2")?.id != first.id)
    }
}
