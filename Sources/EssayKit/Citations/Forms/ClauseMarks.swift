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
    /// What a court rule's set is written with: `R.`, `R ` or `Rule`.
    static let ruleMark = ClauseMarks(rawValue: 1 << 9)
    /// A slash between digits (`12345/06`).
    static let numberSlash = ClauseMarks(rawValue: 1 << 10)
    /// `ALI`.
    static let ali = ClauseMarks(rawValue: 1 << 11)
    /// ` (` and a treaty's date word (`(adopted `, `(opened for signature `, `(Signed ` ...).
    static let treatyDates = ClauseMarks(rawValue: 1 << 12)

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
    init(_ text: CitationText, _ range: Range<Int>) {
        let bytes = text.bytes
        let end = range.upperBound
        var found: ClauseMarks = []
        var index = range.lowerBound
        func has(_ literal: StaticString) -> Bool { text.has(literal, at: index, end: end) }
        while index < end {
            let byte = bytes[index]
            // Lower-case letters, most of a clause, open no mark but `doc`; of the other bytes past
            // `Z`, only the lead of `§` and `¶` is one.
            if byte > UInt8(ascii: "Z"), byte != UInt8(ascii: "d"), byte != 0xC2 {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                found.insert(.digit)
            case 0xC2:
                found.insert(.sectionOrParagraph)
            case UInt8(ascii: "/"):
                if index > range.lowerBound, index + 1 < end, Bytes.isDigit(bytes[index - 1]), Bytes.isDigit(bytes[index + 1]) { found.insert(.numberSlash) }
            case UInt8(ascii: "("):
                if index > range.lowerBound, bytes[index - 1] == UInt8(ascii: "C") { found.insert(.commissionSeries) }
                if index > range.lowerBound, bytes[index - 1] == UInt8(ascii: " "),
                   Self.treatyDateWords.contains(where: { text.has($0, at: index + 1, end: end, ignoringFirstLetterCase: true) }) {
                    found.insert(.treatyDates)
                }
            case UInt8(ascii: "d"):
                if has("doc") { found.insert(.docketLabel) }
            case UInt8(ascii: "A"):
                if has("Act "), index + 4 < end, Bytes.isDigit(bytes[index + 4]) { found.insert(.actYear) }
                if has("ALI") { found.insert(.ali) }
                if has("Agreement") { found.insert(.instrumentWord) }
                if has("Aff.") { found.insert(.filingWord) }
            case UInt8(ascii: "B"):
                if has("Br.") { found.insert(.filingWord) }
            case UInt8(ascii: "C"):
                if has("Convention") || has("Charter") || has("Covenant") { found.insert(.instrumentWord) }
                if has("COM") { found.insert(.commissionSeries) }
                if has("Compl") { found.insert(.filingWord) }
            case UInt8(ascii: "D"):
                if has("Declaration") { found.insert(.instrumentWord) }
                if has("Doc") || has("Dkt") || has("D.E.") { found.insert(.docketLabel) }
                if has("Decl.") || has("Dep.") { found.insert(.filingWord) }
            case UInt8(ascii: "E"):
                if has("ECF") { found.insert(.docketLabel) }
            case UInt8(ascii: "F"):
                if has("FAC") { found.insert(.filingWord) }
            case UInt8(ascii: "J"):
                if has("JOIN") { found.insert(.commissionSeries) }
            case UInt8(ascii: "M"):
                if has("Mot.") || has("Mem.") { found.insert(.filingWord) }
            case UInt8(ascii: "O"):
                if has("Opp") || has("Obj.") { found.insert(.filingWord) }
            case UInt8(ascii: "P"):
                if has("Protocol") { found.insert(.instrumentWord) }
            case UInt8(ascii: "R"):
                if has("R.") || has("R ") || has("Rule") { found.insert(.ruleMark) }
                if has("Res ") { found.insert(.resolution) }
                if has("Reply") || has("Resp.") { found.insert(.filingWord) }
            case UInt8(ascii: "S"):
                if has("Statute") { found.insert(.instrumentWord) }
                if has("SWD") || has("SEC") { found.insert(.commissionSeries) }
                if has("Stmt.") || has("SAC") || has("SUMF") { found.insert(.filingWord) }
            case UInt8(ascii: "T"):
                if has("Treaty") { found.insert(.instrumentWord) }
                if has("Tr.") || has("TAC") { found.insert(.filingWord) }
            case UInt8(ascii: "U"):
                if has("UN Doc") || has("UN doc") || has("U.N. Doc") { found.insert(.unDocument) }
            default:
                break
            }
            index += 1
        }
        self = found
    }
}
