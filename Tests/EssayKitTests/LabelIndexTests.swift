import Testing
@testable import EssayKit

@Suite("Footnote label index")
struct LabelIndexTests {
    @Test("plain numbers, other labels and numbers too large for the table all find their position")
    func lookups() {
        let index = LabelIndex(["*", "1", "2", "12a", "07", "7", "99999999", "†"])
        #expect(index["*"] == 0)
        #expect(index["1"] == 1)
        #expect(index["2"] == 2)
        #expect(index["12a"] == 3)
        #expect(index["07"] == 4)
        #expect(index["7"] == 5)
        #expect(index["99999999"] == 6)
        #expect(index["†"] == 7)
        #expect(index["3"] == nil)
        #expect(index["12"] == nil)
        #expect(index["0"] == nil)
        #expect(index[""] == nil)
    }

    @Test("a label given twice keeps its first position, and insert says where it was")
    func duplicates() {
        var index = LabelIndex(expectedCount: 2)
        #expect(index.insert("4", at: 0) == nil)
        #expect(index.insert("x", at: 1) == nil)
        #expect(index.insert("4", at: 2) == 0)
        #expect(index.insert("x", at: 3) == 1)
        #expect(index["4"] == 0)
        #expect(LabelIndex(["5", "5", "6"])["5"] == 0)
    }

    @Test("a plain number is ASCII digits without a leading zero")
    func plainNumbers() {
        #expect(LabelIndex.plainNumber("0") == 0)
        #expect(LabelIndex.plainNumber("60") == 60)
        #expect(LabelIndex.plainNumber("060") == nil)
        #expect(LabelIndex.plainNumber("12a") == nil)
        #expect(LabelIndex.plainNumber("١٢") == nil)
        #expect(LabelIndex.plainNumber("1234567890123456789") == nil)
    }
}
