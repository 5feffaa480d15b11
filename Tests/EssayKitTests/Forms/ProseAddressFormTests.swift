import Testing
@testable import EssayKit

@Suite("The author's sentence that points at addresses")
struct ProseAddressFormTests {
    @Test("each address after `available at`, `found at` is a page cited")
    func addresses() throws {
        let essay = try CitationFixture.essay([
            "See the guidance of the ministry that is available at <http://example.org/guidance.pdf>.",
            "Further background can be found at <https://example.org/a.html> and <https://example.org/b.html>.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "http://example.org/guidance.pdf")
        let pages = CitationFixture.citations(essay, "2").compactMap(\.authorityID).compactMap { essay.authority($0)?.url }
        #expect(pages == ["https://example.org/a.html", "https://example.org/b.html"])
    }

    @Test("after a semicolon, an address is where the work before it can be read")
    func notAWork() throws {
        let essay = try CitationFixture.essay([
            "OLG Köln, 2009 MMR 44; an English translation is available at <http://example.org/t.pdf>.",
            "LG Kiel, 2010 CR 1; available at <http://example.org/k.pdf>.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").count == 1)
    }

    @Test("an address written out, no link made of it, after `can be found at` is the page cited")
    func bareAddress() throws {
        let essay = try CitationFixture.essay([
            "The court's decision can be found at https://example.gov/opinions/21-12345.pdf.",
            "The court's decision of 2021 can be found at https://example.gov/opinions/21-12345.pdf.",
            "Widget Agency, Widget Rules (2020), pp. 4-5. A marked-up version is available at https://example.gov/rules-redline.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://example.gov/opinions/21-12345.pdf")
        #expect(CitationFixture.authority(essay, "2")?.url != "https://example.gov/opinions/21-12345.pdf",
                "a number in the words before it may be a citation legit cannot read")
        #expect(!CitationFixture.citations(essay, "3").contains { $0.authorityID.flatMap { essay.authority($0) }?.url == "https://example.gov/rules-redline" },
                "another copy of the work cited is no work of its own")
    }

    @Test("a page named in the author's sentence by a noun (`webpage`, `website`) before `at` is the page at that address")
    func pageNamedInProse() throws {
        let essay = try CitationFixture.essay([
            "For more information, see the WBA webpage for the 7(a) Widget Program at https://www.example.gov/funding-programs/loans/7a-widgets.",
            "For details, see the website at https://www.example.com/.",
            "Applicants may contact widget development districts (https://example.gov/wdd) or state representatives (https://www.example.gov/contact).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://www.example.gov/funding-programs/loans/7a-widgets")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.url == "https://www.example.com/")
        let pages = CitationFixture.citations(essay, "3").compactMap(\.authorityID).compactMap { essay.authority($0)?.url }
        #expect(pages == ["https://example.gov/wdd", "https://www.example.gov/contact"])
    }
}
