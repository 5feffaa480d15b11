/// How one clause of a footnote reads as a citation: its form, pinpoint and extent.
struct ClauseReading: Equatable {
    /// A full citation's draft, shared rather than copied: a clause's reading passes from
    /// segmenting to resolving, and a shared draft is one reference to count where the draft's
    /// strings are a dozen (an `indirect` case still copied the draft out wherever it was read).
    final class SharedWork: Equatable, Sendable {
        let work: WorkDraft

        init(_ work: WorkDraft) {
            self.work = work
        }

        static func == (left: SharedWork, right: SharedWork) -> Bool {
            left.work == right.work
        }
    }

    enum Form: Equatable {
        case full(SharedWork)
        case id
        /// `Name, supra note N` (`note` nil: `Name, supra, at 2`, a case or work named once before).
        case supra(name: String, note: String?)
        /// `Roe, Title, in SHORT BOOK, supra note 4`: another chapter of the book note 4 names
        /// (`ChapterInSupra`), a work of its own.
        indirect case chapterSupra(ChapterInSupra.Chapter, note: String)
        /// `Name, infra note N`: a work a later note cites in full (`InfraForm`), resolved once it is read.
        case infra(name: String, note: String)
        case short(name: String)
        /// `Wal-Mart, 564 U.S. at 358`, `564 U.S. at 343–46`: a case by volume and reporter.
        case caseShort(name: String?, volumeKey: String)
        /// `GAO, Event Ticket Sales, pp. 6-11`: a name an earlier note declared for a work
        /// (`hereinafter GAO, Event Ticket Sales`), as policy writing repeats it. A clause that
        /// names no declared work is the author's words: no citation and no warning.
        case declared(name: String)
        /// `Silvers, 81 N.Y.U. L. Rev. at 1850`, `81 N.Y.U. L. Rev. 1844 at 1868`: an article by
        /// volume and journal (`AuthorityCatalog.journalVolumeKey`), perhaps with its first page.
        indirect case journalShort(name: String?, volumeKey: String, firstPage: String?)
        /// A section with no code beside it, `§300gg–11` (`BareSectionForm`) or `sec. 69e para 1`
        /// (`CodeSectionMention`): a section of a code named elsewhere, which the run finds by one
        /// rule (`ResolutionRun`), or the author's words when it finds none.
        indirect case bareSection(BareSection)
        /// `130 Stat. at 1355`: a session law by its series' volume, cited in full before
        /// (`SessionLawShortForm`), the page its pinpoint.
        case seriesShort(volume: String, series: String)
        /// `post, at 12`, `ante, at 5`, `supra, at 56`: pages of the essay itself (`OwnPagesForm`),
        /// no work; an *Id.* after them means them.
        case ownPages
        /// `*Hill*`: a case cited again by its name alone (`CaseNameAloneForm`), the one case cited
        /// before whose name holds the words; none or several, and the clause is the author's words.
        case caseName(String)
        /// `Appellant’s Br. at 5`: a record filing by its title alone (`RecordTitleForm`), the one
        /// filing cited before under that title; none, and the title is a filing of its own.
        case recordTitle(SharedWork)
        /// `P. 41.`, `Pp. 52–53.`: pages of the book an essay reviews (`ReviewedPagesForm`), the work
        /// its first note cites, the pages the pinpoint.
        case reviewedPages
        /// `Para 212`, `Cf para 30 ff`, `Judge Marlow, para 12`: paragraphs alone (`BareParagraphForm`),
        /// of the work a note declared bare paragraph numbers to mean, or else an *Id.*'s work (a
        /// judge's opinion, `judge` set, none).
        case bareParagraph(judge: Bool)
        /// `Roe, Quiet Harbours, 45`, `Roe, "Quiet Harbours," 45`: a Chicago shortened note
        /// (`ChicagoShortForm`), the one work cited before by that author whose title holds the
        /// short title's words in order. `marked`: the title is quoted or emphasised, so a clause
        /// that names no such work is reported rather than taken for the author's words.
        indirect case shortTitle(author: String, title: String, marked: Bool)
    }

    /// A section cited with no code beside it.
    struct BareSection: Equatable {
        /// The section as a code's pinpoint: `§300gg–11`, `§§ 3, 5`, `§ 69e`.
        var section: Pinpoint
        /// Whether the author's words name it (`sec. 69e`, as continental notes write a section of
        /// the essay's own code), so that it may mean the code the notes cite by name; a bare `§`
        /// means only the code the same note just cited.
        var inTheAuthorsWords: Bool
        /// Whether the record's pages follow it (`§5.05(b), id., at 25`): a section of a law read in
        /// the record, as a court cites the law its running text named.
        var readInTheRecord = false
        /// Whether only a titled code's section cited before with that number may be meant
        /// (`Section 2261(b)` after `28 U. S. C. §2261`, `SectionWordForm`): no other rule gives it a code.
        var onlyCited = false
        /// Whether it is written as an Act's section (`s 27(1)(a)(v)`, `ActBareSectionForm`): only the
        /// Act whose section the notes just cited may be meant.
        var ofAct = false
    }

    /// A further work the same full citation names, with its pinpoint: each section of a list
    /// (`21 U.S.C. §§ 348, 379e` cites § 348 and § 379e).
    struct Sibling: Equatable {
        var work: SharedWork
        var pinpoint: Pinpoint?
    }

    var form: Form
    var pinpoint: Pinpoint?
    /// The citation's text, without signal or closing period.
    var citation: Range<Int>
    /// Commentary that follows the citation inside the same clause.
    var trailing: Range<Int>?
    /// The parts few readings have (`Rare`), nil when the reading has none: a reading is returned by
    /// value by each form the table tries, and the parts kept inline are what each return copies.
    private var rare: Rare?

    /// The further works, parentheticals, history and history's cases of a reading, kept apart
    /// because few readings have any; never changed, so a changed reading gets a new one.
    private final class Rare: Sendable {
        let siblings: [Sibling]
        let parentheticals: [String]
        let history: String?
        let historyCases: [WorkDraft]

        /// The parts, or nil when there are none.
        static func make(siblings: [Sibling], parentheticals: [String], history: String?, historyCases: [WorkDraft]) -> Rare? {
            guard !siblings.isEmpty || !parentheticals.isEmpty || history != nil || !historyCases.isEmpty else { return nil }
            return Rare(siblings: siblings, parentheticals: parentheticals, history: history, historyCases: historyCases)
        }

        private init(siblings: [Sibling], parentheticals: [String], history: String?, historyCases: [WorkDraft]) {
            self.siblings = siblings
            self.parentheticals = parentheticals
            self.history = history
            self.historyCases = historyCases
        }
    }

    init(form: Form, pinpoint: Pinpoint? = nil, siblings: [Sibling] = [], citation: Range<Int>, trailing: Range<Int>? = nil,
         parentheticals: [String] = [], history: String? = nil, historyCases: [WorkDraft] = []) {
        self.form = form
        self.pinpoint = pinpoint
        self.citation = citation
        self.trailing = trailing
        rare = Rare.make(siblings: siblings, parentheticals: parentheticals, history: history, historyCases: historyCases)
    }

    /// The further works of a full citation that names several, after the form's own.
    var siblings: [Sibling] {
        get { rare?.siblings ?? [] }
        set { rare = Rare.make(siblings: newValue, parentheticals: parentheticals, history: history, historyCases: historyCases) }
    }

    /// A case's explanatory parentheticals and subsequent history, kept apart from the case.
    var parentheticals: [String] {
        get { rare?.parentheticals ?? [] }
        set { rare = Rare.make(siblings: siblings, parentheticals: newValue, history: history, historyCases: historyCases) }
    }

    var history: String? {
        get { rare?.history }
        set { rare = Rare.make(siblings: siblings, parentheticals: parentheticals, history: newValue, historyCases: historyCases) }
    }

    /// The cases the subsequent history names (`rev'd sub nom. Doe v. Roe, 565 U.S. 469`), or a
    /// court filing's case (`Brief for Appellant at 3, Roe v. State, 287 A.3d 301`): no works the
    /// note cites, but ones a later short form may name (`Doe, 565 U.S. at 474`).
    var historyCases: [WorkDraft] {
        get { rare?.historyCases ?? [] }
        set { rare = Rare.make(siblings: siblings, parentheticals: parentheticals, history: history, historyCases: newValue) }
    }

    static func == (left: ClauseReading, right: ClauseReading) -> Bool {
        left.form == right.form && left.pinpoint == right.pinpoint && left.citation == right.citation && left.trailing == right.trailing
            && left.siblings == right.siblings && left.parentheticals == right.parentheticals && left.history == right.history
            && left.historyCases == right.historyCases
    }
}
