/// One way of writing a citation, as a small recogniser: it tells whether a clause is written so,
/// and reads it.
///
/// The forms legit reads are the entries of `CitationForms.clauseForms`, tried in order on each
/// clause of a footnote, its signal taken off; the first that reads the clause wins. A new form is
/// a new type, an entry in that table and a test file of its own, not another branch in a long
/// function. The works a full citation names by its comma-separated fields (articles, books,
/// UN documents ...) are a second table of the same kind, `WorkForms.all`.
protocol CitationForm: Sendable {
    /// `body` read in this form, or nil when it is not written so.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading?

    /// Whether a citation of this form may open with `byte`: false only where `read` returns nil
    /// for every clause whose citation (`ClauseEnds.withoutClosingPeriod`) opens so, as its first
    /// test. `CitationForms.read` skips the form for such a clause without calling it.
    static func mayOpen(with byte: UInt8) -> Bool

    /// What a clause must hold (`ClauseMarks`) for `read` to read it: a clause without it is one
    /// `read` returns nil for, and `CitationForms.read` skips the form for it without calling it.
    static var needs: ClauseMarks.Need { get }
}

extension CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { true }

    static var needs: ClauseMarks.Need { .nothing }
}

/// The table of citation forms, in the order they are tried.
enum CitationForms {
    /// Short forms first: a full form's reading of `Foo, supra note 3, at 2` would be wrong.
    static let clauseForms: [any CitationForm.Type] = [
        ProseLeadIn.self,
        OwnReportPartForm.self,
        InquiryDocumentForm.self,
        LeadingPinpoint.self,
        NamedIbidForm.self,
        AuthorIbidForm.self,
        IdForm.self,
        BareParagraphForm.self,
        ActArticleForm.self,
        PinpointOnlyForm.self,
        ParagraphIbidForm.self,
        OwnPagesForm.self,
        ReviewedPagesForm.self,
        BracketedSupraForm.self,
        SupraForm.self,
        NoteCrossReferenceForm.self,
        AboveNoteForm.self,
        InfraForm.self,
        AuthorDateShortForm.self,
        ColonAuthorDateForm.self,
        LostAddressPageForm.self,
        CommentaryMarginForm.self,
        RestatementForm.self,
        RecordDocumentForm.self,
        ExhibitForm.self,
        CourtRuleForm.self,
        StateCourtRuleForm.self,
        CourtOwnRulesForm.self,
        CivilProcedureRulesForm.self,
        CourtAddressForm.self,
        LeadingAddressForm.self,
        DocumentTypeForm.self,
        CanadianStatuteForm.self,
        JurisdictionActForm.self,
        ActSectionForm.self,
        ActShortNameForm.self,
        ActBareSectionForm.self,
        InstrumentPartForm.self,
        RecordedSectionForm.self,
        PinpointLedForm.self,
        PartOfAddressForm.self,
        CommunicationForm.self,
        DatedRecordForm.self,
        InterviewReportForm.self,
        FileSerialForm.self,
        BriefForm.self,
        PetitionForm.self,
        OralArgumentForm.self,
        RecordTitleForm.self,
        CaseFilingForm.self,
        TrailingFilingForm.self,
        DatedDecisionForm.self,
        CourtDecisionForm.self,
        FrenchDecisionForm.self,
        FrenchDoctrineForm.self,
        UnreportedJudgmentForm.self,
        DocketLedCaseForm.self,
        OfficialReportForm.self,
        EUCourtCaseForm.self,
        AdoptedTreatyForm.self,
        ApplicationCaseForm.self,
        UNResolutionForm.self,
        UNDocumentSymbolForm.self,
        UNSymbolFieldForm.self,
        EULegislationForm.self,
        GazetteForm.self,
        ParliamentaryPaperForm.self,
        CommissionDocumentForm.self,
        NamedInstrumentForm.self,
        ArticleOfInstrumentForm.self,
        OfficialJournalForm.self,
        CommentaryForm.self,
        SlashAuthorsWorkForm.self,
        TreatiseShortForm.self,
        TreatiseForm.self,
        EuropeanArticleForm.self,
        CityYearBookForm.self,
        GermanActForm.self,
        NamedPageShortForm.self,
        NumberedDocumentForm.self,
        PresidentialInstrumentForm.self,
        BudgetOfficeDocumentForm.self,
        APAReferenceForm.self,
        ChicagoBookEntryForm.self,
        ChicagoArticleForm.self,
        UnpublishedWorkForm.self,
        ProseBookLeadForm.self,
        ChicagoBookNoteForm.self,
        LinkNumberForm.self,
        CommonwealthArticleForm.self,
        InitialsArticleForm.self,
        AccessedWebPageForm.self,
        CommaQuotedNewsForm.self,
        YearBookForm.self,
        InstitutionalTreatiseForm.self,
        EditionParenthesisBookForm.self,
        YearVolumeReportForm.self,
        NeutralCitationForm.self,
        RoundYearReportForm.self,
        YearSeriesCaseForm.self,
        UnlistedSeriesCaseForm.self,
        ParagraphShortForm.self,
        CaseShortForm.self,
        UnlistedSeriesShortForm.self,
        CaseForm.self,
        DocketCaseForm.self,
        CourtYearCaseForm.self,
        PublisherBookForm.self,
        PlainTitleBookForm.self,
        EditionBookForm.self,
        ArticleClauseForm.self,
        ConstitutionForm.self,
        RegisterNoticeForm.self,
        StateBillLawForm.self,
        StatuteForm.self,
        SessionLawForm.self,
        SessionLawShortForm.self,
        StateSessionLawForm.self,
        BillForm.self,
        CRSProductForm.self,
        FederalGuidanceForm.self,
        MemorandumNumberForm.self,
        RecordRemarksForm.self,
        JournalShortForm.self,
        BareSectionForm.self,
        CourseMaterialsForm.self,
        SmallCapsBookForm.self,
        ClassicWorkForm.self,
        FullWorkForm.self,
        FoundAtForm.self,
        NamedShortForm.self,
        ProseAddressForm.self,
        SectionWordForm.self,
        CaseNameAloneForm.self,
        ChicagoShortForm.self,
    ]

    /// The longest citation, in bytes, looked for after a signal inside commentary. Real ones run
    /// to a few hundred bytes; the bound keeps a long note from being read once per signal.
    static let longestSearched = 2_048

    /// The forms whose citations carry a mark no prose does (a reporter, a section sign, a public
    /// law's number), which are looked for in the author's explanatory parentheticals too.
    static let markedForms: [any CitationForm.Type] = [CaseShortForm.self, CaseForm.self, StatuteForm.self, SessionLawForm.self, RuleMentionForm.self,
                                                         ActSectionMentionForm.self]

    /// The first reading of `body` by a marked form (`markedForms`), or nil.
    static func readMarked(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard !body.isEmpty else { return nil }
        for form in markedForms {
            if let reading = form.read(text, body) { return reading }
        }
        return nil
    }

    /// A form of the table with its need (`CitationForm.needs`), read once when the table is made.
    struct Entry: Sendable {
        let form: any CitationForm.Type
        let needs: ClauseMarks.Need
        /// Whether the form needs anything, so that the clause's marks must be found before it.
        let isGated: Bool
    }

    /// `clauseForms` for each first byte of a citation: the forms that may open with it
    /// (`CitationForm.mayOpen`), in the table's order.
    static let clauseFormsByFirstByte: [[Entry]] = (0...255).map { byte in
        clauseForms.filter { $0.mayOpen(with: UInt8(byte)) }.map { form in
            let needs = form.needs
            return Entry(form: form, needs: needs, isGated: !needs.all.isEmpty || !needs.any.isEmpty)
        }
    }

    /// The forms `read` calls for `body`, in order: those that may open with its citation's first
    /// byte and whose needs the citation meets.
    static func forms(for text: CitationText, _ body: Range<Int>) -> [any CitationForm.Type] {
        guard !body.isEmpty else { return [] }
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty else { return clauseForms }
        let marks = ClauseMarks(text, citation)
        return clauseFormsByFirstByte[Int(text.bytes[citation.lowerBound])].filter { $0.needs.isMet(by: marks) }.map(\.form)
    }

    /// The first reading of `body` in the table's order, or nil when no form reads it.
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard !body.isEmpty else { return nil }
        // Only the forms that may open with the citation's first byte: a full citation is tried by
        // every form before `FullWorkForm`, and most of them want one opening letter or two.
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty else {
            for form in clauseForms {
                if let reading = form.read(text, body) { return reading }
            }
            return nil
        }
        // The clause's marks, found at the first form that needs any: a clause an earlier form
        // reads (`Id.`) is never scanned.
        var marks: ClauseMarks?
        for entry in clauseFormsByFirstByte[Int(text.bytes[citation.lowerBound])] {
            if entry.isGated {
                let found = marks ?? ClauseMarks(text, citation)
                marks = found
                guard entry.needs.isMet(by: found) else { continue }
            }
            if let reading = entry.form.read(text, body) { return withRemarkPinpoint(text, reading) }
        }
        return nil
    }

    /// `reading`, given the place its quoting parenthetical ends with when it has none of its own
    /// (`RemarkPinpoint`: `Ivo Brandt, Public Powers (Ashgrove, 2011) (“a conduit” at 31)`).
    /// Consumed: a reading passed on as it is was copied, a reference counted for each of its fields.
    private static func withRemarkPinpoint(_ text: CitationText, _ reading: consuming ClauseReading) -> ClauseReading {
        guard reading.pinpoint == nil, let place = RemarkPinpoint.read(text, citation: reading.citation, trailing: reading.trailing) else { return reading }
        reading.pinpoint = place
        return reading
    }
}
