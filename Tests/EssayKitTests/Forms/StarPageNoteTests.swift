import Testing
@testable import EssayKit

/// A note on a database copy's star page is part of the place: `2016 WL 2859790, at *7 n.47`.
@Suite("Star pages with notes")
struct StarPageNoteTests {
    @Test("the note after a star page stays in the pinpoint, after a full cite and after Id.")
    func starPageNote() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Doe, No. 12-345, 2016 WL 2859790, at *7 n.47 (D. Del. May 4, 2016).",
            "Id. at *9 nn.3-4.",
            "Poe v. Moe, No. 20-1, 2021 WL 1234567, at *3 (D. Vt. Mar. 2, 2021).",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "*7 n.47")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "*9 nn.3-4")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "*3")
    }
}
