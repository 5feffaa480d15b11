@testable import EssayKit
import Testing

/// A note's mark glued after a provision's number and its comma (`Rule 4,150 based`): a rule's or
/// an article's number runs to no thousands, so the digits after the comma are the mark, where a
/// sum's (`1,250 dollars`) stay a number. Texts invented.
@Suite("Marks after a provision's number and a comma")
struct ProvisionNumberMarkTests {
    private func page(_ text: String, _ notes: String, page: Int) -> String { PageFootNoteTests.markItDownPage(text, notes, page: page) }

    @Test("`Rule 4,2 based`: the mark of note 2 after a rule's number; `paid 1,250 dollars` stays a sum")
    func markAfterRuleNumber() throws {
        let essay = try Fixture.essay("# T\n\n"
            + page("The first claim is made here.1 The courts kept the practice in Rule 4,2 based on\nthe rulemakers' wish, and the State paid 1,250 dollars.",
                   "1 See the first source, at 4.\n2 FED. R. CIV. P. 4(e) (1963).", page: 1)
            + page("And a third claim.3", "3 Id. at 9.", page: 2))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(Fixture.marks(essay) == ["1<-here.", "2<-4,", "3<-claim."])
    }

    @Test("the words that number a provision")
    func provisionWords() {
        let text = Array("in Rule 4,150 and Art. 5,2 and page 1,250".utf8)
        #expect(EssayBuilder.numbersAProvision(text, before: 7))
        #expect(EssayBuilder.numbersAProvision(Array("in Rule  4,150".utf8), before: 8))
        #expect(EssayBuilder.numbersAProvision(text, before: 22))
        #expect(!EssayBuilder.numbersAProvision(text, before: 35))
    }
}
