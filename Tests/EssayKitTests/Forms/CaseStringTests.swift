import Testing
@testable import EssayKit

@Suite("Strings of cases: commas, comparisons and pinpoints")
struct CaseStringTests {
    @Test("two full case citations joined by a bare comma are two citations")
    func commaJoinedCases() throws {
        let essay = try CitationFixture.essay([
            "Compare Alder v. Birch, 10 F. 4th 100, 110 (CA5 2021), Cedar v. Dogwood, 978 F. 3d 200, 210 (CA6 2020), and Elm v. Fir, 968 F. 3d 300, 305 (CA8 2020), with Gum v. Hazel, 991 F. 3d 400, 401 (CA7 2021).",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited == ["alder-v-birch-2021", "cedar-v-dogwood-2020", "elm-v-fir-2020", "gum-v-hazel-2021"])
    }

    @Test("subsequent history after a comma stays the case's own")
    func historyIsNoSecondCase() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 905 F. 3d 700, 714 (CA5 2018), rev’d, 591 U. S. 12 (2020)."])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }

    @Test("the with of a comparison may come after a semicolon and an e.g.")
    func withAfterSemicolon() throws {
        let essay = try CitationFixture.essay([
            "Compare, e.g., Alder v. Birch, 938 F.3d 246, 259 (5th Cir. 2019); Cedar v. Dogwood, 842 F.3d 688, 699 (9th Cir. 2016), with Elm v. Fir, 905 F.3d 127, 131 (3d Cir. 2018).",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(cited == ["alder-v-birch-2019", "cedar-v-dogwood-2016", "elm-v-fir-2018"])
    }

    @Test("a pinpoint written after the first page without its comma is the pinpoint")
    func pinpointWithoutComma() throws {
        let essay = try CitationFixture.essay(["See 531 U.S. 341 at 347."])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "347")
    }

    @Test("Id. at a page after a string means the last work cited, when its pages hold the page")
    func idAfterStringTakesTheLast() throws {
        let essay = try CitationFixture.essay([
            "Compare Alder v. Birch, 422 U. S. 490, 499 (1975), with Cedar v. Dogwood, 579 U. S. 582, 600 (2016).",
            "Compare *id.*, at 598–606 (majority opinion), with *id.*, at 645 (dissenting opinion).",
        ])
        let cited = CitationFixture.citations(essay, "2").compactMap(\.authorityID)
        #expect(cited == ["cedar-v-dogwood-2016", "cedar-v-dogwood-2016"])
    }

    @Test("a blank pinpoint in a case cited before its pages were known resolves")
    func blankPinpointInBlankCase() throws {
        let essay = try CitationFixture.essay([
            "Alder v. Birch, 591 U. S. ___ (2020).",
            "Alder, 591 U. S., at ___ (dissenting opinion).",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == "alder-v-birch-2020")
    }
}

@Suite("Notes on a page in a pinpoint")
struct PinpointNoteTests {
    @Test("a short form's page and its note, `at 136, n. 26`, are one pinpoint")
    func pageAndNote() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 410 U. S. 113 (1973).", "See 410 U. S., at 136, n. 26."])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "136, n. 26")
    }
}
