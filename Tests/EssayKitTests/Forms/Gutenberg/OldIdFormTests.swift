@testable import EssayKit
import Testing

/// `Ib.`, `Ibid. 210`, `Id. 210`: the older books' repeats, with a page and no `at`.
@Suite("Citation forms: Ib. and Ibid. in the old styles")
struct OldIdFormTests {
    @Test("Ib., Ibid. and Id. with a bare page repeat the work cited before, the page their pinpoint")
    func oldRepeats() throws {
        let essay = try CitationFixture.essay([
            "3 Bl. Comm. 208.",
            "Ib. 210.",
            "Ibid. 212.",
            "Id. 214.",
            "Ibid.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        for (label, page) in [("2", "210"), ("3", "212"), ("4", "214"), ("5", "214")] {
            #expect(CitationFixture.authority(essay, label)?.id == work.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == page, "note \(label)")
        }
    }
}
