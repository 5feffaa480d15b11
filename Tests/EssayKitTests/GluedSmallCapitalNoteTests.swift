@testable import EssayKit
import LowLevel
import Testing

/// A journal's PDF as MarkItDown (pdfminer) converts it: each note's number glued to its text at
/// the page's foot (`3Anna-Marie Costa, …`), names and titles in small capitals that the
/// publisher's font writes as private-use characters (U+F761–U+F77A for small `a`–`z`), notes
/// that open with a year (`511998 c. 4, s 7`). Names, titles and citations are invented.
@Suite("Glued note numbers before small capitals, years, and a note no rule takes")
struct GluedSmallCapitalNoteTests {
    /// `word` with every letter after its first (and after each hyphen's first) in private-use
    /// small capitals, as such a font writes a name printed in small capitals.
    static func smallCaps(_ text: String) -> String {
        var out = ""
        var first = true
        for character in text {
            if let ascii = character.asciiValue, ascii >= UInt8(ascii: "a"), ascii <= UInt8(ascii: "z"), !first,
               let scalar = Unicode.Scalar(0xF761 + UInt32(ascii - UInt8(ascii: "a"))) {
                out.unicodeScalars.append(scalar)
            } else {
                out.append(character)
            }
            first = !(character.isLetter)
        }
        return out
    }

    /// Pages of body text, each marking its notes glued (`decade.5`), then the notes, each on its
    /// line with its number glued to its text, then the page's number.
    static func pages(_ notes: [String], perPage: Int = 4) -> String {
        var pages: [String] = []
        for first in stride(from: 0, to: notes.count, by: perPage) {
            let chunk = notes[first..<min(first + perPage, notes.count)]
            let body = chunk.indices.map { "The harbour rule was read narrowly in the cases of that decade.\($0 + 1) The ports paid for that reading." }
            let feet = chunk.indices.map { "\($0 + 1)\(chunk[$0])" }
            pages.append(body.joined(separator: "\n\n") + "\n\n" + feet.joined(separator: "\n") + "\n\n\(100 + pages.count)\n")
        }
        return "HARBOUR DUES AND THE COMMON LAW\n\n" + pages.joined(separator: "\u{0C}")
    }

    @Test("private-use small capitals are read as their letters, each line keeping its place")
    func privateUseLetters() throws {
        let text = Self.smallCaps("Anna-Marie Costa") + ", O\u{F76E} T\u{F772}\u{F775}\u{F773}\u{F774}\u{F773}\nnext line\n"
        let read = try #require(PrivateUseLetters.rewritten(Array(text.utf8)))
        #expect(read.count == 17)
        #expect(read.bytes.count == text.utf8.count)
        let lines = String(decoding: read.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("Anna-Marie Costa, On Trusts"))
        #expect(lines[0].utf8.count == text.split(separator: "\n")[0].utf8.count)
        #expect(lines[1] == "next line")
        // An accented small capital (U+F7E8, `è`) and an old-style figure (U+F731, `1`).
        #expect(PrivateUseLetters.rewritten(Array("R\u{F7E8}gle \u{F731}".utf8)).map { String(decoding: $0.bytes, as: UTF8.self) } == "Règle 1   ")
        #expect(PrivateUseLetters.rewritten(Array("Plain text, \u{FFFD} and \u{F8FF}.".utf8)) == nil)
    }

    @Test("a glued note whose name in small capitals carries a hyphen is read, and every note after it")
    func hyphenatedSmallCapitals() throws {
        let notes = [
            "Ruth Vane, The Long Ledger 12 (2004).",
            "Tomas Erl, A Theory of Dues 8 (1999).",
            Self.smallCaps("Anna-Marie Costa, On Trusts") + ", II.4.",
            "Vane, supra note 1, at 14.",
            Self.smallCaps("Pierre-Luc Dumont, La Regle") + " 40 (2001).",
            "Ibid at 41.",
        ]
        let essay = try Fixture.essay(Self.pages(notes), path: "harbour-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("3")?.content.text == "Anna-Marie Costa, On Trusts, II.4.")
        #expect(essay.footnote("4")?.content.text == "Vane, supra note 1, at 14.")
        #expect(essay.footnote("5")?.content.text == "Pierre-Luc Dumont, La Regle 40 (2001).")
        #expect(essay.diagnostics.contains { $0.message.contains("small capitals are written as private-use characters") })
    }

    @Test("the address-cut guard counts a letter beyond ASCII as a name's, an ASCII code as an address's")
    func addressGuard() {
        func start(_ text: String, _ expected: Int) -> Int? {
            let line = Array(text.utf8)[...]
            return LineRules.gluedNoteStart(line, digits: line.prefix(while: Bytes.isDigit), expected: expected)?.textStart
        }
        #expect(start("7ÉMILE-LÉON, Les Ports 4 (1990).", 7) == 1)
        #expect(start("2XRS-A4ZG].", 2) == nil)
        #expect(start("31O’Neill-Brady, supra note 30, at 9.", 31) == 2)
        #expect(start("4ÅSA-LENA BERG, supra note 2.", 4) == 1)
    }

    @Test("a note number glued to a year: split where the expected number ends and a year follows")
    func gluedToAYear() {
        func start(_ text: String, _ expected: Int) -> Int? {
            let line = Array(text.utf8)[...]
            return LineRules.gluedNoteStart(line, digits: line.prefix(while: Bytes.isDigit), expected: expected)?.textStart
        }
        #expect(start("511998 c. 4, s 7 of the Harbour Act.", 51) == 2)
        #expect(start("232004 SCC 17 at para 33.", 23) == 2)
        #expect(start("92009 CanLII 412 (ON SC).", 9) == 1)
        #expect(start("121998, c. 3.", 12) == 2)
        #expect(start("78[2011] 2 SCR 640 at para 12.", 78) == 2)
        // Not a year, not the expected number, or a year before a word in lower case: no note.
        #expect(start("512019 data show a rise.", 51) == nil)
        #expect(start("511998 c. 4, s 7.", 52) == nil)
        #expect(start("519998 SCC 4.", 51) == nil)
        #expect(start("78[20] 2 SCR 640.", 78) == nil)
    }

    @Test("notes that open with a year after their glued numbers are read, and the notes after them")
    func yearLedNotes() throws {
        let notes = [
            "Ruth Vane, The Long Ledger 12 (2004).",
            "1998 c. 4, s 7 of the Harbour Act.",
            "2004 SCC 17 at para 33.",
            "[2011] 2 SCR 640 at para 12.",
            "Ibid at para 14.",
        ]
        let essay = try Fixture.essay(Self.pages(notes), path: "harbour-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "1998 c. 4, s 7 of the Harbour Act.")
        #expect(essay.footnote("3")?.content.text == "2004 SCC 17 at para 33.")
        #expect(essay.footnote("4")?.content.text == "[2011] 2 SCR 640 at para 12.")
    }

    @Test("a glued note no rule takes does not end the reading: the next note resynchronises, the missed one is split off")
    func resynchronises() throws {
        let notes = [
            "Ruth Vane, The Long Ledger 12 (2004).",
            "Ibid at 13.",
            "ibid at 9; Tomas Erl, A Theory of Dues 8 (1999).",
            "This rule was later read more widely.",
            "Vane, supra note 1, at 20.",
            "Ibid.",
        ]
        let essay = try Fixture.essay(Self.pages(notes, perPage: 3), path: "harbour-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "Ibid at 13.")
        #expect(essay.footnote("3")?.content.text == "ibid at 9; Tomas Erl, A Theory of Dues 8 (1999).")
        #expect(essay.footnote("4")?.content.text == "This rule was later read more widely.")
        #expect(essay.footnote("5")?.content.text == "Vane, supra note 1, at 20.")
    }

    @Test("thirty-six glued notes in small capitals, years and bracketed years are all read")
    func manyNotes() throws {
        var notes: [String] = []
        for index in 0..<36 {
            switch index % 6 {
            case 0: notes.append(Self.smallCaps("Anna-Marie Costa, On Trusts") + " \(10 + index) (1990).")
            case 1: notes.append("\(1990 + index) c. \(index % 9 + 1), s 4 of the Harbour Act.")
            case 2: notes.append("Ibid.")
            case 3: notes.append("\(2000 + index % 20) SCC \(index) at para 3.")
            case 4: notes.append("[\(2000 + index % 20)] 2 SCR \(600 + index) at para 9.")
            default: notes.append(Self.smallCaps("Jean-Paul Marais, Harbour Law") + ", 4(2) Global Ports \(70 + index) (2001).")
            }
        }
        let essay = try Fixture.essay(Self.pages(notes), path: "harbour-markitdown.md")
        #expect(essay.footnotes.map(\.label) == (1...36).map(String.init))
        #expect(essay.footnote("36")?.content.text == "Jean-Paul Marais, Harbour Law, 4(2) Global Ports 105 (2001).")
    }
}
