@testable import EssayKit
import Testing

/// How titles and headings read: Pandoc's hyphen dashes, the untitled opening's name, a slip
/// opinion's title under markitdown's joined first line. Invented texts.
@Suite("Titles and headings as a reader sees them")
struct HeadingTextTests {
    @Test("Hyphen dashes in the title and headings are dashes; in code, links and addresses they stay")
    func smartDashes() throws {
        let essay = try Fixture.essay("""
            ---
            title: "Ferries and Trusts --- A Second Look"
            ---

            The years 1990--2001 saw many cases.

            ## Part I --- The Old Cases

            Text.

            ## Pages 10--12 of `a --- b` and <https://example.org/a--b>

            Text.

            ## Rules ---- and -\\-flags

            Text.
            """)
        #expect(essay.title == "Ferries and Trusts \u{2014} A Second Look")
        #expect(essay.sections.compactMap(\.title) == ["Part I \u{2014} The Old Cases", "Pages 10\u{2013}12 of `a --- b` and https://example.org/a--b",
                                                        "Rules ---- and --flags"])
        #expect(essay.sections[0].blocks.first?.content.text == "The years 1990--2001 saw many cases.")
    }

    @Test("An en dash moves the heading's later offsets on by its extra byte")
    func offsetsFollow() throws {
        let essay = try Fixture.essay("""
            # Harbors

            Text.

            ## Pages 10--12 and *Pike*

            Text.
            """)
        let heading = try #require(essay.sections.last?.heading)
        #expect(heading.text == "Pages 10\u{2013}12 and Pike")
        let span = try #require(heading.spans.first)
        #expect(heading.substring(span.range) == "Pike")
    }

    @Test("The untitled opening is no second `Introduction` beside the essay's own")
    func openingName() throws {
        let essay = try Fixture.essay("""
            # Harbor Rights

            This essay argues that harbors are public.

            ## Introduction

            Harbors were public once.

            ## Conclusion

            They are public still.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Opening", "Introduction", "Conclusion"])
        let plain = try Fixture.essay("""
            # Harbor Rights

            This essay argues that harbors are public.

            ## I. Introduction

            Harbors were public once.
            """)
        #expect(plain.sections.first?.displayTitle == "Introduction")
    }

    @Test("A slip opinion's first line joined by markitdown is a page head; the case's name is the title")
    func slipOpinionTitle() throws {
        for head in ["(Slip Opinion) OCTOBER TERM, 2031 1", "(Slip Opinion)              OCTOBER TERM, 2031          1",
                     "1 (Slip Opinion) OCTOBER TERM, 2031", "(Slip Opinion) OCTOBER TERM, 2031"] {
            #expect(LineRules.isCourtHead(Array(head.utf8)[...]), "\(head)")
        }
        #expect(!LineRules.isCourtHead(Array("(Slip Opinion) was filed in 2031 and 1".utf8)[...]))
        let essay = try Fixture.essay("""
            (Slip Opinion) OCTOBER TERM, 2031 1

            Syllabus

            NOTE: Where it is feasible, a syllabus (headnote) will be released, as is
            being done in connection with this case, at the time the opinion is issued.

            SUPREME COURT OF THE UNITED STATES

            Syllabus

            HARBOR RIDERS ASSOCIATION v. PELL

            CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR
            THE SECOND CIRCUIT

            No. 31–412. Argued November 4, 2031—Decided March 2, 2032

            The ferry association sued to keep the harbor open. The court of
            appeals held for the city.
            """)
        #expect(essay.title == "HARBOR RIDERS ASSOCIATION v. PELL")
    }
}
