import EssayKit
import Testing

/// A web page's furniture round the essay, as a conversion of a journal's site prints it: links to
/// skip to the text, menus and breadcrumbs, the record of the work in bold labels, the title
/// printed again over the text, and the footer's lists of links. None of it is a section. The
/// texts are invented.
@Suite("Web page furniture round the essay")
struct WebPageFurnitureTests {
    static func outline(_ essay: Essay) -> [String] {
        essay.sections.map(\.displayTitle)
    }

    @Test("a skip link and a menu before the title, and the footer's lists of links, are no sections; the title is the page's heading")
    func menusAndFooter() throws {
        let essay = try Fixture.essay("""
            [Skip to main content](#main-content){.visually-hidden}

            -   [Home](https://journal.example.org/)
            -   [Print Issues](https://journal.example.org/issues/)
            -   [Submit](https://journal.example.org/submit/)

            # The Ledger and the Law

            ## Introduction

            Grant boards keep ledgers that no one reads, and this Essay reads them closely.

            ## I. The Boards

            The boards decide most grants before they meet, as the ledgers show.

            ## Share this

            - [Post](https://social.example.com/share)
            - [Mail](mailto:?subject=Ledger)

            ## Related Articles

            - [Another Essay](https://journal.example.org/another/) | [A Third](https://journal.example.org/third/)
            """)
        #expect(essay.title == "The Ledger and the Law")
        #expect(Self.outline(essay) == ["Introduction", "I. The Boards"])
        #expect(essay.sections.first?.blocks.first?.content.text.hasPrefix("Grant boards keep") == true)
    }

    @Test("a converter's title, the record of the work in bold labels and a breadcrumb, then the page's title again over nothing")
    func recordAndTitleAgain() throws {
        let essay = try Fixture.essay("""
            # Grants and Their Ledgers

            **Product Type:** Reports
            **Report No.:** R12345
            **Publication Date:** 01/02/2031

            ---
            [Home](https://reports.example.gov/) > [Reports](https://reports.example.gov/list) > R12345

            # Grants and Their Ledgers

            ## Introduction

            Grant boards keep ledgers that no one reads, and this report reads them closely.

            ## The Boards

            The boards decide most grants before they meet, as the ledgers show.
            """)
        #expect(Self.outline(essay) == ["Introduction", "The Boards"])
    }

    @Test("links in the text, a list of links with a sentence in it, and a last section of links that is numbered stay the essay's")
    func linksThatStay() throws {
        let essay = try Fixture.essay("""
            # The Ledger and the Law

            Grant boards keep ledgers that [no one reads](https://example.org/), as this Essay shows.

            ## I. The Boards

            - [The first ledger](https://example.org/1), kept by the board of roads since its first year.
            - [The second ledger](https://example.org/2)

            ## II. Sources

            - [The ledgers](https://example.org/ledgers)
            """)
        #expect(Self.outline(essay) == ["Introduction", "I. The Boards", "II. Sources"])
        #expect(essay.sections.first?.blocks.first?.content.text.hasPrefix("Grant boards keep") == true)
    }

    /// A journal site's page through `pandoc -t markdown`: a skip link over two lines, the logo's
    /// link, a menu button of inline icons, a menu list of wrapped links, a search box with icons
    /// and a breadcrumb, then the `main` landmark and the article's title.
    static let sitePandocMarkdown = """
        [Skip to main content](#main){.skip-link
        .screen-reader-text}

        ::: {.site-header}
        [![logo](https://review.example.org/logo.svg){width="200"} [Example
        Review]{.screen-reader-text}](https://review.example.org){rel="home"}

        [[Primary Menu]{.screen-reader-text} [
        ![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)
        ]{.menu-icon}](#primary-nav){.menu-toggle}

        -   [[Print](https://review.example.org/print/)]{#menu-item-1}
        -   [[Explore By
            Topic](https://review.example.org/topics/)]{#menu-item-2}

        [ Search site ]{.screen-reader-text}
        ![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)

        Search for:
        :::

        [Example Review](https://review.example.org/){.crumb}
        [Articles](https://review.example.org/articles/){.crumb}

        ::: {#main .wrapper role="main"}
        [[Property](https://review.example.org/topics/property/)]{.topic}
        [12 Ex. L. Rev. 345]{.citation}

        # Wells and Water Rights {#wells-and-water-rights .article__title}

        -   [Jane Roe](https://review.example.org/author/roe/){.author}

        ## Introduction {#introduction}

        Early courts treated groundwater as the landowner's.^[1](#fn1){.footnote-ref}^

        ::: {.footnotes}
        1.  ::: {#fn1}
            Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).
            :::
        :::
        :::
        """

    @Test("a site's menus, icons, search box and breadcrumb before the landmark and the title (pandoc markdown) are no text; the title is the article's")
    func siteBeforeTheTitle() throws {
        let essay = try Fixture.essay(Self.sitePandocMarkdown, path: "page.md")
        #expect(essay.title == "Wells and Water Rights")
        #expect(Self.outline(essay) == ["Introduction"])
        let text = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!text.contains("Search") && !text.contains("Menu") && !text.contains("data:image"))
        #expect(essay.footnotes.map(\.label) == ["1"])
    }

    @Test("the same site through markitdown: no landmark, a `# Search` heading of the site's, then the title")
    func siteThroughMarkItDown() throws {
        let essay = try Fixture.essay("""
            [Skip to main content](#main)

            [![Example Review logo](/logo.png)](/)

            # Search

            * [This journal](#pane-0 "This journal")
            * [Anywhere](#pane-1 "Anywhere")

            Quick Search in Journals

            [Log In | Register](https://login.example.org/sso)

            * Browse issues
              + [All issues](/loi/exr)
              + [Current issue](/toc/exr/current)

            [Home](/)[Example Review](/journal/exr)

            # Wells and Water Rights

            * Jane Roe

            ## Introduction

            Early courts treated groundwater as the landowner's, and later ones weighed reasonable use.
            """, path: "page.md")
        #expect(essay.title == "Wells and Water Rights")
        #expect(Self.outline(essay) == ["Introduction"])
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("Quick Search") || $0.content.text.contains("Browse") })
    }

    @Test("an essay's abstract before its first level-one heading, and a file that shows no site, keep everything before the heading")
    func noSiteNoDrop() throws {
        // Links enough to be a site, then prose: an abstract, kept with the heading after it.
        let abstract = try Fixture.essay("""
            [Home](/) [Print](/print) [Topics](/topics) [Authors](/authors) [About](/about)

            This Essay argues that the ledgers of grant boards, which no one reads, decide most grants before the boards meet.

            # Introduction

            Grant boards keep ledgers.
            """, path: "essay.md")
        #expect(abstract.sections.flatMap(\.blocks).contains { $0.content.text.hasPrefix("This Essay argues") })
        // Short lines and a link but nothing of a site's: a title page's lines stay.
        let plain = try Fixture.essay("""
            [Draft](https://example.org/draft)

            Jane Roe

            # The Ledger and the Law

            Grant boards keep ledgers that no one reads.
            """, path: "essay.md")
        #expect(plain.sections.flatMap(\.blocks).contains { $0.content.text.contains("Jane Roe") } || plain.title != "The Ledger and the Law")
    }

    @Test("a site's menu kept as HTML anchors (pandoc -t gfm) is furniture: the title is the page's heading, not the file's name")
    func htmlAnchorMenu() throws {
        let essay = try Fixture.essay("""
            <div class="masthead" role="banner">

            <a href="https://journal.example.org/" class="brand" rel="home"><span
            class="brand-part">Example</span> <span class="sitename">Law Journal</span></a>

            -   <a href="https://journal.example.org/" class="level_1"
                title="Go to: HOME">HOME</a>
            -   <a
                href="https://journal.example.org/issues/"
                class="level_1" title="Go to: ISSUES">ISSUES</a>
            -   <a href="https://journal.example.org/online/" class="level_1"
                title="Go to: ONLINE">ONLINE</a>
            -   <a href="https://journal.example.org/submit/" class="level_1"
                title="Go to: SUBMISSIONS">SUBMISSIONS</a>

            </div>

            <div>

            # The Ledger and the Law

            </div>

            Grant boards keep ledgers that no one reads, and this Essay reads them closely.

            ## I. The Boards

            The boards decide most grants before they meet, as the ledgers show.
            """, path: "ledger-page.md")
        #expect(essay.title == "The Ledger and the Law")
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("HOME") || $0.content.text.contains("SUBMISSIONS") })
    }
}
