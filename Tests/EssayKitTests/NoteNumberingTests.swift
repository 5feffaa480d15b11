@testable import EssayKit
import Testing

@Suite("Note numbering as evidence for numbers found by their shape")
struct NoteNumberingTests {
    @Test("a number is taken when it follows the last one taken, or opens a run of three")
    func takesNumbersRunningOn() {
        #expect(NoteNumbering.runningOn([1, 2, 3]) == [0, 1, 2])
        // 40 and 7 break the run; 5, 6, 7 open a new run of three after a lost note.
        #expect(NoteNumbering.runningOn([1, 2, 40, 5, 6, 7, 3]) == [0, 1, 3, 4, 5])
        // A number that neither follows nor opens three in a row is no note's.
        #expect(NoteNumbering.runningOn([12, 40, 7]) == [])
        #expect(NoteNumbering.runningOn([]) == [])
    }
}
