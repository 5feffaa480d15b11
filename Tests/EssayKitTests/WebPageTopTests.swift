@testable import EssayKit
import Testing

/// What a web page's conversion leaves round an article: a menu of plain words under the site's
/// name, figures kept as raw HTML. Invented pages.
@Suite("A web page's menu words and raw figures")
struct WebPageTopTests {
    private func body(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).map(\.content.text)
    }

    @Test("The site's name over a menu of plain words: the article's heading is the title")
    func menuLine() throws {
        let essay = try Fixture.essay("""
            # The Harbor Law Blog

            Home About Archive Contact

            Search

            ## Why Harbor Trusts Fail

            The harbor trust kept ferries public.

            ## The cases

            In the first case the court held that it did.
            """)
        #expect(essay.title == "Why Harbor Trusts Fail")
        #expect(essay.author == nil)
        #expect(body(essay) == ["The harbor trust kept ferries public.", "In the first case the court held that it did."])
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "The cases"])
    }

    @Test("A menu as a list of words, or one word a line under the site's name in plain text")
    func menuLists() throws {
        let listed = try Fixture.essay("""
            # The Harbor Law Blog

            -   Home
            -   About Us
            -   Archives

            # Why Harbor Trusts Fail

            The harbor trust kept ferries public.
            """)
        #expect(listed.title == "Why Harbor Trusts Fail")
        #expect(body(listed) == ["The harbor trust kept ferries public."])
        let plain = try Fixture.essay("""
            The Harbor Law Blog
            Home
            Blog
            Contact

            Why Harbor Trusts Fail

            The harbor trust kept ferries public, and the courts that heard the first cases agreed with it.
            """)
        #expect(plain.title == "Why Harbor Trusts Fail")
        #expect(!body(plain).contains { $0.contains("Contact") })
    }

    @Test("Words that are no menu, or a title over a menu with prose after it, are left as they are")
    func noMenu() throws {
        let essay = try Fixture.essay("""
            # Home Rule and the Harbor

            Home rule came late.

            About the harbor, little is known.
            """)
        #expect(essay.title == "Home Rule and the Harbor")
        #expect(body(essay) == ["Home rule came late.", "About the harbor, little is known."])
        let units: [[Range<Int>]] = []
        #expect(MenuWords.articleStart(in: units, bytes: []) == nil)
    }

    @Test("A figure kept as raw HTML: its tags are no text, its caption a paragraph")
    func figures() throws {
        let essay = try Fixture.essay("""
            # Harbor Rights Today

            The harbor was closed in 2001.

            <figure>
            <img src="https://example.org/harbor.png" alt="The harbor in 2001" />
            <figcaption>The harbor after its closing, 2001.</figcaption>
            </figure>

            The courts did not agree.

            <figure class="wp-block-image"><img src="/img/x.jpg" alt="" class="wp-image-12"/></figure>

            <img src="map.png" alt="map">

            <img src="map.png" alt="map"> The map shows the harbor.

            Final words.
            """)
        let texts = body(essay)
        #expect(Array(texts.prefix(3)) == ["The harbor was closed in 2001.", "The harbor after its closing, 2001.", "The courts did not agree."])
        #expect(!texts.contains { $0.contains("figure") || $0 == "<img src=\"map.png\" alt=\"map\">" })
        #expect(texts.contains { $0.hasSuffix("The map shows the harbor.") })
        #expect(texts.last == "Final words.")
    }
}
