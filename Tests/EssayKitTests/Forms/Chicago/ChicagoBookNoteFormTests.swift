import Testing
@testable import EssayKit

@Suite("A book in a Chicago note with its title in roman type")
struct ChicagoBookNoteFormTests {
    @Test("`Author, Title: Subtitle (Place: Publisher, Year), pages`: the book, its publisher and year, the pages its pinpoint")
    func book() throws {
        let essay = try CitationFixture.essay([
            "Yann Roe, The Long Tide: How Ports Change (New Haven: Harbour University Press, 2006), 45–47.",
            "Roe, Long Tide, 50.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.kind == .book)
        #expect(book.title == "The Long Tide: How Ports Change")
        #expect(book.authors == ["Yann Roe"])
        #expect(book.container == "Harbour University Press")
        #expect(book.year == 2006)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "45–47")
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "50")
    }

    @Test("editors before the title, a translator, an edition or a volume after it are no part of the title")
    func editorsTranslatorsEditions() throws {
        let essay = try CitationFixture.essay([
            "Ada Lune, ed., Essays on Docks and Quays (Oxford: Quay Press, 1999), 12.",
            "Pia Vale, The Tide and the Law, trans. Jo Poe (Chicago: Lake Press, 2004), 201.",
            "Yann Roe, The Long Tide, 2nd ed. (New Haven: Harbour University Press, 2010), 9.",
            "Ivo Sand and Cy Lark, eds., Harbours Old and New, vol. 2 (Boston: Dock Books, 2015), xii.",
        ])
        let essays = try #require(CitationFixture.authority(essay, "1"))
        #expect(essays.title == "Essays on Docks and Quays")
        #expect(essays.authors == ["Ada Lune"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
        let tide = try #require(CitationFixture.authority(essay, "2"))
        #expect(tide.title == "The Tide and the Law")
        #expect(tide.authors == ["Pia Vale"])
        #expect(CitationFixture.authority(essay, "3")?.title == "The Long Tide")
        let harbours = try #require(CitationFixture.authority(essay, "4"))
        #expect(harbours.title == "Harbours Old and New")
        #expect(harbours.authors == ["Ivo Sand", "Cy Lark"])
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "xii")
    }

    @Test("a title's own commas stay in it; a publisher with no place needs a publisher's word")
    func commasAndPublisher() throws {
        let essay = try CitationFixture.essay([
            "Mara Quint, Law, Order, and the Harbour (Quay Press, 2012), 7.",
            "Mara Quint, Law, Order, and the Harbour, 9.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.title == "Law, Order, and the Harbour")
        #expect(book.authors == ["Mara Quint"])
        #expect(book.container == "Quay Press")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "7")
    }

    @Test("a quoted chapter, a case and a date's bracket are left to their own forms")
    func notBooks() {
        for clause in [
            "Ann Roe, \"Docks,\" in Harbours (Boston: Dock Books, 2015), 4",
            "Roe v. Doe, Harbour Rules (Boston: Dock Books, 2015), 4",
            "Ann Roe, Docks Today (Harbour, May 2015), 4",
            "Ann Roe, Docks Today (Harbour Council, 2015), 4",
        ] {
            let text = CitationText(RichText(text: clause))
            #expect(ChicagoBookNoteForm.read(text, 0..<clause.utf8.count) == nil, "\(clause)")
        }
    }
}

@Suite("What a Chicago book note is not")
struct ChicagoBookNoteNotTests {
    @Test("a hearing's numbered fields and an address after the bracket are other forms'")
    func otherForms() {
        for clause in [
            "U.S. Congress, Senate Committee on Docks, Harbour Hearing, hearing, 118th Cong., 1st sess. (Washington, DC: GPO, 2023), https://example.org/h",
        ] {
            let text = CitationText(RichText(text: clause))
            #expect(ChicagoBookNoteForm.read(text, 0..<clause.utf8.count) == nil, "\(clause)")
        }
    }

    @Test("McGill's book with its italics lost, the page after ` at `: the same fields, the place after the bracket")
    func mcGillPage() throws {
        let clause = "Ivo Sand, Docks and Duties, 2nd ed (Toronto: Bay Press, 2010) at 45"
        let text = CitationText(RichText(text: clause))
        let reading = try #require(ChicagoBookNoteForm.read(text, 0..<clause.utf8.count))
        guard case .full(let shared) = reading.form else { Issue.record("not a full citation"); return }
        #expect(shared.work.title == "Docks and Duties")
        #expect(reading.pinpoint?.text == "45")
    }
}
