import Testing
@testable import EssayKit

/// A numbered document cited by its number in one note and by its title and the address of its
/// file in another is one work, when the address names the number; never by title words alone.
@Suite("A numbered document and its file's address")
struct DocumentAddressAliasTests {
    @Test("a memorandum by number, then by title and an address whose file is its number: one work")
    func memorandumThenAddress() throws {
        let essay = try CitationFixture.essay([
            "OMB Memorandum M-15-14, Management and Oversight of Widget Technology (June 10, 2015).",
            "Management and Oversight of Widget Technology, https://www.example.gov/omb/memoranda/2015/m-15-14.pdf.",
        ])
        let memo = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == memo.id)
    }

    @Test("the address first, then the executive order by number and register: one work")
    func addressThenOrder() throws {
        let essay = try CitationFixture.essay([
            "Protecting Widgets, The White House (Jan. 20, 2021), https://www.example.gov/documents/eo-13999.pdf.",
            "Exec. Order No. 13,999, 86 Fed. Reg. 1 (2021).",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == page.id)
    }

    @Test("an address that names no number stays a work of its own")
    func titleAloneIsNoEvidence() throws {
        let essay = try CitationFixture.essay([
            "Exec. Order No. 13,999, 86 Fed. Reg. 1 (2021).",
            "Executive Order on Protecting Widgets, The White House (Jan. 20, 2021), https://www.example.gov/widgets/.",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        let page = try #require(CitationFixture.authority(essay, "2"))
        #expect(order.id != page.id)
    }

    @Test("the longest file name of a numbered document still names it; a long or digitless one names none")
    func fileNameBounds() {
        #expect(URLParts.documentAlias(of: "https://www.example.gov/executive-order-13999") == "eo:13999")
        #expect(URLParts.documentAlias(of: "https://www.example.gov/m/2015/M-15-14.pdf?x=1") == "doc:m-15-14")
        #expect(URLParts.documentAlias(of: "https://www.example.gov/2015/the-executive-order-13999") == nil)
        #expect(URLParts.documentAlias(of: "https://www.example.gov/widgets/eo-policy") == nil)
    }

    @Test("an address's host and leaf: the first `://` ends the scheme, empty parts between slashes are skipped")
    func hostAndLeaf() {
        #expect(URLParts.host(of: "https://www.example.org/a/b.pdf") == "www.example.org")
        #expect(URLParts.host(of: "www.example.org?q=1") == "www.example.org")
        #expect(URLParts.host(of: "https://") == nil)
        #expect(URLParts.leaf(of: "https://www.example.org/Pages/CallForWidgets.aspx") == "CallForWidgets")
        #expect(URLParts.leaf(of: "https://www.example.org/a//b//") == "b")
        #expect(URLParts.leaf(of: "//www.example.org//a") == "a")
        #expect(URLParts.leaf(of: "https://www.example.org/a/b?c/d#e") == "d")
        #expect(URLParts.leaf(of: "https://www.example.org/") == nil)
        #expect(URLParts.leaf(of: "https://www.example.org/.hidden") == nil)
        #expect(URLParts.leaf(of: "example.org/ÉO-12345") == "ÉO-12345")
    }

    @Test("a file name opening with `eo` or holding a hyphen may name an order; others never")
    func orderFileNames() {
        #expect(URLParts.documentAlias(of: "http://www.example.gov/EO13999") == "eo:13999")
        #expect(URLParts.documentAlias(of: "http://www.example.gov/Eo-13999/") == "eo:13999")
        #expect(URLParts.documentAlias(of: "http://www.example.gov/a/-eo-13999") == "eo:13999")
        #expect(URLParts.documentAlias(of: "http://www.example.gov/a/13999") == nil)
        #expect(URLParts.documentAlias(of: "http://www.example.gov/a/order13999") == nil)
    }
}
