import LowLevel

/// The words and marks a clause holds that some citation forms cannot do without (`Treaty`, `ECF`,
/// `COM`, `UN Doc`, `Act 1998`, a digit ...), found in one pass over its bytes.
///
/// `CitationForms.read` finds them once for a clause and calls a form only when the clause holds
/// what the form needs (`CitationForm.needs`): most clauses hold none of a rare form's words, and
/// each form searching the clause for its own cost more than the one pass. A mark is found wherever
/// its bytes are written, inside a word too, so a form's need may only name bytes its `read`
/// requires inside the citation (`ClauseEnds.withoutClosingPeriod`).
struct ClauseMarks: OptionSet, Sendable {
    let rawValue: UInt32

    /// A digit.
    static let digit = ClauseMarks(rawValue: 1 << 0)
    /// The byte 0xC2 that opens `§` and `¶`.
    static let sectionOrParagraph = ClauseMarks(rawValue: 1 << 1)
    /// `Treaty`, `Charter`, `Convention`, `Covenant`, `Protocol`, `Declaration`, `Statute` or `Agreement`.
    static let instrumentWord = ClauseMarks(rawValue: 1 << 2)
    /// A docket entry's label: `Doc`, `doc`, `Dkt`, `ECF` or `D.E.`.
    static let docketLabel = ClauseMarks(rawValue: 1 << 3)
    /// `UN Doc`, `UN doc` or `U.N. Doc`.
    static let unDocument = ClauseMarks(rawValue: 1 << 4)
    /// A Commission series: `COM`, `SWD`, `SEC`, `JOIN` or `C(`.
    static let commissionSeries = ClauseMarks(rawValue: 1 << 5)
    /// `Res ` (`UNGA Res 1/2`).
    static let resolution = ClauseMarks(rawValue: 1 << 6)
    /// `Act ` and a digit (`Human Rights Act 1998`).
    static let actYear = ClauseMarks(rawValue: 1 << 7)
    /// A word of a filing's title cited alone: `Compl`, `Br.`, `Mot.`, `Mem.`, `Opp`, `Reply`,
    /// `Decl.`, `Aff.`, `Tr.`, `Dep.`, `Resp.`, `Obj.`, `Stmt.`, `SAC`, `FAC`, `TAC` or `SUMF`.
    static let filingWord = ClauseMarks(rawValue: 1 << 8)
    /// What a court rule's set is written with: `R.`, `R `, `Rule` or `RULE`.
    static let ruleMark = ClauseMarks(rawValue: 1 << 9)
    /// A slash between digits (`12345/06`).
    static let numberSlash = ClauseMarks(rawValue: 1 << 10)
    /// `ALI`.
    static let ali = ClauseMarks(rawValue: 1 << 11)
    /// ` (` and a treaty's date word (`(adopted `, `(opened for signature `, `(Signed ` ...).
    static let treatyDates = ClauseMarks(rawValue: 1 << 12)
    /// `. (`: an initial's period, a space and a parenthesis, as an author-date lead has (`Smith, J. (2019).`).
    static let periodParenthesis = ClauseMarks(rawValue: 1 << 13)
    /// A double quotation mark, `"` or `“`, anywhere.
    static let doubleQuote = ClauseMarks(rawValue: 1 << 14)
    /// A quotation mark that may open a title (`"`, `'`, `“`, `‘` or `”`) where a title may open: at
    /// the clause's start or after a space.
    static let openingQuote = ClauseMarks(rawValue: 1 << 15)
    /// Four digits that open a run of them and are followed by a space or `]`, as a neutral
    /// citation's year is (`[2008] UKHL 15`, `2004 SCC 73`).
    static let yearThenSpace = ClauseMarks(rawValue: 1 << 16)
    /// `OJ` before a space, a period or the series letter (`OJ L 119/1`, `OJ C200/1`): the Official Journal of the EU.
    static let officialJournal = ClauseMarks(rawValue: 1 << 17)
    /// A law gazette's name: `Journal of Laws`, `Official Gazette`, `Dz.`.
    static let gazette = ClauseMarks(rawValue: 1 << 18)
    /// `esetz` or `rdnung`: the German words for a law and a code (`Gesetz`, `Zivilprozessordnung`).
    static let germanLawWord = ClauseMarks(rawValue: 1 << 19)
    /// `Const` or `CONST`: a constitution (`U.S. Const. art. I`).
    static let constitution = ClauseMarks(rawValue: 1 << 20)
    /// `No. `: a number's label (`, No. 19-1234`).
    static let numberLabel = ClauseMarks(rawValue: 1 << 21)
    /// `Laws of ` or `Leg.`: a state's session laws (`1999 N.Y. Laws of 5`, `Tex. Gen. Laws ... Leg.`).
    static let sessionLaws = ClauseMarks(rawValue: 1 << 22)
    /// ` ed` or ` Ed`: a word that may name an edition (`ed.`, `edn`, `edition`, `Ed.`), found at the
    /// `d` the pass stops at anyway.
    static let editionWord = ClauseMarks(rawValue: 1 << 23)

    /// What a form needs of a clause to be worth calling: every mark of `all`, and one of `any`
    /// unless it is empty.
    struct Need: Sendable {
        var all: ClauseMarks = []
        var any: ClauseMarks = []

        /// No need: the form is called on every clause.
        static let nothing = Need()

        /// Whether a clause with `marks` may be read by the form.
        func isMet(by marks: ClauseMarks) -> Bool {
            marks.isSuperset(of: all) && (any.isEmpty || !marks.isDisjoint(with: any))
        }
    }

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    private static let treatyDateWords: [StaticString] = ["adopted ", "opened for signature ", "signed ", "concluded ", "done ", "entered into force "]

    /// The marks written in `range` of `text`.
    ///
    /// Each capital is told apart by the byte after it before any word is compared: most capitals
    /// of a clause open names (`Court`, `Smith`) whose second byte no mark's word has.
    init(_ text: CitationText, _ range: Range<Int>) {
        let bytes = text.bytes
        let end = min(range.upperBound, bytes.count)
        var found: ClauseMarks = []
        var index = range.lowerBound
        while true {
            // Lower-case letters and spaces, most of a clause, open no mark but `doc`; of the bytes
            // past `z`, only the leads of `§`, `¶` and the curly quotation marks are ones. Sixteen bytes are passed over at a time.
            index = ByteScan.firstIndex(in: bytes.span, from: index, upTo: end, lanes: Self.mayMark, matches: Self.mayMark)
            guard index < end else { break }
            let byte = bytes[index]
            if Bytes.isUpper(byte) || byte == UInt8(ascii: "d") {
                found.formUnion(Self.wordMarks(bytes, at: index, end: end))
                if byte == UInt8(ascii: "d"), index - 2 >= range.lowerBound, bytes[index - 2] == UInt8(ascii: " "),
                   bytes[index - 1] | 0x20 == UInt8(ascii: "e") {
                    found.insert(.editionWord)
                }
            } else {
                switch byte {
                case UInt8(ascii: "z"):
                    if index - 4 >= range.lowerBound, Self.matches(bytes, "esetz", at: index - 4, end: end) { found.insert(.germanLawWord) }
                case UInt8(ascii: "g"):
                    if index - 5 >= range.lowerBound, Self.matches(bytes, "rdnung", at: index - 5, end: end) { found.insert(.germanLawWord) }
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    found.insert(.digit)
                    if index + 4 < end, index == range.lowerBound || !Bytes.isDigit(bytes[index - 1]),
                       Bytes.isDigit(bytes[index + 1]), Bytes.isDigit(bytes[index + 2]), Bytes.isDigit(bytes[index + 3]),
                       bytes[index + 4] == UInt8(ascii: " ") || bytes[index + 4] == UInt8(ascii: "]") {
                        found.insert(.yearThenSpace)
                    }
                    // The rest of the run opens no mark: a digit's marks are read at its run's start.
                    while index + 1 < end, Bytes.isDigit(bytes[index + 1]) { index += 1 }
                case 0xC2:
                    found.insert(.sectionOrParagraph)
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if byte == UInt8(ascii: "\"") { found.insert(.doubleQuote) }
                    if index == range.lowerBound || bytes[index - 1] == UInt8(ascii: " ") { found.insert(.openingQuote) }
                case 0xE2:
                    // `“` (E2 80 9C), `‘` (98), `”` (9D); the dashes and `’` that share the lead are no mark.
                    guard index + 2 < end, bytes[index + 1] == 0x80 else { break }
                    let last = bytes[index + 2]
                    if last == 0x9C { found.insert(.doubleQuote) }
                    if last == 0x9C || last == 0x98 || last == 0x9D, index == range.lowerBound || bytes[index - 1] == UInt8(ascii: " ") {
                        found.insert(.openingQuote)
                    }
                case UInt8(ascii: "/"):
                    if index > range.lowerBound, index + 1 < end, Bytes.isDigit(bytes[index - 1]), Bytes.isDigit(bytes[index + 1]) { found.insert(.numberSlash) }
                case UInt8(ascii: "("):
                    if index > range.lowerBound, bytes[index - 1] == UInt8(ascii: "C") { found.insert(.commissionSeries) }
                    if index >= range.lowerBound + 2, bytes[index - 1] == UInt8(ascii: " "), bytes[index - 2] == UInt8(ascii: ".") {
                        found.insert(.periodParenthesis)
                    }
                    if index > range.lowerBound, bytes[index - 1] == UInt8(ascii: " "),
                       Self.treatyDateWords.contains(where: { text.has($0, at: index + 1, end: end, ignoringFirstLetterCase: true) }) {
                        found.insert(.treatyDates)
                    }
                default:
                    break
                }
            }
            index += 1
        }
        self = found
    }

    /// Whether `byte` may open a mark: a digit, a capital some mark's word opens with (`A`-`F`, `J`,
    /// `L`-`P`, `R`-`U`), `d`, `(`, `/`, a quotation mark (`"`, `'`, the lead of the curly ones),
    /// the lead of `§` and `¶`, or the `z` and `g` that end `esetz` and `rdnung`. Capital titles (`CYBER WAR`) hold many capitals no mark opens with.
    private static func mayMark(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || byte &- UInt8(ascii: "A") < 6 || byte == UInt8(ascii: "J") || byte &- UInt8(ascii: "L") < 3
            || byte &- UInt8(ascii: "O") < 2 || byte &- UInt8(ascii: "R") < 4 || byte == UInt8(ascii: "d")
            || byte == UInt8(ascii: "g") || byte == UInt8(ascii: "z")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/") || byte == 0xC2
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xE2
    }

    /// `mayMark` of sixteen bytes at once; inlined into the pass's loop, so its sixteen-byte
    /// constants are made once a pass, not once a block.
    @inline(__always)
    private static func mayMark(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (block &- SIMD16(repeating: UInt8(ascii: "0"))) .< SIMD16(repeating: 10)
            .| (block &- SIMD16(repeating: UInt8(ascii: "A"))) .< SIMD16(repeating: 6)
            .| block .== SIMD16(repeating: UInt8(ascii: "J")) .| (block &- SIMD16(repeating: UInt8(ascii: "L"))) .< SIMD16(repeating: 3)
            .| block .== SIMD16(repeating: UInt8(ascii: "g")) .| block .== SIMD16(repeating: UInt8(ascii: "z"))
            .| (block &- SIMD16(repeating: UInt8(ascii: "O"))) .< SIMD16(repeating: 2)
            .| (block &- SIMD16(repeating: UInt8(ascii: "R"))) .< SIMD16(repeating: 4)
            .| block .== SIMD16(repeating: UInt8(ascii: "d")) .| block .== SIMD16(repeating: UInt8(ascii: "("))
            .| block .== SIMD16(repeating: UInt8(ascii: "/")) .| block .== SIMD16(repeating: 0xC2)
            .| block .== SIMD16(repeating: UInt8(ascii: "\"")) .| block .== SIMD16(repeating: UInt8(ascii: "'"))
            .| block .== SIMD16(repeating: 0xE2)
    }

    /// The marks of the words that start at `index` with a capital (or `d`), chosen by the byte after it.
    private static func wordMarks(_ bytes: [UInt8], at index: Int, end: Int) -> ClauseMarks {
        guard index + 1 < end else { return [] }
        func has(_ literal: StaticString) -> Bool { matches(bytes, literal, at: index, end: end) }
        switch (bytes[index], bytes[index + 1]) {
        case (UInt8(ascii: "d"), UInt8(ascii: "o")):
            return has("doc") ? .docketLabel : []
        case (UInt8(ascii: "A"), UInt8(ascii: "c")):
            return has("Act ") && index + 4 < end && Bytes.isDigit(bytes[index + 4]) ? .actYear : []
        case (UInt8(ascii: "A"), UInt8(ascii: "L")):
            return has("ALI") ? .ali : []
        case (UInt8(ascii: "A"), UInt8(ascii: "g")):
            return has("Agreement") ? .instrumentWord : []
        case (UInt8(ascii: "A"), UInt8(ascii: "f")):
            return has("Aff.") ? .filingWord : []
        case (UInt8(ascii: "B"), UInt8(ascii: "r")):
            return has("Br.") ? .filingWord : []
        case (UInt8(ascii: "C"), UInt8(ascii: "o")):
            if has("Convention") || has("Covenant") { return .instrumentWord }
            if has("Const") { return .constitution }
            return has("Compl") ? .filingWord : []
        case (UInt8(ascii: "C"), UInt8(ascii: "h")):
            return has("Charter") ? .instrumentWord : []
        case (UInt8(ascii: "C"), UInt8(ascii: "O")):
            if has("CONST") { return .constitution }
            return has("COM") ? .commissionSeries : []
        case (UInt8(ascii: "D"), UInt8(ascii: "e")):
            if has("Declaration") { return .instrumentWord }
            return has("Decl.") || has("Dep.") ? .filingWord : []
        case (UInt8(ascii: "D"), UInt8(ascii: "o")):
            return has("Doc") ? .docketLabel : []
        case (UInt8(ascii: "D"), UInt8(ascii: "z")):
            return has("Dz.") ? .gazette : []
        case (UInt8(ascii: "D"), UInt8(ascii: "k")):
            return has("Dkt") ? .docketLabel : []
        case (UInt8(ascii: "D"), UInt8(ascii: ".")):
            return has("D.E.") ? .docketLabel : []
        case (UInt8(ascii: "E"), UInt8(ascii: "C")):
            return has("ECF") ? .docketLabel : []
        case (UInt8(ascii: "F"), UInt8(ascii: "A")):
            return has("FAC") ? .filingWord : []
        case (UInt8(ascii: "J"), UInt8(ascii: "O")):
            return has("JOIN") ? .commissionSeries : []
        case (UInt8(ascii: "L"), UInt8(ascii: "a")):
            return has("Laws of ") ? .sessionLaws : []
        case (UInt8(ascii: "L"), UInt8(ascii: "e")):
            return has("Leg.") ? .sessionLaws : []
        case (UInt8(ascii: "N"), UInt8(ascii: "o")):
            return has("No. ") ? .numberLabel : []
        case (UInt8(ascii: "M"), UInt8(ascii: "o")):
            return has("Mot.") ? .filingWord : []
        case (UInt8(ascii: "M"), UInt8(ascii: "e")):
            return has("Mem.") ? .filingWord : []
        case (UInt8(ascii: "O"), UInt8(ascii: "J")):
            guard index + 2 < end else { return [] }
            let after = bytes[index + 2]
            return after == UInt8(ascii: " ") || after == UInt8(ascii: ".") || after == UInt8(ascii: "L") || after == UInt8(ascii: "C") ? .officialJournal : []
        case (UInt8(ascii: "O"), UInt8(ascii: "f")):
            return has("Official Gazette") ? .gazette : []
        case (UInt8(ascii: "J"), UInt8(ascii: "o")):
            return has("Journal of Laws") ? .gazette : []
        case (UInt8(ascii: "O"), UInt8(ascii: "p")):
            return has("Opp") ? .filingWord : []
        case (UInt8(ascii: "O"), UInt8(ascii: "b")):
            return has("Obj.") ? .filingWord : []
        case (UInt8(ascii: "P"), UInt8(ascii: "r")):
            return has("Protocol") ? .instrumentWord : []
        case (UInt8(ascii: "R"), UInt8(ascii: ".")), (UInt8(ascii: "R"), UInt8(ascii: " ")):
            return .ruleMark
        case (UInt8(ascii: "R"), UInt8(ascii: "u")):
            return has("Rule") ? .ruleMark : []
        case (UInt8(ascii: "R"), UInt8(ascii: "U")):
            return has("RULE") ? .ruleMark : []
        case (UInt8(ascii: "R"), UInt8(ascii: "e")):
            var marks: ClauseMarks = []
            if has("Res ") { marks.insert(.resolution) }
            if has("Reply") || has("Resp.") { marks.insert(.filingWord) }
            return marks
        case (UInt8(ascii: "S"), UInt8(ascii: "t")):
            if has("Statute") { return .instrumentWord }
            return has("Stmt.") ? .filingWord : []
        case (UInt8(ascii: "S"), UInt8(ascii: "W")):
            return has("SWD") ? .commissionSeries : []
        case (UInt8(ascii: "S"), UInt8(ascii: "E")):
            return has("SEC") ? .commissionSeries : []
        case (UInt8(ascii: "S"), UInt8(ascii: "A")):
            return has("SAC") ? .filingWord : []
        case (UInt8(ascii: "S"), UInt8(ascii: "U")):
            return has("SUMF") ? .filingWord : []
        case (UInt8(ascii: "T"), UInt8(ascii: "r")):
            if has("Treaty") { return .instrumentWord }
            return has("Tr.") ? .filingWord : []
        case (UInt8(ascii: "T"), UInt8(ascii: "A")):
            return has("TAC") ? .filingWord : []
        case (UInt8(ascii: "U"), UInt8(ascii: "N")), (UInt8(ascii: "U"), UInt8(ascii: ".")):
            return has("UN Doc") || has("UN doc") || has("U.N. Doc") ? .unDocument : []
        default:
            return []
        }
    }

    /// Whether `literal` is written at `index` of `bytes`, ending no later than `end`.
    private static func matches(_ bytes: [UInt8], _ literal: StaticString, at index: Int, end: Int) -> Bool {
        ByteScan.matches(literal, in: bytes, at: index, end: end)
    }
}
