import Testing
@testable import EssayKit

@Suite("A work named in words and found at an address")
struct FoundAtFormTests {
    @Test("a name, found at, and a link: the name is the title, the link the address")
    func foundAt() throws {
        let essay = try CitationFixture.essay([
            "The U.S. Copyright Act of 1976 found at <http://example.org/copyright-act>.",
            "For example, the Uniform Trade Secrets Act as embodied in California state law may be found at <http://example.org/utsa>.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.title == "The U.S. Copyright Act of 1976")
        #expect(act.url == "http://example.org/copyright-act")
        #expect(act.year == 1976)
        let utsa = try #require(CitationFixture.authority(essay, "2"))
        #expect(utsa.title.contains("Uniform Trade Secrets Act"))
        #expect(!utsa.title.hasSuffix("may be"))
    }

    @Test("a hereinafter name in it is the work's short name, which a later supra uses")
    func hereinafter() throws {
        let essay = try CitationFixture.essay([
            "*See,* Order Re Copyrightability Of Certain Replicated Elements (hereinafter *Order*) found at <http://example.org/order.pdf>.",
            "*Order*, *supra* note 1.",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.title == "Order Re Copyrightability Of Certain Replicated Elements")
        #expect(order.shortNames == ["Order"])
        #expect(CitationFixture.authority(essay, "2")?.id == order.id)
    }

    @Test("prose about a page cites the page, the prose no title of it; found at with no link is no citation")
    func notACitation() throws {
        let essay = try CitationFixture.essay([
            "The court said that the defendants had, over many years and in many places and to many people, published what they knew would be found at <http://example.org/x>.",
            "The Act found at page ten.",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.url == "http://example.org/x")
        #expect(page.title == "x")
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}

@Suite("What a work found at an address is not")
struct FoundAtFormLimitTests {
    @Test("a name holding a number other than a year makes no work of its own: the court decision form reads it")
    func foreignForms() throws {
        let essay = try CitationFixture.essay([
            "BGH 2005 GRUR 860, 861 — Fash 2000, found at <http://example.org/fash>.",
        ])
        // Only the European court-decision form may read this (as BGH's decision); never a
        // document named "BGH 2005 GRUR 860" found at the address.
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.map { $0.hasPrefix("bgh-") } ?? true })
    }
}
