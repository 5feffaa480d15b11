import Testing
@testable import EssayKit

@Suite("A code section's subdivisions as printed")
struct StatuteSubdivisionTests {
    @Test("subdivisions joined by & with or without spaces, and a stray period before them")
    func subdivisions() throws {
        let essay = try CitationFixture.essay(["35 U.S.C. §271(a)&(g).", "35 U.S.C. § 271(a) & (g).", "35 U.S.C. §154.(a)(2)."])
        for label in ["1", "2"] {
            #expect(CitationFixture.authority(essay, label)?.title == "35 U.S.C. § 271")
        }
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(a)&(g)")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a) & (g)")
        #expect(CitationFixture.authority(essay, "3")?.title == "35 U.S.C. § 154")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(a)(2)")
    }
}
