import Testing
@testable import EssayKit

@Suite("A question mark inside a quoted title")
struct QuotedQuestionTests {
    @Test("`\"Widgets for $9? Why Prices Rise,\" Paper` is one citation; a question that closes its quotation or stands outside one still ends a sentence")
    func questionInsideATitle() throws {
        let essay = try CitationFixture.essay([
            "See Jane Roe, \"Widgets for $9? Why Prices Rise,\" Widget Times, May 2, 2022, https://times.example.com/widgets.",
            "Jane Roe, \"Are Widgets Cheap?,\" Widget Times, May 2, 2022, https://times.example.com/cheap. Who knows? Nobody does.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.url == "https://times.example.com/widgets")
        #expect(CitationFixture.authority(essay, "2")?.url == "https://times.example.com/cheap")
        let sentences = essay.footnote("2")?.segments.filter { $0.kind == .commentary }.map { String($0.text) } ?? []
        #expect(sentences.joined().contains("Who knows?"))
    }
}
