import Testing
@testable import EssayKit

@Suite("Sections of United Kingdom Acts: s15(2) of the Widget Act 1984, Widget Act 2013, s 1")
struct ActSectionFormTests {
    @Test("the section, then the Act: the section is the work, the section with its subdivision the pinpoint",
          arguments: [("s15(2) of the County Widgets Act 1984", "County Widgets Act 1984, s 15", "s 15(2)"),
                      ("section 6(3)(a)-(e) of the Widget and Gadget Act 2011", "Widget and Gadget Act 2011, s 6", "s 6(3)(a)-(e)"),
                      ("s. 47A of the Widgets Act 1998", "Widgets Act 1998, s 47A", "s 47A"),
                      ("Section 2 of the Widget Limitation Act 1980", "Widget Limitation Act 1980, s 2", "s 2")])
    func sectionFirst(note: String, title: String, pin: String?) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .statute)
        #expect(work.title == title)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == pin)
    }

    @Test("the Act, then the section", arguments: ["Widget Act 2013, s 1(1)", "Widget Act 2013 s.1(1)"])
    func actFirst(note: String) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Widget Act 2013, s 1")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "s 1(1)")
    }

    @Test("two notes citing one section are one work")
    func sameSection() throws {
        let essay = try CitationFixture.essay(["s 3 of the Widget Act 1998", "Widget Act 1998, s 3(2)"])
        #expect(CitationFixture.authority(essay, "1")?.id == CitationFixture.authority(essay, "2")?.id)
    }

    @Test("an Act named without its year, or a section of no Act, is not read so")
    func noAct() throws {
        #expect(ActSectionForm.actTitle(CitationText(RichText(text: "Widget Act, s 1")), from: 0, end: 15) == nil)
        let text = CitationText(RichText(text: "s 3 of the Act"))
        #expect(ActSectionForm.read(text, 0..<text.count) == nil)
    }
}
