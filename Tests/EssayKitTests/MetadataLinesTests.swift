@testable import EssayKit
import Testing

/// A static site generator's metadata lines at the top of an author's Markdown, with no YAML
/// fences (Pelican, MultiMarkdown, a Jekyll or Hugo source). Invented texts.
@Suite("Metadata lines at the top of an author's Markdown")
struct MetadataLinesTests {
    private func body(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).map(\.content.text)
    }

    @Test("Title, author and summary are read; date, slug, tags and category are no text")
    func pelicanHeader() throws {
        let essay = try Fixture.essay("""
            Title: Why Harbor Trusts Fail
            Date: 2021-03-04 10:20
            Modified: 2021-03-05
            Category: Law
            Tags: trusts, ferries
            Slug: why-harbor-trusts-fail
            Authors: Ivo Sand
            Summary: A short note on the harbor trust cases.

            The harbor trust kept ferries public.[^1]

            ## The cases

            In the first case the court held that it did.

            [^1]: Ada Quill, *Harbor Trusts* 12 (2009).
            """)
        #expect(essay.title == "Why Harbor Trusts Fail")
        #expect(essay.author == "Ivo Sand")
        #expect(body(essay) == ["The harbor trust kept ferries public.", "In the first case the court held that it did."])
        #expect(essay.frontMatter.abstract == ["A short note on the harbor trust cases."])
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "The cases"])
    }

    @Test("Two keys with no title, a key's value continued on an indented line")
    func withoutTitle() throws {
        let essay = try Fixture.essay("""
            Date: 2021-03-04
            Tags: trusts,
              ferries

            # Why Harbor Trusts Fail

            The harbor trust kept ferries public.
            """)
        #expect(essay.title == "Why Harbor Trusts Fail")
        #expect(body(essay) == ["The harbor trust kept ferries public."])
    }

    @Test("A paragraph opening with a label that is no key, or one key alone, is text")
    func notMetadata() throws {
        let note = try Fixture.essay("""
            # Harbor Trusts

            Note: the harbor trust kept ferries public.
            Date: it began in 1901.

            More text.
            """)
        #expect(body(note) == ["Note: the harbor trust kept ferries public. Date: it began in 1901.", "More text."])
        let single = try Fixture.essay("""
            Summary: the harbor trust kept ferries public, and courts agree.

            More text.
            """)
        #expect(body(single).first == "Summary: the harbor trust kept ferries public, and courts agree.")
        #expect(FrontMatter.readMetadataLines(SourceFile(path: "x.md", bytes: Array("Status: draft\nText goes on here.\n".utf8))) == nil)
    }
}
