import Testing
@testable import EssayKit

/// `CitationForm.mayOpen(with:)` and the table by first byte `CitationForms.read` walks: a form is
/// skipped only for a clause it would not read.
@Suite("Forms skipped by the byte a citation opens with")
struct FormOpeningTests {
    /// Clauses of many forms, invented in the shapes each form reads.
    static let samples: [String] = [
        "Brief for Respondents 27.",
        "Reply Brief for the Widget Makers 4.",
        "Petition for a Writ of Certiorari, Alder Co. v. Birch Corp., No. 25-123 (U.S. Sep. 2, 2025).",
        "Tr. of Oral Arg. 54.",
        "BGH, 2005 GRUR 860, 861.",
        "Cass. Civ. 1ère, 3 June 1999, Bull. Civ. 1999, I, n° 77.",
        "J-M Durand, *Droit des pompes*, PUF, 3rd edition 2011, n° 118.",
        "12/80 Alder v. Birch (1985).",
        "110 BGHZ 60, 62.",
        "Case C-5/08, Widget International A/S v. Gadget Forening, para. 12.",
        "LARENZ/WOLF, Allgemeiner Teil des Rechts, 9th ed., 2004, ref. 12.",
        "KÖNIG, Lizenzen vor Gericht, GRUR 2009, 12, 14.",
        "S.Res. 598.",
        "Exec. Order No. 13,000, 61 Fed. Reg. 1 (Jan. 2, 1996).",
        "Art. V(A), 71 Stat. 500.",
        "H.R. 5304, p. 3.",
        "CRS In Focus IF10177, Widget Investment, by Ann Able.",
        "IRS Notice 2025-68, Widget Credits (Oct. 1, 2025).",
        "Rev. Proc. 2020-1, 2020-1 I.R.B. 1.",
        "Sen. Jane Roe, remarks in the Senate, Congressional Record, daily edition, vol. 177 (March 4, 2031), p. S1234.",
        "§ 12(b).",
        "ANN ROE, WIDGETS AND GADGETS 34 (2001).",
        "Vermont Laws of 2021, ch. 33.",
        "Gesetz gegen den unlauteren Wettbewerb (Wettbewerbsgesetz) of 3.7.2004.",
        "Jan Roe, *The Widget Question*, 82 AM. J. INT’L L. 746, 750 (2016).",
        "Alder v. Birch, 1 U.S. 1 (1800).",
        "15 U.S.C. § 78j(b) (2018).",
        "Roe, *supra* note 1, at 4.",
        "*Id.* at 5.",
        "see the widget rules, 12 C.F.R. pt. 5.",
        "“Widget Rules,” 80 Fed. Reg. 100 (Jan. 2, 2015).",
        "U.S. Const. art. I, § 8, cl. 3.",
        "Ibid.",
        "id. at 7.",
        "post, at 12 (dissenting opinion).",
        "p. 5 of Widget Agency, Widget Report, 2021.",
        "For example, Jan Roe, *Widget Law*, 82 AM. J. INT’L L. 746, 750 (2016).",
        "Council Directive 91/250/EEC of 14 May 1991 on the legal protection of widgets.",
    ]

    static func whole(_ text: CitationText) -> Range<Int> { 0..<text.count }

    /// The reading of the whole table in order, no form skipped.
    static func readByEveryForm(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        for form in CitationForms.clauseForms {
            if let reading = form.read(text, body) { return reading }
        }
        return nil
    }

    @Test("the table by first byte reads every sample as the whole table does")
    func sameReadings() {
        var read = 0
        for sample in Self.samples {
            let text = CitationText(RichText(text: sample))
            let reading = CitationForms.read(text, Self.whole(text))
            #expect(reading == Self.readByEveryForm(CitationText(RichText(text: sample)), Self.whole(text)), "\(sample)")
            if reading != nil { read += 1 }
        }
        #expect(read >= Self.samples.count - 4)
    }

    @Test("a form reads none of the samples made to open with a byte it may not open with")
    func refusedOpeningsReadNothing() {
        let bytes = Array(UInt8(ascii: "!")...UInt8(ascii: "~"))
        for sample in Self.samples where sample.utf8.first.map({ $0 < 0x80 }) == true {
            for byte in bytes {
                var changed = Array(sample.utf8)
                changed[0] = byte
                let text = CitationText(RichText(text: String(decoding: changed, as: UTF8.self)))
                for form in CitationForms.clauseForms where !form.mayOpen(with: byte) {
                    let reading = form.read(text, Self.whole(text))
                    #expect(reading == nil, "\(String(describing: form)) read \(String(decoding: changed, as: UTF8.self))")
                }
            }
        }
    }

    @Test("each form that names its openings may open with the first byte of a sample it reads")
    func readSamplesOpenAsDeclared() {
        for sample in Self.samples {
            let text = CitationText(RichText(text: sample))
            let citation = ClauseEnds.withoutClosingPeriod(text, Self.whole(text))
            guard let first = citation.first else { continue }
            for form in CitationForms.clauseForms where form.read(text, Self.whole(text)) != nil {
                let mayOpen = form.mayOpen(with: text.bytes[first])
                #expect(mayOpen, "\(String(describing: form)) reads \(sample)")
            }
        }
    }

    @Test("most forms name their openings: a clause opening with `J` is tried by fewer than the whole table")
    func fewerFormsForALetter() {
        let forJ = CitationForms.clauseFormsByFirstByte[Int(UInt8(ascii: "J"))].count
        #expect(forJ < CitationForms.clauseForms.count - 10)
        let briefForB = CitationForms.clauseFormsByFirstByte[Int(UInt8(ascii: "B"))].contains { $0.form == BriefForm.self }
        let briefForJ = CitationForms.clauseFormsByFirstByte[Int(UInt8(ascii: "J"))].contains { $0.form == BriefForm.self }
        #expect(briefForB)
        #expect(!briefForJ)
    }
}
