import Testing
@testable import EssayKit

/// One reference-list entry read into surnames, year, title and container, in the author-date
/// styles legal and social-science papers use (invented entries of the same shapes).
@Suite("Reference list entries")
struct ReferenceEntryTests {
    private func entry(_ text: String) throws -> ReferenceEntry {
        try #require(ReferenceEntry(text, range: 0..<text.utf8.count))
    }

    @Test("Chicago author-date: inverted first author, later ones given name first; quoted title, journal")
    func chicago() throws {
        let read = try entry("Plum, Ada Mary, and Ben K. Quince. 2010. “Borrowers Who Hide.” Journal of Odd Studies 12 (3): 3–40.")
        #expect(read.surnames == ["Plum", "Quince"])
        #expect(read.year == "2010")
        #expect(read.title == "Borrowers Who Hide")
        #expect(read.container == "Journal of Odd Studies")
        #expect(read.kind == .article)
    }

    @Test("APA: every author inverted with initials, `&` before the last; year in brackets with its letter")
    func apa() throws {
        let read = try entry("Roe, J., Doe, K. L., & Poe, M. (2019b). Widgets and the law. Review of Gadgets, 7(2), 11–19.")
        #expect(read.surnames == ["Roe", "Doe", "Poe"])
        #expect(read.year == "2019b")
        #expect(read.title == "Widgets and the law")
        #expect(read.container == "Review of Gadgets")
    }

    @Test("economics: `Surname, Given, and Given Surname (year), \"Title,\" Journal`")
    func economics() throws {
        let read = try entry("Quince, Ben, and Ada Plum (2004), \"Credit and Concealment,\" Review of Money 9, 1-22.")
        #expect(read.surnames == ["Quince", "Plum"])
        #expect(read.year == "2004")
        #expect(read.title == "Credit and Concealment")
        #expect(read.container == "Review of Money")
    }

    @Test("both authors inverted and joined by `and`; `;` between authors")
    func invertedPairs() throws {
        #expect(try entry("Vale, Tom and Wren, Una. 1999. Signals. Quarterly Things 3, 1-9.").surnames == ["Vale", "Wren"])
        #expect(try entry("Yew, D. J.; Zinn, A. (2015). The cost of rumours. Law Quarterly, 4(1), 5-9.").surnames == ["Yew", "Zinn"])
        #expect(try entry("Dari-Elm, Gil, and Hal De Fir. 2005. “Widget Care.” Odd Review 1: 2-9.").surnames == ["Dari-Elm", "De Fir"])
    }

    @Test("a body as author keeps its whole name; a book's title ends at its full stop")
    func bodyAndBook() throws {
        let body = try entry("Widget Council. 2012. Annual Survey of Widgets.")
        #expect(body.surnames == ["Widget Council"])
        #expect(body.year == "2012")
        #expect(body.title == "Annual Survey of Widgets")
        let book = try entry("Thorn, Ivy. 1988. As Debtors Go: Credit in Small Towns. Riverton: Valley Press.")
        #expect(book.title == "As Debtors Go: Credit in Small Towns")
        #expect(book.kind == .book)
    }

    @Test("no year, `n.d.`, `forthcoming`; an editor's `(ed.)` is no surname")
    func missingYears() throws {
        let none = try entry("Ash, Rowan L. “Settling Widgets.” Working Paper No. 12, Gadget Institute.")
        #expect(none.surnames == ["Ash"])
        #expect(none.year == nil)
        #expect(none.title == "Settling Widgets")
        #expect(none.kind == .report)
        #expect(try entry("Birch, Sal. n.d. “Notes on Gadgets.” Manuscript.").year == "n.d.")
        #expect(try entry("Cedar, Tam. Forthcoming. “Gadget Law.” Odd Law Journal.").year == "forthcoming")
        let edited = try entry("Elm, Pat (ed.). 2001. The Widget Reader. Riverton: Valley Press.")
        #expect(edited.surnames == ["Elm"])
        #expect(edited.year == "2001")
    }

    @Test("the year at the end when the entry gives it last")
    func yearLast() throws {
        let read = try entry("Fir, Lee. Presumed Widgets. Odd Law Review 40(4) (2014), 14-42")
        #expect(read.surnames == ["Fir"])
        #expect(read.year == "2014")
    }
}
