@testable import EssayKit
import Testing

/// A journal's pages as MarkItDown prints a justified PDF whose spaces between words it lost:
/// marks glued between a sentence's stop and the next sentence's first word
/// (`charters.2Eachcharter`), notes at each page's foot after the body with no blank line.
/// Names, places and texts are invented.
@Suite("Marks glued between a sentence's stop and the next word")
struct SentenceGluedMarkTests {
    static let text = """
        # The Harbour Charters

        Introduction

        The harbour towns of the Orne coast held their quays by royal charter from
        theearlymiddleages.1Thechartersnamedthewardensandthedues,andthetowns
        keptthemintheguildhall.2Eachcharterranforacenturyandwasrenewedbythe
        crown (at a price).3“Thequaysareours,”saidthewardensofPortOrne.4Yet
        the crown kept the foreshore; seeRexv.Quell,12Harb.Rep.45,47(1702).
        1 ChartersoftheOrneCoast,OrneGuildhallMS3,fol.12.
        2 SeeHanaBrisk,TheGuildhallsoftheOrne12-19(2018).
        3 Id.at22.

        2 WestmarchLawReview [Vol.12:1
        4 Brisk,supranote2,at40.

        The wardens met each spring to fix the dues.5Theymetinthe guildhall,
        andthetownclerkkepttheminutes.6
        5 Id.at41.
        6 OrneGuildhallMinutes1702-1790,OrneGuildhallMS9.
        """

    @Test("marks glued between a sentence's stop and the next word are read, and the notes with them")
    func gluedMarksAreRead() throws {
        let essay = try Fixture.essay(Self.text, path: "charters.md")
        #expect(essay.footnotes.map(\.label) == (1...6).map(String.init))
        let marks = Fixture.marks(essay).map { String($0.prefix { $0 != "<" }) }
        #expect(marks == (1...6).map(String.init))
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(!body.contains("SeeHanaBrisk"))
    }

    @Test("a mark's shape: after a word in lower case and its stop, before a capital and a letter or a quotation mark")
    func shapeOfAMark() {
        func reads(_ text: String, _ mark: String) -> Bool {
            let bytes = Array(text.utf8)
            guard let range = text.range(of: mark) else { return false }
            let index = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            return SentenceGluedMarks.isMark(bytes, at: index, count: mark.utf8.count)
        }
        #expect(reads("theearlymiddleages.1Thecharters", "1"))
        #expect(reads("theAct).3TheAct", "3"))
        #expect(reads("saidthewarden,”4Yet", "4"))
        #expect(reads("Reedsaid.8“[E]verything", "8"))
        // A reporter's page, a citation's numbers, a capital's abbreviation: no marks.
        #expect(!reads("53VAL.U.L.REV.631,656(2019)", "631"))
        #expect(!reads("Cong.Rec.1958(1929)", "195"))
        #expect(!reads("U.S.C.1983Claims", "198"))
        #expect(!reads("atpage.12pp", "12"))
        #expect(!reads("rules.05The", "05"))
        #expect(!reads("thedues.12345The", "345"))
    }
}
