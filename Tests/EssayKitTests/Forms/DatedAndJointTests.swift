import Testing
@testable import EssayKit

/// Two full citations joined by ` and ` after the first's date, and an address given alone in
/// brackets after a date.
@Suite("Citations joined by and; an address in brackets")
struct DatedAndJointTests {
    @Test("two articles joined by `and` after the first's year are two works")
    func twoArticles() throws {
        let essay = try CitationFixture.essay([
            "Bo Best, Tidal Drift, 3(1) Port Q. 77 (2015) and Ivo Strand, Letting Go, 18(4) Harb. Rev. 902 (2020).",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.title) == ["Tidal Drift", "Letting Go"])
        #expect(works.map(\.volume) == ["3", "18"])
    }

    @Test("`and` inside a title after a bracket parts nothing")
    func andInTitle() throws {
        let essay = try CitationFixture.essay(["Cy Cole, Ports (and Docks) and Tolls, 4 Port Q. 1 (2001)."])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }

    @Test("an address alone in brackets after the date is the work's address")
    func addressInBrackets() throws {
        let essay = try CitationFixture.essay(["Ann Roe, Lecture 4: The Third Look, 8 (May 2, 2009) (https://example.org/lecture4.pdf)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "https://example.org/lecture4.pdf")
        #expect(work.title == "Lecture 4: The Third Look")
    }
}
