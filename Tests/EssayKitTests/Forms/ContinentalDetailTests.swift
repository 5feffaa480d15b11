import Testing
@testable import EssayKit

@Suite("Continental details: following pages, decisions by order, a section's subsection, signals")
struct ContinentalDetailTests {
    @Test("`f.` and `ff.` after a page belong to the pinpoint")
    func followingPages() throws {
        let essay = try CitationFixture.essay(["LG Kiel, 2010 CR 100, 101.", "Id., at 102 ff."])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "102 ff.")
    }

    @Test("a decision by `Order of` and its docket number; a name and dash between thin spaces")
    func orderAndThinSpaces() throws {
        let essay = try CitationFixture.essay([
            "LG Hamburg, Order of 3 May 2011, ref. 308 O 5/11, available at <http://example.org/o.pdf>.",
            "BGH, 1999 CR 12\u{2009}—\u{2009}Kundenliste II.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "308 O 5/11")
        let named = try #require(CitationFixture.authority(essay, "2"))
        #expect(named.firstPage == "12")
        #expect(named.title.contains("Kundenliste II"))
    }

    @Test("`section 4(2) of the ... Act (Gesetz)`: the section of the Act, its subsection the pinpoint")
    func sectionOfNamedAct() throws {
        let essay = try CitationFixture.essay(["See section 4(2) of the German Design Act (Designgesetz): “A design ...”"])
        let cited = try #require(CitationFixture.only(essay, "1"))
        #expect(cited.pinpoint?.text == "(2)")
        let act = try #require(cited.authorityID.flatMap { essay.authority($0) })
        #expect(act.title.contains("Designgesetz"))
        #expect(act.title.hasSuffix("§ 4"))
    }

    @Test("`See in more detail id.`: the signal's modifier, then Id.")
    func signalModifier() throws {
        let essay = try CitationFixture.essay(["MEDICUS, Schuldrecht, 2010, ref. 40.", "See in more detail id., ref. 44."])
        #expect(CitationFixture.only(essay, "2")?.form == .id)
    }
}
