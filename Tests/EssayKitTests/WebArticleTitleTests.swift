import EssayKit
import Testing

/// The title of a saved web page is its article's heading, however long the site's header before
/// it and whatever heading names the journal above it. The texts are invented.
@Suite("A web page's title after long headers and a journal's heading")
struct WebArticleTitleTests {
    static let menu = """
        -   <a href="https://journal.example.org/" class="nav">Home</a>
        -   <a href="https://journal.example.org/print/" class="nav">Print</a>
        -   <a href="https://journal.example.org/online/" class="nav">Online</a>
        -   <a href="https://journal.example.org/about/" class="nav">About</a>
        -   <a href="https://journal.example.org/submit/" class="nav">Submit</a>
        """

    @Test("a site builder's header of hundreds of units of settings before the title")
    func longHeader() throws {
        let settings = (0..<700).map { "&quot;option\($0)&quot;: {" }.joined(separator: "\n\n")
        let essay = try Fixture.essay("""
            <div id="header" settings="{

            \(settings)

            }">

            \(Self.menu)

            # The Ledger and the Law

            Grant boards keep ledgers that no one reads, and this Essay reads them closely.

            ## I. The Boards

            The boards decide most grants before they meet.
            """, path: "ledger-page.md")
        #expect(essay.title == "The Ledger and the Law")
    }

    @Test("a repository's page: the journal's name as a link home, then the work's title as a link to its PDF")
    func journalHeadingOverTitle() throws {
        let essay = try Fixture.essay("""
            \(Self.menu)

            <div id="pagetitle">

            # [Example Law Journal](https://repository.example.edu/elj "Example Law Journal")

            </div>

            <div id="title" class="element">

            # [The Ledger and the Law](https://repository.example.edu/cgi/viewcontent.cgi?article=12&context=elj)

            </div>

            ## Abstract

            Grant boards keep ledgers that no one reads, and this Essay reads them closely to learn how grants are made.
            """, path: "ledger-page.md")
        #expect(essay.title == "The Ledger and the Law")
    }

    @Test("a site's banner heading and a short menu, then the work's heading inside the page's main landmark")
    func bannerOverMainLandmark() throws {
        let essay = try Fixture.essay("""
            <div class="banner">

            # Harbor Student Law Review

            A Journal of Student Writing

            </div>

            -   [Home](https://review.example.org/)
            -   [Issues](https://review.example.org/issues/)

            <div role="main">

            # Tides and Titles: Who Owns the Foreshore?

            Pat Lee – Example College

            </div>

            The state holds the foreshore in trust, and this paper asks what that trust forbids.
            """, path: "lee-page.md")
        #expect(essay.title == "Tides and Titles: Who Owns the Foreshore?")
    }

    @Test("without a main landmark between them, the first heading stays the title")
    func noLandmarkKeepsFirstHeading() throws {
        let essay = try Fixture.essay("""
            <div class="banner">

            # Tides and Titles

            Pat Lee

            </div>

            # Who Owns the Foreshore?

            The state holds the foreshore in trust, and this paper asks what that trust forbids.
            """, path: "lee-page.md")
        #expect(essay.title == "Tides and Titles")
    }

    @Test("a page top kept as HTML by pandoc's GFM: a skip link, a seal as an <img> tag, plain menu words")
    func htmlTopBeforeTitle() throws {
        let essay = try Fixture.essay("""
            <a href="#main-content" class="skip-link">Skip to main content</a>

            <img src="/themes/agency/seal.png" alt="Seal of the Example Agency" />

            Home About Programs Contact

            <div id="main-content">

            # Guidance on Shared Docks

            The agency explains here how towns may share their docks, and why it matters.
            """, path: "agency-page.md")
        #expect(essay.title == "Guidance on Shared Docks")
        #expect(!essay.sections.flatMap(\.blocks).isEmpty)
    }

    @Test("a wrapper div alone before the title is markup, not a paragraph")
    func wrapperBeforeTitle() throws {
        let essay = try Fixture.essay("""
            <div class="page">

            # Tides and Titles

            The state holds the foreshore in trust, and this paper asks what that trust forbids.
            """, path: "lee-page.md")
        #expect(essay.title == "Tides and Titles")
    }
}
