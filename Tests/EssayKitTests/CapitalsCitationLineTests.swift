import EssayKit
import Testing

/// A line in capitals that is a citation (small capitals turned capitals by a conversion) is text,
/// never a heading; a heading naming a case or a part by a roman numeral stays one. The texts are
/// invented.
@Suite("Citation lines in capitals are no headings")
struct CapitalsCitationLineTests {
    static func titles(_ essay: Essay) -> [String] {
        essay.sections.map(\.displayTitle)
    }

    @Test("a treatise's section, a journal's year and a case name standing alone in capitals are text")
    func citationLinesAreText() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            ## I. The Boards

            The boards keep ledgers, as the treatise says:

            RESTATEMENT (THIRD) OF LEDGERS § 12B

            and as the review found in its survey of forty boards:

            LEDGER L. REV. 317, 319 (2031). 35

            The leading case is

            ROE V. GRANT BOARD OF EXAMPLE COUNTY

            which held the ledgers public.

            ## II. The Remedy

            The remedy is to read them.
            """)
        #expect(Self.titles(essay) == ["I. The Boards", "II. The Remedy"])
    }

    @Test("headings that name a case with their part's number, or a part by its numeral, stay headings")
    func headingsStay() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            I. ROE V. GRANT BOARD

            The boards keep ledgers that no one reads.

            PART V. THE REMEDY

            The remedy is to read them.
            """)
        #expect(Self.titles(essay).contains { $0.contains("ROE V. GRANT BOARD") })
        #expect(Self.titles(essay).contains { $0.contains("THE REMEDY") })
    }
}
