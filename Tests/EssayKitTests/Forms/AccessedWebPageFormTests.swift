import Testing
@testable import EssayKit

@Suite("Web pages as OSCOLA and McGill cite them")
struct AccessedWebPageFormTests {
    @Test("OSCOLA: the site and date in brackets, the address and the day it was read")
    func oscola() throws {
        let essay = try CitationFixture.essay([
            "Quay Trust, 'Members' (*Quay Trust Papers*, 3 May 2020) <https://example.org/members> accessed 8 June 2021.",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.kind == .webpage)
        #expect(page.title == "Members")
        #expect(page.container == "Quay Trust Papers")
        #expect(page.year == 2020)
        #expect(page.url == "https://example.org/members")
        #expect(page.volume == nil)
    }

    @Test("McGill: the title, the site, the date in brackets and online:")
    func mcgill() throws {
        let essay = try CitationFixture.essay([
            "Ola Finch, \"Ferry Fares Rise\", *Harbour Notes* (9 May 2019), online: <https://example.org/fares>.",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.kind == .webpage)
        #expect(page.title == "Ferry Fares Rise")
        #expect(page.container == "Harbour Notes")
        #expect(page.year == 2019)
    }

    @Test("a title and a dated bracket with no address or access date is no web page")
    func noAddress() throws {
        let essay = try CitationFixture.essay([
            "Quay Trust, 'Members' (*Quay Trust Papers*, 3 May 2020).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind != .webpage)
    }
}
