import Testing
@testable import EssayKit

@Suite("An act named by its date, with its section and Statutes at Large cite")
struct DatedActSectionTests {
    @Test("`Act of June 4, 1906, § 3, 34 Stat. 208`: the act at its series cite, the section its pinpoint")
    func sectionOutOfTitle() throws {
        let essay = try CitationFixture.essay([
            "Act of June 4, 1906, § 3, 34 Stat. 208.",
            "Act of June 4, 1906, § 5, 34 Stat. 208.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.title == "Act of June 4, 1906")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 3")
        #expect(CitationFixture.authority(essay, "2")?.id == act.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 5")
    }

    @Test("a code's section with no series cite after it stays the code's")
    func codeSection() throws {
        let essay = try CitationFixture.essay(["42 U.S.C. § 1983."])
        let code = try #require(CitationFixture.authority(essay, "1"))
        #expect(code.kind == .statute)
        #expect(code.title.contains("U.S.C."))
    }
}
