/// The abbreviations Canadian legislation is cited by, with the shape of what follows each.
///
/// Written from the McGill Guide (*Canadian Guide to Uniform Legal Citation*, 9th ed, 2018), rules
/// 2.1 and 2.2 and its table of jurisdiction abbreviations: the statute volumes of Canada and each
/// province and territory (revised `RS..` and annual `S..`), their consolidations with no year
/// (`CCSM`, `CQLR`), and the regulation series (`SOR/`, `SI/`, `CRC`, `O Reg` ...). No open dataset
/// lists them; the Guide's table is short and changes only when a jurisdiction renames its series.
enum CanadianLegislationCodes {
    /// What follows an abbreviation.
    enum Shape {
        /// `RSNS 1989, c 172`, `SC 1985 (33-34 Eliz II), c 7`, `RRO 1990, Reg 194`: a year, then the chapter.
        case yearChapter
        /// `CCSM c C20`, `CQLR c C-12`, `CRC, c 870`: a consolidation's chapter with no year.
        case chapter
        /// `SOR/94-211`, `SI/2000-100`: the federal series, a slash, then the year and number.
        case slashNumber
        /// `O Reg 191/11`, `BC Reg 23/2011`: a provincial regulation's number over its year.
        case numberOverYear
    }

    /// One abbreviation: its letters, the shape after it, and whether it prints regulations.
    struct Code {
        let letters: StaticString
        let shape: Shape
        let isRegulation: Bool
    }

    /// Each jurisdiction's revised and annual statutes: Canada, the provinces, the territories
    /// (`RSN` is Newfoundland's before 1990, `SNu` Nunavut's).
    private static let statuteVolumes: [StaticString] = [
        "RSC", "SC", "RSA", "SA", "RSBC", "SBC", "RSM", "SM", "RSNB", "SNB", "RSNL", "SNL", "RSN", "SN", "RSNS", "SNS",
        "RSNWT", "SNWT", "SNu", "RSO", "SO", "RSPEI", "SPEI", "RSQ", "SQ", "RSS", "SS", "RSY", "SY",
    ]

    /// Every abbreviation, longest first so that `RSNWT` is tried before `RSN`.
    static let all: [Code] = {
        var codes = statuteVolumes.map { Code(letters: $0, shape: .yearChapter, isRegulation: false) }
        codes += (["CCSM", "CQLR"] as [StaticString]).map { Code(letters: $0, shape: .chapter, isRegulation: false) }
        codes += [Code(letters: "CRC", shape: .chapter, isRegulation: true), Code(letters: "RRO", shape: .yearChapter, isRegulation: true),
                  Code(letters: "RRNS", shape: .yearChapter, isRegulation: true), Code(letters: "RRS", shape: .yearChapter, isRegulation: true)]
        codes += (["SOR", "SI"] as [StaticString]).map { Code(letters: $0, shape: .slashNumber, isRegulation: true) }
        codes += (["O Reg", "BC Reg", "Alta Reg", "Man Reg", "NB Reg", "NS Reg", "Nfld Reg", "NLR", "PEI Reg", "Sask Reg", "NWT Reg", "Nu Reg", "YOIC"] as [StaticString])
            .map { Code(letters: $0, shape: .numberOverYear, isRegulation: true) }
        return codes.sorted { $0.letters.utf8CodeUnitCount > $1.letters.utf8CodeUnitCount }
    }()

    /// The abbreviations opening with each capital (`A`...`Z`), longest first as in `all`: a volume
    /// is looked for after every comma before a capital, and most capitals open none.
    private static let byInitial: [[Code]] = (0..<26).map { letter in
        all.filter { $0.letters.description.utf8.first == UInt8(ascii: "A") + UInt8(letter) }
    }

    /// The abbreviations that open with `byte`, longest first; none for a byte that is not a capital.
    static func opening(with byte: UInt8) -> [Code] {
        guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return [] }
        return byInitial[Int(byte - UInt8(ascii: "A"))]
    }
}
