import Testing
@testable import EssayKit

/// A database copy's star page (`2018 WL 123456, at *3`) is the pinpoint of the decision cited.
@Suite("Star pages")
struct StarPageTests {
    @Test("`at *3` after a Westlaw cite, with or without a docket number, is the pinpoint; *Id.* at a star page too")
    func starPages() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Doe, 2018 WL 123456, at *3 (S.D.N.Y. Sept. 5, 2018).",
            "E.g., Poe v. Moe, No. 1:18-cv-1234, 2019 WL 654321, at *2-3 (D. Mass. Jan. 7, 2019) (rejecting a claim).",
            "Id. at *5.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "*3")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "*2-3")
        let second = try #require(CitationFixture.only(essay, "2")?.authorityID)
        #expect(CitationFixture.only(essay, "3")?.authorityID == second)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "*5")
    }
}
