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
}
