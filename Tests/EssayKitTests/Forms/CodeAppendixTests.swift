import Testing
@testable import EssayKit

@Suite("A code part's appendix and subpart")
struct CodeAppendixTests {
    @Test("an appendix after a part is a work of its own; a subpart after it is the pinpoint")
    func appendixIsAWork() throws {
        let essay = try CitationFixture.essay([
            "33 C.F.R. pt. 210, App. C.",
            "33 C.F.R. pt. 210, App. D., Subpt. F (2011).",
            "33 C.F.R. pt. 210.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "33 C.F.R. pt. 210, App. C")
        let second = CitationFixture.only(essay, "2")
        #expect(second.flatMap { $0.authorityID }.flatMap { essay.authority($0)?.title } == "33 C.F.R. pt. 210, App. D")
        #expect(second?.pinpoint?.text == "Subpt. F")
        #expect(CitationFixture.authority(essay, "3")?.title == "33 C.F.R. pt. 210")
    }

    @Test("a subpart after a part is its pinpoint, and a name in parentheses after it is no work")
    func subpartAndParenthesis() throws {
        let essay = try CitationFixture.essay(["33 C.F.R. pt. 210 (Ferry Part); 33 C.F.R. pt. 71, subpt. K (Dock regulation)."])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } } == ["33 C.F.R. pt. 210", "33 C.F.R. pt. 71"])
        #expect(citations.last?.pinpoint?.text == "subpt. K")
    }
}
