import Testing
@testable import EssayKit

/// `PositionLists`: one flat list for every footnote position's catalog indices.
@Suite("Lists of works by footnote position")
struct PositionListsTests {
    @Test("appended in order of position, each position reads back its own list")
    func inOrder() {
        var lists = PositionLists(count: 6)
        lists.append(7, at: 0)
        lists.append(8, at: 0)
        lists.append(3, at: 2)
        lists.append(9, at: 5)
        #expect(Array(lists[0]) == [7, 8])
        #expect(lists[1].isEmpty)
        #expect(Array(lists[2]) == [3])
        #expect(lists[3].isEmpty && lists[4].isEmpty)
        #expect(Array(lists[5]) == [9])
        #expect(lists[6].isEmpty && lists[-1].isEmpty)
    }

    @Test("a value for an earlier position goes into that position's list, the later ones unchanged")
    func earlierPosition() {
        var lists = PositionLists(count: 4)
        lists.append(1, at: 0)
        lists.append(2, at: 2)
        lists.append(3, at: 3)
        lists.append(4, at: 0)
        lists.append(5, at: 1)
        #expect(Array(lists[0]) == [1, 4])
        #expect(Array(lists[1]) == [5])
        #expect(Array(lists[2]) == [2])
        #expect(Array(lists[3]) == [3])
    }

    @Test("the last value of each position's list, as its list ends")
    func lastValues() {
        var lists = PositionLists(count: 5)
        lists.append(7, at: 0)
        lists.append(8, at: 0)
        lists.append(3, at: 2)
        lists.append(4, at: 1)
        for position in -1...5 { #expect(lists.last(at: position) == lists[position].last, "position \(position)") }
        #expect(lists.last(at: 0) == 8 && lists.last(at: 1) == 4 && lists.last(at: 2) == 3)
        #expect(lists.last(at: 3) == nil && lists.last(at: 4) == nil)
    }
}
