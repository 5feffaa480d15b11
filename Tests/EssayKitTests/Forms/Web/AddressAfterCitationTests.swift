import Testing
@testable import EssayKit

@Suite("An address after a citation is that citation's, never a page titled by its file")
struct AddressAfterCitationTests {
    @Test("a long citation no form reads before its address leaves the note unresolved, not a page titled by the file")
    func unreadCitation() throws {
        let essay = try CitationFixture.essay([
            "The claim is old; for the newest round of it, which the authors tested on many sparse models of speech, song and sound: https://example.org/papers/echo-models.pdf",
        ])
        #expect(!essay.authorities.contains { $0.title == "echo-models.pdf" })
    }

    @Test("an address alone, or after a plain signal, or after a short description, stays a page")
    func pagesStay() throws {
        let essay = try CitationFixture.essay([
            "See https://example.org/alone/page.html",
            "The Echo Project, https://example.org/echo",
            "https://example.org/files/notes.pdf",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://example.org/alone/page.html")
        #expect(CitationFixture.authority(essay, "2")?.title == "The Echo Project")
        #expect(CitationFixture.authority(essay, "3")?.url == "https://example.org/files/notes.pdf")
    }

    @Test("a preprint and a blog post cited with their addresses are those works")
    func citedWorks() throws {
        let essay = try CitationFixture.essay([
            "Mara Quell, Ivo Tan et al., Counting Echoes in Sparse Models 3 (2022) (unpublished manuscript), https://arxiv.org/abs/2201.00001.",
            "Lu Berg, Why Models Forget, Berg's Notes (May 2, 2023), https://example.org/blog/forget.",
        ])
        let preprint = try #require(CitationFixture.authority(essay, "1"))
        #expect(preprint.title.hasSuffix("Counting Echoes in Sparse Models"))
        #expect(preprint.url == "https://arxiv.org/abs/2201.00001")
        let post = try #require(CitationFixture.authority(essay, "2"))
        #expect(post.title == "Why Models Forget")
        #expect(post.url == "https://example.org/blog/forget")
    }

    @Test("a dated citation inside the author's sentence before an address: the work it cites or nothing, never a page titled by the sentence")
    func citationInSentence() throws {
        let essay = try CitationFixture.essay([
            "This is discussed in Lu Berg, Why Models Forget, Berg's Notes (May 2, 2023), https://example.org/blog/forget",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles.allSatisfy { $0 == "Why Models Forget" })
        #expect(!essay.authorities.contains { $0.title.hasPrefix("This is") || $0.title == "forget" })
    }

    @Test("a long passage quoted from a page before its address still cites the page")
    func quotedPassage() throws {
        let essay = try CitationFixture.essay([
            "‘Low tide, the hour at which the flats lie open and every shell, stone and rope on them can be counted by a patient walker, comes twice a day.’ https://www.example-tides.org as of 4 February 2024.",
            "\"Low tide, the hour at which the flats lie open and every shell, stone and rope on them can be counted by a patient walker, comes twice a day.\" https://www.example-tides.org/flats",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://www.example-tides.org")
        #expect(CitationFixture.authority(essay, "2")?.url == "https://www.example-tides.org/flats")
    }

    /// The works `AddressSources` finds in `note` read as the author's words.
    private static func found(_ note: String) -> [WorkDraft] {
        let text = CitationText(RichText(text: note))
        return AddressSources.find(text, in: 0..<text.bytes.count, citedURLs: [], clauseStarts: []).compactMap { _, reading in
            if case .full(let shared) = reading.form { return shared.work }
            return nil
        }
    }

    @Test("in the author's words, a long dated citation before an address is read with it as the work; long prose is nothing")
    func longCitationInWords() {
        let works = Self.found("The tests show as much. See Mara Quell, Ivo Tan & Lu Berg et al., Counting Echoes in Sparse Models of Speech (2022) (unpublished manuscript), https://example.org/x")
        #expect(works.count == 1)
        #expect(works.first?.title.hasSuffix("Counting Echoes in Sparse Models of Speech") == true)
        #expect(works.first?.url == "https://example.org/x")
        #expect(Self.found("The agency published its long findings on the state of the docks in the north of the country last year: https://example.gov/docs/report.pdf").isEmpty)
        #expect(Self.found("The Echo Project, https://example.org/echo").first?.title == "The Echo Project")
    }
}
