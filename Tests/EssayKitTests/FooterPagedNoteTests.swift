import EssayKit
import Testing

/// A LaTeX paper's text layer with its word spaces lost and pages parted only by a repository's
/// footer: the byline's names numbered for the affiliations under it, the notes at each page's foot
/// written `1. Text` (an invented paper of the shape of the development corpus's glued one).
@Suite("Notes at the foot of pages parted by a repository's footer, under a numbered byline")
struct FooterPagedNoteTests {
    static let paper = """
        J,V0N0 1
        A Paper on Widgets
        AdaRoe1andTomVale2
        1SchoolofLaw,UniversityofNowhere
        2DepartmentofEconomics,SomewhereCollege
        We study widgets in the presence of careful buyers and find that the law matters to them.
        Thewidgetmarketisoftensaidtobeefficientbymanyofitsstudents.1
        Yetbuyersaremorecautiousthanthat:theyreadthelabelsandcomparetheprices.2
        1. Wecallthemcarefulbuyersthroughout.
        2. Onlabels,seethediscussionbelow.
        Electronic copy available at: https://ssrn.com/abstract=1234567
        2 .V0N0
        The second page goes on with the model of the market and marks a third note.3
        The model has two parties and a court that errs now and then in both directions.
        3. Thecourtmayalsoerrinthebuyer’sfavour.
        Electronic copy available at: https://ssrn.com/abstract=1234567
        """

    @Test("the affiliations under the byline are no notes; the notes are the pages' `N. Text` lines")
    func affiliationsAreNoNotes() throws {
        let essay = try Fixture.essay(Self.paper)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Wecallthemcarefulbuyersthroughout.")
        #expect(essay.footnote("3")?.content.text == "Thecourtmayalsoerrinthebuyer’sfavour.")
        #expect(!essay.footnotes.contains { $0.content.text.contains("SchoolofLaw") })
    }

    @Test("a page's first line opening `N. ` is a note only when the body marks it")
    func unmarkedNumberedLineStaysBody() throws {
        let essay = try Fixture.essay(Self.paper.replacingOccurrences(of: "marks a third note.3", with: "marks nothing more."))
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
    }
}
