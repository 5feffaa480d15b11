import Testing
@testable import EssayKit

/// A code cited by its chapters, parts or subchapters, each of a list a work (`StatuteForm`).
@Suite("Parts of a code cited whole")
struct CodePartListTests {
    @Test("chapters of a title, a list of them, a subchapter in a letter and a part")
    func parts() throws {
        let essay = try CitationFixture.essay([
            "44 U.S.C. Chapters 21, 22, 29.",
            "36 CFR Subchapter B.",
            "48 C.F.R. pt. 27.",
            "44 U.S.C. Chapter 22.",
        ])
        let chapters = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(chapters == ["44 U.S.C. Chapter 21", "44 U.S.C. Chapter 22", "44 U.S.C. Chapter 29"])
        #expect(CitationFixture.authority(essay, "2")?.title == "36 C.F.R. Subchapter B")
        #expect(CitationFixture.authority(essay, "3")?.title == "48 C.F.R. pt. 27")
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.citations(essay, "1")[1].authorityID)
    }
}

/// A list of sections closed by `and` (`StatuteForm`).
@Suite("A list of sections closed by and")
struct SectionListAndTests {
    @Test("`§§ 8, 9 and 301(g)` cites three sections; a code's cite after `and` is a cite of its own")
    func lastSectionAfterAnd() throws {
        let essay = try CitationFixture.essay(["See 13 U.S.C. §§ 8, 9 and 301(g) and 22 U.S.C. § 3104."])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(titles == ["13 U.S.C. § 8", "13 U.S.C. § 9", "13 U.S.C. § 301", "22 U.S.C. § 3104"])
        #expect(CitationFixture.citations(essay, "1")[2].pinpoint?.text == "(g)")
    }
}

/// A code named in full with its acronym in parentheses, then its part (`StatuteForm`).
@Suite("A code spelled out before its acronym")
struct SpelledOutAcronymTests {
    @Test("`Federal Widget Regulation (FWR) Subpart 27.4` is `FWR Subpart 27.4`, the same work as the acronym's cite; initials that do not match are no code")
    func spelledOut() throws {
        let essay = try CitationFixture.essay([
            "See Federal Widget Regulation (FWR) Subpart 27.4—Rights in Widgets.",
            "FWR Subpart 27.4.",
            "Federal Widget Regulation (XYZ) Subpart 27.4.",
        ])
        let part = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        #expect(essay.authority(part)?.title == "FWR Subpart 27.4")
        #expect(CitationFixture.authority(essay, "2")?.id == part)
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID != part })
    }
}
