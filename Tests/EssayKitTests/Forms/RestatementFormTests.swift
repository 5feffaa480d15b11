import Testing
@testable import EssayKit

/// Restatements of the law, with or without a year, in full or as opinions abbreviate them.
@Suite("Restatements")
struct RestatementFormTests {
    @Test("a Restatement with no year is read; abbreviated it is the same work; the section is the pinpoint")
    func withoutYear() throws {
        let essay = try CitationFixture.essay([
            "Restat 2d of Torts, § 402.",
            "Id. at Comment b.",
            "Restatement (Second) of Torts § 388(c).",
            "Restat 3d of Trusts §5.01.",
            "See Rest.2d Torts § 90 cmt. c.",
        ])
        let torts = try #require(CitationFixture.authority(essay, "1"))
        #expect(torts.title == "Restatement (Second) of Torts")
        #expect(torts.shortNames.contains("Restat 2d of Torts"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 402")
        #expect(CitationFixture.authority(essay, "2")?.id == torts.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Comment b")
        #expect(CitationFixture.authority(essay, "3")?.id == torts.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "§ 388(c)")
        #expect(CitationFixture.authority(essay, "4")?.title == "Restatement (Third) of Trusts")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "§5.01")
        #expect(CitationFixture.authority(essay, "5")?.id == torts.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "§ 90 cmt. c")
    }

    @Test("a year after the Institute or a series is the work's; the subject may hold a colon")
    func withYear() throws {
        let essay = try CitationFixture.essay([
            "Restatement (Second) of Contracts § 90 (Am. L. Inst. 1981).",
            "Restatement (Third) of Torts: Liability for Physical and Emotional Harm § 46 (2012) (defining harm).",
            "Id. at cmt. d.",
        ])
        let contracts = try #require(CitationFixture.authority(essay, "1"))
        #expect(contracts.title == "Restatement (Second) of Contracts")
        #expect(contracts.year == 1981)
        let products = try #require(CitationFixture.authority(essay, "2"))
        #expect(products.title == "Restatement (Third) of Torts: Liability for Physical and Emotional Harm")
        #expect(products.year == 2012)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 46")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "cmt. d")
    }

    @Test("an abbreviated subject is one citation, not split at its periods")
    func abbreviatedSubject() throws {
        let essay = try CitationFixture.essay(["Restatement (Third) of Torts: Prods. Liab. § 2 (Am. L. Inst. 1998)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Restatement (Third) of Torts: Prods. Liab.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 2")
    }

    @Test("prose about a Restatement is no citation of one")
    func prose() throws {
        let essay = try CitationFixture.essay(["Restatement drafters disagreed about the rule."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
