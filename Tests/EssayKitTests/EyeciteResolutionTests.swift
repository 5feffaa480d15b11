import EssayKit
import Foundation
import Testing

/// eyecite's short-form resolution cases (`Fixtures/eyecite/resolution-sequences.txt`, translated
/// from its `tests/test_ResolveTest.py`), each sequence resolved as the footnotes of one essay.
@Suite("eyecite's resolution sequences")
struct EyeciteResolutionTests {
    /// One footnote of a sequence and the work its citation must resolve to (nil: none).
    struct Row {
        var expected: Int?
        var text: String
    }

    struct Sequence {
        var name: String
        var rows: [Row]
    }

    /// The issue's floor; eyecite itself gets 74 of the 77 on the same text, joined into one document.
    static let floor = 75

    static func sequences() throws -> [Sequence] {
        let path = Fixture.fixtures.appendingPathComponent("eyecite/resolution-sequences.txt")
        var sequences: [Sequence] = []
        for line in try String(contentsOf: path, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("== ") {
                sequences.append(Sequence(name: String(line.dropFirst(3)), rows: []))
            } else if !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t"), !sequences.isEmpty {
                let mark = line[..<tab]
                let expected = mark == "-" ? nil : Int(mark)
                sequences[sequences.count - 1].rows.append(Row(expected: expected, text: String(line[line.index(after: tab)...])))
            }
        }
        return sequences
    }

    /// Which rows of a sequence legit resolves as expected: each row's citations must all name
    /// the one work its number stands for (the work the first row with that number named, which
    /// no other number may share), or, for rows marked `-`, none.
    static func score(_ sequence: Sequence) -> [Bool] {
        let resolved = CitationResolver().resolve(notes: sequence.rows.map(\.text))
        var works: [Int: String] = [:]
        return zip(sequence.rows, resolved.footnotes).map { row, footnote in
            let named = Set(footnote.citations.compactMap(\.authorityID))
            guard let expected = row.expected else { return named.isEmpty }
            guard named.count == 1, let work = named.first else { return false }
            if works[expected] == nil, !works.values.contains(work) { works[expected] = work }
            return works[expected] == work
        }
    }

    @Test("at least 75 of the 77 footnotes resolve as eyecite's tests expect")
    func score() throws {
        let sequences = try Self.sequences()
        var right = 0
        var total = 0
        var wrong: [String] = []
        for sequence in sequences {
            for (row, isRight) in zip(sequence.rows, Self.score(sequence)) {
                total += 1
                if isRight { right += 1 } else { wrong.append("\(sequence.name): \(row.expected.map(String.init) ?? "-") \(row.text)") }
            }
        }
        print("eyecite resolution sequences: legit \(right) of \(total) right" + wrong.map { "\n  wrong: \($0)" }.joined())
        #expect(total == 77)
        #expect(right >= Self.floor, "wrong: \(wrong.joined(separator: " | "))")
    }
}
