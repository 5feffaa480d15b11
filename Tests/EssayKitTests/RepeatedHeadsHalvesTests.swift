@testable import EssayKit
import Testing

/// Running heads counted in two halves of a long essay's units, on two cores, are the heads one
/// count over all the units finds (`RepeatedHeads`).
@Suite("Running heads counted in halves")
struct RepeatedHeadsHalvesTests {
    /// Units of one line each: body lines, with a running head (a title and a page number) at
    /// `heads`, and the head's title alone, word for word, at `titles`.
    private func units(count: Int, heads: [Int], titles: [Int]) -> (units: [[Range<Int>]], bytes: [UInt8]) {
        var bytes: [UInt8] = []
        var units: [[Range<Int>]] = []
        for index in 0..<count {
            let line = heads.contains(index) ? "Widgets and Their Keepers \(100 + index)"
                : titles.contains(index) ? "The Keeping of Widgets" : "A body line about widgets, number \(index), ends here."
            let start = bytes.count
            bytes += Array(line.utf8)
            units.append([start..<bytes.count])
            bytes.append(0x0A)
        }
        return (units, bytes)
    }

    @Test("a head printed once in each half is a head, as in one count; a title three times across the halves is one too")
    func headsAcrossHalves() {
        let (units, bytes) = units(count: 6000, heads: [10, 5990], titles: [20, 2990, 5980])
        let halves = RepeatedHeads(units: units, bytes: bytes, parallel: true)
        let whole = RepeatedHeads(units: units, bytes: bytes)
        for place in [10, 5990, 20, 2990, 5980, 11, 4000] {
            let line = bytes[units[place][0]]
            #expect(halves.contains(line: line) == whole.contains(line: line), "line \(place)")
        }
        #expect(halves.contains(line: bytes[units[10][0]]))
        #expect(halves.contains(line: bytes[units[20][0]]))
        #expect(!halves.contains(line: bytes[units[11][0]]))
    }
}
