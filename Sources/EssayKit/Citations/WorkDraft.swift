/// What one full citation says about its work, before the catalog gives it an id.
struct WorkDraft: Equatable {
    var kind: Authority.Kind
    var authors: [String] = []
    /// The citation names no author; the author is the one the surrounding notes discuss.
    var authorImplied = false
    /// The citation names its authors `dies.` or `ders.` (German: the same as the citation before's),
    /// whatever that work's kind: the run gives it that work's authors.
    var authorsAsBefore = false
    /// The authors are a body (a UN organ, an agency, a website), not people.
    var authorIsInstitution = false
    var title: String
    var year: Int?
    var container: String?
    var volume: String?
    var firstPage: String?
    var documentNumber: String?
    /// The words before a document number: `U.N. Doc.`.
    var documentPrefix: String?
    /// The organ that adopted a resolution: `G.A.`, `S.C.`.
    var resolutionBody: String?
    var url: String?
    var shortNames: [String] = []
    /// An instrument or its part named short, by an abbreviation or a title without its year
    /// (`HWA, s 12`, `Harbour Works Act, s 41`): the run gives it the instrument cited in full
    /// before under that name (`InstrumentPartForm`).
    var namedShort = false
    /// A case's court: its courts-db id (`ca2`) and name, when the citation or its reporter says.
    var court: String?
    var courtName: String?
    /// A case's other reporters, each `VOL REPORTER PAGE` as reporters-db spells the reporter.
    var parallelCitations: [String] = []
    /// A case's reporter as printed, when other than `container` (`U.S.P.Q.2d`).
    var printedReporter: String?
    /// A case cited before its pages are known (`590 U.S. ___`).
    var isBlankPage = false
}
