import Testing
@testable import EssayKit

/// Sections listed in the author's words before the law's name, and a section of a version of a
/// document (`section 5 of version 2.1 of the GPL`).
@Suite("Sections listed in words, and sections of a document's version")
struct SectionListMentionTests {
    @Test("`Sections 12 (...), and 39 (...) of the Widget Law of 1973` cites each section of the law")
    func sectionsOfALaw() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., Sections 12 (requiring good faith in talks), and 39 (requiring good faith in keeping terms) of the Widget Law of 1973.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(titles == ["Widget Law § 12", "Widget Law § 39"])
    }

    @Test("`section 5 of version 2.1 of the WPL` cites that version, at the section; another version is another work")
    func versionsOfADocument() throws {
        let essay = try CitationFixture.essay([
            "This is said by section 5 of version 2.1 of the WPL: “You need not accept it.” See also Section 9 of version 3.0 of the WPL.",
        ])
        let citations = CitationFixture.citations(essay, "1")
        let works = citations.compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.title) == ["WPL version 2.1", "WPL version 3.0"])
        #expect(citations.first?.pinpoint?.text == "section 5")
    }

    @Test("sections listed with no law named after them name nothing")
    func noLaw() throws {
        let essay = try CitationFixture.essay(["Sections 3 and 4 above explain the widget."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
    }
}
