import Testing
@testable import EssayKit

@Suite("Citations of the Kaye essay")
struct CitationEssayTests {
    static let essayPath: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return (parts + ["Corpus", "kaye-2019-legitimacy.md"]).joined(separator: "/")
    }()

    let essay: Essay

    init() throws {
        essay = try EssayParser().parse(contentsOf: Self.essayPath)
    }

    private func works(_ label: String) -> [Authority] {
        (essay.footnote(label)?.citations ?? []).compactMap { $0.authorityID.flatMap(essay.authority) }
    }

    @Test("every footnote 1–60 has a citation, and every citation is resolved without a diagnostic")
    func everythingResolves() throws {
        for number in 1...60 {
            let citations = CitationFixture.citations(essay, "\(number)")
            #expect(!citations.isEmpty, "footnote \(number) has no citation")
            #expect(citations.allSatisfy { $0.authorityID.flatMap(essay.authority) != nil }, "footnote \(number) has an unresolved citation")
        }
        var footnotes = essay.footnotes
        let again = CitationResolver().resolve(footnotes: &footnotes, file: essay.source)
        #expect(again.diagnostics.isEmpty)
        #expect(essay.footnote("*")?.citations.isEmpty == true)
        #expect(essay.footnote("*")?.segments.map(\.kind) == [.commentary])
    }

    @Test("30 distinct authorities; citations by form: 31 full, 33 Id., 5 supra, no other short form")
    func counts() {
        #expect(essay.authorities.count == 30)
        let forms = essay.footnotes.flatMap(\.citations).map(\.form)
        #expect(forms.filter { $0 == .full }.count == 31)
        #expect(forms.filter { $0 == .id }.count == 33)
        #expect(forms.filter { $0 == .supra }.count == 5)
        #expect(forms.filter { $0 == .short }.isEmpty)
        #expect(Set(essay.authorities.map(\.id)).count == essay.authorities.count)
    }

    @Test("footnote 4's Id. is Caron's Legitimacy at 553, inherited through the supra of footnote 3")
    func footnote4() throws {
        let citation = try #require(CitationFixture.only(essay, "4"))
        #expect(citation.form == .id)
        #expect(citation.authorityID == "caron-1993-legitimacy")
        #expect(citation.pinpoint == Pinpoint(kind: .page, text: "553"))
        #expect(citation.refersTo == "3")
        let caron = try #require(essay.authority("caron-1993-legitimacy"))
        #expect(caron.title == "The Legitimacy of the Collective Authority of the Security Council")
        #expect(caron.shortNames == ["Legitimacy"])
        #expect(caron.kind == .article)
        #expect(caron.firstPage == "552")
    }

    @Test("footnote 43 is Malcolm's book at xxvii; the book, cited in full in 33 and 40, is one authority")
    func malcolm() throws {
        let citation = try #require(CitationFixture.only(essay, "43"))
        #expect(citation.form == .supra)
        #expect(citation.authorityID == "malcolm-2008-multi-stakeholder")
        #expect(citation.pinpoint == Pinpoint(kind: .page, text: "xxvii"))
        let book = try #require(essay.authority("malcolm-2008-multi-stakeholder"))
        #expect(book.kind == .book)
        #expect(book.footnotes == ["33", "40", "43"])
    }

    @Test("footnote 12 names two works: Caron by Id. and Franck in full after citing")
    func footnote12() {
        let citations = CitationFixture.citations(essay, "12")
        #expect(citations.map(\.form) == [.id, .full])
        #expect(citations.map(\.signal) == [nil, "citing"])
        #expect(citations.map(\.authorityID) == ["caron-1993-legitimacy", "franck-1991-power"])
        #expect(citations.first?.pinpoint == Pinpoint(kind: .note, text: "556 n.19"))
    }

    @Test("footnote 30's Id. resolves to the three books of footnote 29's string")
    func footnote30() {
        let books = works("29")
        #expect(books.count == 3)
        #expect(books.allSatisfy { $0.kind == .book })
        #expect(works("30").map(\.id) == books.map(\.id))
        #expect(CitationFixture.citations(essay, "30").allSatisfy { $0.form == .id && $0.refersTo == "29" })
    }

    @Test("footnote 8 lists four of Caron's works in full, his name implied")
    func footnote8() {
        let citations = CitationFixture.citations(essay, "8")
        #expect(citations.count == 4)
        #expect(citations.allSatisfy { $0.form == .full })
        #expect(works("8").allSatisfy { $0.authors == ["David Caron"] })
    }

    @Test("footnotes 16, 34, 37, 38 and 40 carry commentary beside their citations")
    func commentary() {
        for label in ["16", "34", "37", "38", "40"] {
            let kinds = essay.footnote(label)?.segments.map(\.kind) ?? []
            #expect(kinds.contains(.commentary), "footnote \(label)")
            #expect(kinds.contains(.citation), "footnote \(label)")
        }
        #expect(works("38").map(\.kind) == [.document, .webpage])
        #expect(works("38").first?.documentNumber == "A/HRC/29/32")
    }

    @Test("short forms across the essay resolve to the works they lean on")
    func shortForms() {
        #expect(CitationFixture.only(essay, "45")?.pinpoint?.text == "¶ 73")
        #expect(works("45").map(\.title) == ["Tunis Agenda for the Information Society"])
        #expect(works("45").first?.kind == .report)
        #expect(works("47").map(\.id) == ["ga-res-70-125"])
        #expect(works("48").map(\.id) == ["ga-res-70-125"])
        #expect(works("55").map(\.kind) == [.letter])
        #expect(works("56").map(\.documentNumber) == ["A/69/723"])
        #expect(CitationFixture.only(essay, "55")?.pinpoint?.text == "3–4")
        let last = CitationFixture.only(essay, "60")
        #expect(last?.authorityID == "caron-1993-legitimacy")
        #expect(last?.pinpoint?.text == "588")
    }

    @Test("each kind of work in the essay is recognised")
    func kinds() {
        #expect(works("2").first?.kind == .speech)
        #expect(works("31").first?.kind == .treaty)
        #expect(works("31").first?.documentNumber == "999 U.N.T.S. 14688")
        #expect(works("42").first?.id == "ga-res-57-238")
        #expect(works("42").first?.documentNumber == "57/238")
        #expect(works("53").first?.id == "un-doc-a-hrc-35-22")
        #expect(works("53").first?.kind == .report)
        #expect(works("54").first?.kind == .letter)
        #expect(works("54").first?.documentNumber == "A/69/723")
        #expect(works("37").first?.kind == .report)
        #expect(works("37").first?.url?.hasPrefix("https://freedomhouse.org/") == true)
        #expect(works("49").first?.kind == .webpage)
        #expect(works("50").first?.kind == .webpage)
    }
}
