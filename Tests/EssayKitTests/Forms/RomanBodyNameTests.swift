import Testing
@testable import EssayKit

@Suite("A body in roman as a work's author, with its sub-unit")
struct RomanBodyNameTests {
    @Test("a body and its division (or parent) before the title: one author, the title alone")
    func bodyAndDivision() throws {
        let essay = try CitationFixture.essay([
            "U.S. Dep't of Widgets, Civil Gadgets Division, Investigation of the Widget City Police Department 12 (2017).",
            "Nat'l Ctr. for Widget Stat., U.S. Dep't of Widgets, The Condition of Widgets, at 14 (2019).",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.authors == ["U.S. Dep't of Widgets, Civil Gadgets Division"])
        #expect(report.title == "Investigation of the Widget City Police Department")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Nat'l Ctr. for Widget Stat., U.S. Dep't of Widgets"])
        #expect(second.title == "The Condition of Widgets")
    }

    @Test("a title holding a body's word among other lower-case words is no body")
    func titleIsNoBody() {
        let text = CitationText(RichText(text: "Office Politics in the Agency"))
        #expect(!RomanBodyName.isBody(text, 0..<text.count))
        let body = CitationText(RichText(text: "Bureau of Widget Statistics"))
        #expect(RomanBodyName.isBody(body, 0..<body.count))
    }
}
