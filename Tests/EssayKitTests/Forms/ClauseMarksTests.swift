import Foundation
import Testing
@testable import EssayKit

/// `ClauseMarks` and the gate `CitationForms.read` builds of it: a form is called on a clause that
/// holds what it needs (`CitationForm.needs`), and never on one that does not, where it would read
/// nothing.
@Suite("Forms skipped for a clause without the words they need")
struct ClauseMarksTests {
    /// Clauses each gated form reads (invented, in the shapes of the forms' own tests), the form,
    /// and the same clause with the needed word taken out, which the form reads no more.
    static let gated: [(clause: String, form: any CitationForm.Type, without: String)] = [
        ("Treaty on European Union, Article 7.", NamedInstrumentForm.self, "Tready on European Union, Article 7."),
        ("Compl. (doc. no. 4) at 12.", RecordDocumentForm.self, "Compl. (dox. no. 4) at 12."),
        ("Appellee’s Br. at 9.", RecordTitleForm.self, "Appellee’s Bf. at 9."),
        ("UN Doc A/HRC/31/40.", UNDocumentSymbolForm.self, "UN Dok A/HRC/31/40."),
        ("Commission, ‘Communication on a plan for ferries’ COM (2012) 118 final.", CommissionDocumentForm.self,
         "Commission, ‘Communication on a plan for ferries’ CAM (2012) 118 final."),
        ("UNSC Res 1402 (30 March 2002).", UNResolutionForm.self, "UNSC Rez 1402 (30 March 2002)."),
        ("Widget Safety Act 2011, s 4(2).", ActSectionForm.self, "Widget Safety Act of 2011, s 4(2)."),
        ("Fed. R. Evid. 403.", CourtRuleForm.self, "Fed. Q. Evid. 403."),
        ("Roe v. Ruritania, Application No. 23456/07, Judgment of 3 May 2008, para 12.", ApplicationCaseForm.self,
         "Roe v. Ruritania, Application No. 23456-07, Judgment of 3 May 2008, para 12."),
        ("Convention on the Status of Walkers (adopted 2 June 1960, entered into force 4 April 1962) 300 UNTS 12, art 4.",
         AdoptedTreatyForm.self, "Convention on the Status of Walkers (agreed 2 June 1960, entered into force 4 April 1962) 300 UNTS 12, art 4."),
        ("Ann Roe, Harbor Trusts Today, SM091 ALI-ABA 3, 17 (2009).", CourseMaterialsForm.self,
         "Ann Roe, Harbor Trusts Today, SM091 AXI-ABA 3, 17 (2009)."),
        ("Roe, A. (2019). How harbors are run. Journal of Ports, 12(3), 45-67.", APAReferenceForm.self,
         "Roe, A (2019). How harbors are run. Journal of Ports, 12(3), 45-67."),
        ("Roe v Widgetco, 2016 FC 302.", NeutralCitationForm.self, "Roe v Widgetco, 201 FC 302."),
        ("Widget Agency, “Revise Widget Labels,” 12 C.F.R. Part 9, 88 Federal Register 40112, May 2, 2023.", RegisterNoticeForm.self,
         "Widget Agency, Revise Widget Labels, 12 C.F.R. Part 9, 88 Federal Register 40112, May 2, 2023."),
        ("Quay Trust, 'Members' (Quay Trust Papers, 3 May 2020) <https://example.org/members> accessed 8 June 2021.", AccessedWebPageForm.self,
         "Quay Trust, Members' (Quay Trust Papers, 3 May 2020) <https://example.org/members> accessed 8 June 2021."),
        ("Otto Brand, 'Trusts Without Trustees' (2011) 27 Oxford Journal of Private Law 455, 461.", CommonwealthArticleForm.self,
         "Otto Brand, Trusts Without Trustees' (2011) 27 Oxford Journal of Private Law 455, 461."),
        ("Commission Notice on ferries, OJ C 188/4 of 2.6.2016.", OfficialJournalForm.self, "Commission Notice on ferries, QJ C 188/4 of 2.6.2016."),
        ("Journal of Laws of 2017, item 1412.", GazetteForm.self, "Journal of Lawz of 2017, item 1412."),
        ("Ola Berg, \"Tolls on Rivers,\" River Law Quarterly 41 (2008): 233.", ChicagoArticleForm.self,
         "Ola Berg, Tolls on Rivers,\" River Law Quarterly 41 (2008): 233."),
        ("Gesetz über die Haftung für Widgets of 3.7.2004 (BGBl. I 1414).", GermanActForm.self,
         "Gesitz über die Haftung für Widgets of 3.7.2004 (BGBl. I 1414)."),
        ("In re Gadget Co., No. 1:20-cv-01234, slip op. at 7 (D. Del. Mar. 2, 2021).", DocketCaseForm.self,
         "In re Gadget Co., Nos 1:20-cv-01234, slip op. at 7 (D. Del. Mar. 2, 2021)."),
        ("Vermont Laws of 2021, ch. 33.", StateSessionLawForm.self, "Vermont Laws in 2021, ch. 33."),
        ("U.S. Const. art. I, § 8.", ConstitutionForm.self, "U.S. Konst. art. I, § 8."),
        ("Ransome on Damages, 5 th edn, para 3.14.", EditionBookForm.self, "Ransome on Damages, 5 th xdn, para 3.14."),
    ]

    static func whole(_ text: CitationText) -> Range<Int> { 0..<text.count }

    @Test("a clause holding what a form needs reaches the form, and the form reads it")
    func clauseWithTheWordReachesTheForm() {
        for (clause, form, _) in Self.gated {
            let text = CitationText(RichText(text: clause))
            #expect(CitationForms.forms(for: text, Self.whole(text)).contains { $0 == form }, "\(clause)")
            #expect(form.read(text, Self.whole(text)) != nil, "\(clause)")
        }
    }

    @Test("the same clause without the word never reaches the form, which would read nothing")
    func clauseWithoutTheWordDoesNot() {
        for (_, form, without) in Self.gated {
            let text = CitationText(RichText(text: without))
            #expect(!CitationForms.forms(for: text, Self.whole(text)).contains { $0 == form }, "\(without)")
            #expect(form.read(text, Self.whole(text)) == nil, "\(without)")
        }
    }

    @Test("each mark is found wherever its bytes are, and only there")
    func marksFound() {
        let cases: [(String, ClauseMarks)] = [
            ("the Framework Convention", .instrumentWord), ("a treaty", []), ("ECF No. 3", [.docketLabel, .numberLabel, .digit]),
            ("Dkt", .docketLabel), ("D.E.", .docketLabel), ("docs", .docketLabel), ("UN doc", [.unDocument, .docketLabel]),
            ("U.N. Doc", [.unDocument, .docketLabel]), ("SWD", .commissionSeries), ("C(2019)", [.commissionSeries, .digit]),
            ("GA Res ", .resolution), ("Act 2", [.actYear, .digit]), ("Act of 2", .digit), ("Decl.", .filingWord),
            ("Opp’n", .filingWord), ("L.R. ", .ruleMark), ("Rules", .ruleMark), ("3/4", [.numberSlash, .digit]), ("a/4", .digit),
            ("ALI", .ali), ("Charter (opened for signature ", [.instrumentWord, .treatyDates]), ("x(adopted ", []),
            ("§ 3", [.sectionOrParagraph, .digit]), ("Roe, A. (", .periodParenthesis), ("Roe, A (", []), ("¶", .sectionOrParagraph), ("— é", []),
            // Past the first sixteen bytes, and capitals whose second byte opens no mark's word.
            ("see generally the long and winding road to the Treaty", .instrumentWord),
            ("as the parties argued in their own Resp. and Reply", .filingWord), ("Cal. Rptr. Court Smith", []),
            ("UNGA Res 5 and Rules", [.resolution, .ruleMark, .digit]), ("R 4", [.ruleMark, .digit]),
            // Quotation marks: a double one anywhere; any one that may open a title at the start or after a space.
            ("a \"b\"", [.doubleQuote, .openingQuote]), ("x\"", .doubleQuote), ("Int'l", []), ("'t", .openingQuote),
            ("a ‘b’", .openingQuote), ("“", [.doubleQuote, .openingQuote]), ("a”", []), ("a ”b", .openingQuote), ("x“", .doubleQuote),
            // A year before a space or a bracket, four digits that open their run.
            ("[2008] UKHL 1", [.digit, .yearThenSpace]), ("2004 SCC", [.digit, .yearThenSpace]), ("12345 x", .digit),
            ("(1993)", .digit), ("2019,", .digit), ("12345/678", [.numberSlash, .digit]), ("x 20191 ]", .digit),
            // The German words for a law and a code, inside a word too; a constitution; a number's label; session laws.
            ("Handelsgesetzbuch", .germanLawWord), ("Zivilprozessordnung", .germanLawWord), ("Gesetz", .germanLawWord), ("ordnen", []),
            ("U.S. Const.", .constitution), ("CONST.", .constitution), ("Constitution", .constitution), ("a constitution", []),
            ("Widgetco, No. 3", [.numberLabel, .digit]), ("No.3", .digit), ("Nos. 3", .digit),
            ("NY Laws of 2022", [.sessionLaws, .digit]), ("88th Leg., R.S.", [.sessionLaws, .ruleMark, .digit]), ("Laws 2022", .digit),
            // An edition's word after a space, in either case, and any word opening so; not inside a word.
            ("8th edn", [.digit, .editionWord]), ("2 Ed.", [.digit, .editionWord]), ("the edge", .editionWord), ("red", []),
            ("Ed.", []), ("a(ed", []),
            // Capitals no mark's word opens with are passed over.
            ("GHIKLNQVWXYZ HIGH LAW", []),
        ]
        for (clause, expected) in cases {
            let text = CitationText(RichText(text: clause))
            #expect(ClauseMarks(text, Self.whole(text)) == expected, "\(clause)")
        }
    }

    @Test("only the range asked about is looked at")
    func marksOfARange() {
        let text = CitationText(RichText(text: "ECF 3; Treaty"))
        #expect(ClauseMarks(text, 0..<5) == [.docketLabel, .digit])
        #expect(ClauseMarks(text, 7..<13) == .instrumentWord)
        #expect(ClauseMarks(text, 1..<13) == [.instrumentWord, .digit])
    }

    /// Every clause and commentary of the real essays' notes, with and without its first word (a
    /// signal), as ranges of the note's text.
    static func realClauses() -> [(text: CitationText, range: Range<Int>)] {
        let folder = Fixture.root.appendingPathComponent("Tests/EssayKitTests/Fixtures/real")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".source.md") && $0 != "README.md" }.sorted()
        var clauses: [(text: CitationText, range: Range<Int>)] = []
        for name in names {
            guard let essay = try? EssayParser().parse(contentsOf: folder.appendingPathComponent(name).path) else { continue }
            for footnote in essay.footnotes {
                let text = CitationText(footnote.content)
                for segment in footnote.segments where !segment.textRange.isEmpty && segment.textRange.upperBound <= text.count {
                    clauses.append((text, segment.textRange))
                    if let space = text.bytes[segment.textRange].firstIndex(of: UInt8(ascii: " ")), space + 1 < segment.textRange.upperBound {
                        clauses.append((text, space + 1..<segment.textRange.upperBound))
                    }
                }
            }
        }
        return clauses
    }

    /// The reading of the forms that may open with the citation's first byte, none skipped for its marks.
    static func readByFirstByteForms(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let forms = citation.isEmpty ? CitationForms.clauseForms : CitationForms.clauseFormsByFirstByte[Int(text.bytes[citation.lowerBound])].map(\.form)
        for form in forms {
            if let reading = form.read(text, body) { return reading }
        }
        return nil
    }

    @Test("no gated form reads a real clause whose marks it does not need, and the table reads each as with no form skipped for its marks")
    func realClausesReadTheSame() {
        let gatedForms = CitationForms.clauseForms.filter { form in
            let needs = form.needs
            return !needs.all.isEmpty || !needs.any.isEmpty
        }
        #expect(gatedForms.count >= Self.gated.count)
        let clauses = Self.realClauses()
        #expect(clauses.count > 2_000)
        var skipped = 0
        for (text, range) in clauses {
            let citation = ClauseEnds.withoutClosingPeriod(text, range)
            let marks = ClauseMarks(text, citation)
            for form in gatedForms where !form.needs.isMet(by: marks) {
                skipped += 1
                #expect(form.read(text, range) == nil, "\(form) \(text.string(range))")
            }
            #expect(CitationForms.read(text, range) == Self.readByFirstByteForms(text, range), "\(text.string(range))")
        }
        #expect(skipped > clauses.count)
    }
}
