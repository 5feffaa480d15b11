import Testing
@testable import EssayKit

/// Citations a citation linker made into links (a case database's page, a code's page) read as if the
/// link were not there; a link whose text is a title stays one field with its address. Invented text.
@Suite("Citations inside link text")
struct LinkedCitationTests {
    @Test("a humanities note linked whole, its fields closed by a page, reads as the note; a later one names its work")
    func linkedNotes() throws {
        let essay = try CitationFixture.essay([
            "[Ada Quill, *Harbor Lights* (Boston: Port Press, 2004), 78](https://scans.example.org/quill/78.jpg)",
            "[Harbour Survey Office, Dock Economy Report, 24-5](https://scans.example.org/survey/24.jpg)",
            "[Harbour Survey Office, Dock Economy Report, 9](https://scans.example.org/survey/9.jpg)",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.title == "Harbor Lights")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "78")
        let report = try #require(CitationFixture.authority(essay, "2"))
        #expect(report.title == "Dock Economy Report")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "24-5")
        #expect(CitationFixture.authority(essay, "3")?.id == report.id)
    }

    @Test("a case, a short form, an Id. and a code section, each the whole text of a link")
    func linkedCitations() throws {
        let essay = try CitationFixture.essay([
            "*See* [*Pike v. Lowe*, 377 U.S. 58, 63 (1964)](https://cases.example.org/opinion/1/pike-v-lowe/).",
            "[*Pike*, 377 U.S. at 70](https://cases.example.org/opinion/1/pike-v-lowe/).",
            "[*Id.* at 72](https://cases.example.org/opinion/1/pike-v-lowe/).",
            "[29 U.S.C. § 158(b)(4)](https://code.example.org/uscode/text/29/158).",
            "*Pike v. Lowe*, [377 U.S. 58, 64](https://cases.example.org/opinion/1/pike-v-lowe/) (1964).",
        ])
        let pike = try #require(CitationFixture.authority(essay, "1"))
        #expect(pike.kind == .case)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "63")
        #expect(CitationFixture.authority(essay, "2")?.id == pike.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "70")
        #expect(CitationFixture.authority(essay, "3")?.id == pike.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "72")
        let code = try #require(CitationFixture.authority(essay, "4"))
        #expect(code.kind == .statute)
        #expect(code.title == "29 U.S.C. § 158")
        #expect(CitationFixture.authority(essay, "5")?.id == pike.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "64")
    }

    @Test("a link with a quoted title holding parentheses ends after the title (pandoc's Markdown of a linker's page)")
    func titledLink() throws {
        let essay = try CitationFixture.essay([
            "[12 U.S.C. §\n    345(c)(2)](https://code.example.org/12/345 \"12 U.S.C. § 345(c)(2)\"){.citation}.",
        ])
        #expect(essay.footnote("1")?.content.text == "12 U.S.C. § 345(c)(2).")
        let code = try #require(CitationFixture.authority(essay, "1"))
        #expect(code.title == "12 U.S.C. § 345")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(c)(2)")
    }

    @Test("a linked title with a comma stays one title, its address kept")
    func linkedTitle() throws {
        let essay = try CitationFixture.essay([
            "Ann Lee, [The Picket Line, Revisited](https://example.org/paper), 12 Yale L.J. 100, 104 (2001).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "The Picket Line, Revisited")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "104")
    }

    @Test("which link texts read as citations")
    func readsAsCitation() {
        func reads(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return LinkedCitation.readsAsCitation(bytes, 0..<bytes.count)
        }
        #expect(reads("Pike v. Lowe, 377 U.S. 58"))
        #expect(reads("12 Yale L.J. 100, 104 (2001)"))
        #expect(reads("Pike, 377 U.S. at 70"))
        #expect(reads("42 U.S.C. § 1983"))
        #expect(reads("433 F.3d, at 816"))
        #expect(!reads("2020 Report, 3"))
        #expect(reads("Id. at 5"))
        #expect(!reads("The Picket Line, Revisited"))
        #expect(!reads("Top 10 Cases of 2019"))
        #expect(!reads("The 2016 Election, Explained"))
        #expect(!reads("Identity and the Law"))
    }
}
