import Testing
@testable import EssayKit

@Suite("German court decisions by date and docket number")
struct GermanDocketDecisionTests {
    @Test("the court, the date, the docket by its shape, the popular name and the address")
    func datedDocket() throws {
        let essay = try CitationFixture.essay([
            "BVerfG, 4 June 1991, 1 BvR 3/88 (3. Pressefreiheitsurteil), https://www.example.org/bverfg-3.",
            "Federal Constitutional Court judgment of 12 April 2016, 2 BvR 7/14, available at https://www.example.org/bverfg-7.",
            "BGH, judgment of 3 August 2020, VI ZR 211/19, para. 21.",
        ])
        let press = try #require(CitationFixture.authority(essay, "1"))
        #expect(press.kind == .case)
        #expect(press.documentNumber == "1 BvR 3/88")
        #expect(press.shortNames == ["3. Pressefreiheitsurteil", "Pressefreiheitsurteil"])
        #expect(press.url == "https://www.example.org/bverfg-3")
        #expect(press.year == 1991)
        let federal = try #require(CitationFixture.authority(essay, "2"))
        #expect(federal.documentNumber == "2 BvR 7/14")
        #expect(federal.title == "Federal Constitutional Court, 2 BvR 7/14")
        #expect(federal.url == "https://www.example.org/bverfg-7")
        let bgh = try #require(CitationFixture.authority(essay, "3"))
        #expect(bgh.documentNumber == "VI ZR 211/19")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para. 21")
    }

    @Test("docket shapes: a chamber, a register and a number with its year")
    func docketShapes() throws {
        for (docket, length) in [("1 BvF 2/85, x", 10), ("III ZR 179/20", 13), ("KZR 1/19", 8)] {
            let text = CitationText(RichText(text: docket))
            #expect(GermanDocket.end(text, at: 0, end: text.bytes.count) == length)
        }
        for words in ["Section 12/20", "A 12/20", "in 12/20"] {
            let text = CitationText(RichText(text: words))
            #expect(GermanDocket.end(text, at: 0, end: text.bytes.count) == nil)
        }
    }
}
