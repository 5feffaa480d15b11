import Testing
@testable import EssayKit

/// Acts as the AGLC cites them: title, year, jurisdiction and the pinpoint after it
/// (`Privacy Act 1988 (Cth) s 6(1)`), later the title alone with its pinpoint, and an Act's part
/// named first in prose (`section 44 of the ... Act 2010 (Cth)`, `Part 5.3 of the Criminal Code`).
@Suite("Acts with a jurisdiction, AGLC style")
struct JurisdictionActFormTests {
    @Test("the Act with its year and jurisdiction is the work, all after it the pinpoint",
          arguments: [("Widget Privacy Act 1988 (Cth) s 6(1)", "Widget Privacy Act 1988 (Cth)", "s 6(1)"),
                      ("Harbour Surveillance Act 2007 (NSW) pt 2 div 1", "Harbour Surveillance Act 2007 (NSW)", "pt 2 div 1"),
                      ("Widget Code Act 1995 (Cth) sch 1 ch 5 s 80.2C", "Widget Code Act 1995 (Cth)", "sch 1 ch 5 s 80.2C"),
                      ("Telecommunications (Widget and Access) Act 1979 (Cth) ss 7, 108", "Telecommunications (Widget and Access) Act 1979 (Cth)", "ss 7, 108"),
                      ("Online Widgets Act 2021 (Cth) pt 9", "Online Widgets Act 2021 (Cth)", "pt 9"),
                      ("Widget Discrimination Act 1975 (Cth) pt IIA", "Widget Discrimination Act 1975 (Cth)", "pt IIA"),
                      ("Widget Privacy Regulation 2013 (Vic) reg 6", "Widget Privacy Regulation 2013 (Vic)", "reg 6"),
                      ("Widget Crimes Amendment (Harbour Offences) Act (No 2) 2010 (Qld) ss 7–9", "Widget Crimes Amendment (Harbour Offences) Act (No 2) 2010 (Qld)", "ss 7–9"),
                      ("Widget Privacy Act 1988 (Cth), s 6(1)", "Widget Privacy Act 1988 (Cth)", "s 6(1)")])
    func actWithPinpoint(note: String, title: String, pin: String) throws {
        let essay = try CitationFixture.essay([note + "."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .statute)
        #expect(work.title == title)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == pin)
    }

    @Test("the Act alone, and its declared short title")
    func actAlone() throws {
        let essay = try CitationFixture.essay(["Widget Privacy Act 1988 (Cth).", "Widget Privacy Act 1988 (Cth) s 6 ('Widget Act')."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Widget Privacy Act 1988 (Cth)")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
        #expect(CitationFixture.authority(essay, "2")?.shortNames.contains("Widget Act") == true)
    }

    @Test("later notes: the title without year, ibid and (n N) are the Act, at their own place")
    func shortForms() throws {
        let essay = try CitationFixture.essay([
            "Widget Privacy Act 1988 (Cth) s 6(1).",
            "Widget Privacy Act s 16A.",
            "Ibid s 7.",
            "Jane Doe, 'Harbours' (2019) 12 Widget Law Review 40.",
            "Widget Privacy Act (n 1) pt 2 div 1.",
            "Ibid sch 1 ch 5 s 80.2C.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        for (label, pin) in [("2", "s 16A"), ("3", "s 7"), ("5", "pt 2 div 1"), ("6", "sch 1 ch 5 s 80.2C")] {
            #expect(CitationFixture.authority(essay, label)?.id == act.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pin, "note \(label)")
        }
    }

    @Test("an Act's part named first in prose: the Act is the work, the part its pinpoint")
    func partInProse() throws {
        let essay = try CitationFixture.essay([
            "See section 44 of the Widget Regulation Act 2010 (Cth).",
            "Part 5.3 of the Widget Code.",
            "Division 2 of the Widget Privacy Act 1988.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Widget Regulation Act 2010 (Cth)")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "s 44")
        #expect(CitationFixture.authority(essay, "2")?.title == "Widget Code")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Part 5.3")
        #expect(CitationFixture.authority(essay, "3")?.title == "Widget Privacy Act 1988")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Division 2")
    }

    @Test("prose, a book or a generic reference is no Act",
          arguments: ["The Act s 6 applies", "Widget Privacy Act said 1988 (Cth)", "Ann Roe, Widget Law 1988 (Cth)",
                      "Widget Privacy Act 1988 (Cth) said", "section 4 of the Act", "Part 3 of this report"])
    func notActs(written: String) {
        let text = CitationText(RichText(text: written))
        let reading = JurisdictionActForm.read(text, 0..<text.bytes.count)
        if written.hasSuffix("said") {
            // The Act is read; the author's words after it are no part of it.
            #expect(reading?.pinpoint == nil)
        } else {
            #expect(reading == nil, "\(written)")
        }
    }
}
