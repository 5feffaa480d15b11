import Testing
@testable import EssayKit

/// Continental (German) footnote conventions: court decisions by court, year, journal and page;
/// commentaries by editors with section and margin number; treatises cited again by short title.
@Suite("European citation forms")
struct CitationEuropeanFormTests {
    @Test("a court decision printed in a journal: court and seat, year, journal, first page, pinpoint, name")
    func courtInJournal() throws {
        let essay = try CitationFixture.essay([
            "BGH, 2005 GRUR (Gewerblicher Rechtsschutz und Urheberrecht) 860, 861 — Fash 2000.",
            "LG München I, 2004 MMR 693, 694.",
            "LG München I 2004 MMR 693, 695 f.",
        ])
        let bgh = try #require(CitationFixture.authority(essay, "1"))
        #expect(bgh.kind == .case)
        #expect(bgh.volume == "2005")
        #expect(bgh.container == "GRUR")
        #expect(bgh.firstPage == "860")
        #expect(bgh.title.hasPrefix("BGH"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "861")
        let munich = try #require(CitationFixture.authority(essay, "2"))
        #expect(munich.title == "LG München I")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "694")
        #expect(CitationFixture.only(essay, "3")?.authorityID == munich.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "695 f.")
    }

    @Test("a court decision by date and docket number")
    func courtByDocket() throws {
        let essay = try CitationFixture.essay(["BGH, judgment of 17 July 2013, ref. I ZR 129/08, available at <http://openjur.de/u/638197.html>."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.documentNumber == "I ZR 129/08")
        #expect(work.year == 2013)
    }

    @Test("a commentary is one work by its editors, whoever comments and however its title is shortened")
    func commentary() throws {
        let essay = try CitationFixture.essay([
            "GRÜTZMACHER, in: Wandtke/Bullinger (ed.), Praxiskommentar zum Urheberrecht, 3rd ed., 2009 (hereinafter referred to as “UrhR”), § 69a ref. 32.",
            "THUM, in: Wandtke/Bullinger (ed.), UrhR, § 8 ref. 17, § 9 ref. 2.",
            "ELLENBERGER, in: Palandt, Bürgerliches Gesetzbuch, 74th ed., 2014, before §§ 145 ref. 1.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .book)
        #expect(work.authors == ["Wandtke", "Bullinger"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 69a ref. 32")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 8 ref. 17")
        let palandt = try #require(CitationFixture.authority(essay, "3"))
        #expect(palandt.authors == ["Palandt"])
        #expect(palandt.container == "Bürgerliches Gesetzbuch")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "before §§ 145 ref. 1")
    }

    @Test("a chapter in an edited book: its author and title; the page after its first page is the pinpoint")
    func chapter() throws {
        let essay = try CitationFixture.essay([
            "JAEGER, Der Erschöpfungsgrundsatz im neuen Urheberrecht, in: Hilty/Peukert (ed.), Interessenausgleich im Urheberrecht, 2004, p. 47, 58 f.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.authors == ["JAEGER"])
        #expect(work.title == "Der Erschöpfungsgrundsatz im neuen Urheberrecht")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "58 f.")
    }

    @Test("a treatise cited again by its authors and the short title it declared, with a margin number")
    func treatiseShortForm() throws {
        let essay = try CitationFixture.essay([
            "For the history see JAEGER/METZGER, Open Source Software, 3rd ed., 2011 (hereinafter referred to as “OSS”), ref. 136.",
            "JAEGER/METZGER, OSS, ref. 138.",
            "JAEGER/METZGER, ref. 139.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.shortNames == ["OSS"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "ref. 136")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "ref. 138")
        #expect(CitationFixture.only(essay, "3")?.authorityID == work.id)
    }
}
