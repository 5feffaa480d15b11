@testable import EssayKit
import Testing

@Suite("The capitalised words of a court or report series")
struct ReportSeriesWordsTests {
    @Test("`EWCA Civ 12`: two words, their capitals counted, the number next")
    func courtWords() throws {
        let bytes = Array("EWCA Civ 12".utf8)
        let words = try #require(ReportSeriesWords.read(bytes, from: 0, end: bytes.count, maximumWords: 3, longestWord: 8, periods: false))
        #expect(words.words == 2)
        #expect(words.capitals == 5)
        #expect(words.end == 8)
        #expect(words.next == 9)
        #expect(!words.hasPeriod)
    }

    @Test("`S.C.R. 1010` reads with periods allowed, and not without them; a word too long is no series")
    func periodsAndLength() {
        let report = Array("S.C.R. 1010".utf8)
        #expect(ReportSeriesWords.read(report, from: 0, end: report.count, maximumWords: 3, longestWord: 8, periods: true)?.hasPeriod == true)
        #expect(ReportSeriesWords.read(report, from: 0, end: report.count, maximumWords: 3, longestWord: 8, periods: false) == nil)
        let long = Array("Harbourside 12".utf8)
        #expect(ReportSeriesWords.read(long, from: 0, end: long.count, maximumWords: 3, longestWord: 7, periods: false) == nil)
    }
}
