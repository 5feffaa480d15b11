import Testing
@testable import EssayKit

/// An investigative file by number, its serial the pinpoint: `XY-1234567, serial 18`.
@Suite("Files and serials")
struct FileSerialFormTests {
    @Test("one file cited at two serials is one work, each serial its pinpoint")
    func oneFile() throws {
        let essay = try CitationFixture.essay([
            "XY-7654321, serial 4.",
            "See XY-7654321, serials 9 & 19.",
        ])
        let file = try #require(CitationFixture.authority(essay, "1"))
        #expect(file.documentNumber == "XY-7654321")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "serial 4")
        #expect(CitationFixture.only(essay, "2")?.authorityID == file.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "serials 9 & 19")
    }
}
