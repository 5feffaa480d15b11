import Testing
@testable import EssayKit

@Suite("Standards and technical reports by number")
struct StandardNumberTests {
    @Test("a standard's series and number identify it; a later note by number alone, with a section, is the same work")
    func standards() throws {
        let essay = try CitationFixture.essay([
            "R. Able, ed., \"Requirements for Widget Hosts,\" RFC 9122, October 1989.",
            "RFC 9122, Section 3.2.",
            "Ann Able and Bob Baker, The Widget Definition of Cloud Gadgets, NIST SP 900-145, 2011.",
            "NIST SP 900-145, p. 2.",
            "RFC 9122.",
        ])
        let rfc = try #require(CitationFixture.authority(essay, "1"))
        #expect(rfc.documentNumber == "RFC 9122")
        #expect(rfc.title == "Requirements for Widget Hosts")
        #expect(CitationFixture.authority(essay, "2")?.id == rfc.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text.contains("3.2") == true)
        let nist = try #require(CitationFixture.authority(essay, "3"))
        #expect(nist.documentNumber == "NIST SP 900-145")
        #expect(nist.title == "The Widget Definition of Cloud Gadgets")
        #expect(nist.authors.first?.hasPrefix("Ann Able") == true)
        #expect(CitationFixture.authority(essay, "4")?.id == nist.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "p. 2")
        #expect(CitationFixture.authority(essay, "5")?.id == rfc.id)
    }

    @Test("the series must be one of standards: other capitals and a number are no standard")
    func notStandards() {
        #expect(StandardNumberTests.read("RFC 1122") == "RFC 1122")
        #expect(StandardNumberTests.read("ISO/IEC 27001") == "ISO/IEC 27001")
        #expect(StandardNumberTests.read("NIST Special Publication 800-53") == "NIST SP 800-53")
        #expect(StandardNumberTests.read("GAO 1122") == nil)
        #expect(StandardNumberTests.read("RFC Editor") == nil)
    }

    private static func read(_ string: String) -> String? {
        let text = CitationText(RichText(text: string))
        return StandardNumber.read(text, text.words(in: 0..<string.utf8.count))
    }
}
