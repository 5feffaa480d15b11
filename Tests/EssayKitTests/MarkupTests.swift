@testable import EssayKit
import Testing

@Suite("Markup from other writers and converters")
struct MarkupTests {
    func content(_ markdown: String) throws -> RichText {
        let essay = try Fixture.essay("# T\n\n\(markdown)\n")
        return try #require(essay.sections.first?.blocks.first?.content)
    }

    @Test("_emphasis_ and **strong**, but not underscores inside words")
    func underscoresAndStrong() throws {
        let rich = try content("_See generally_ the **Report** at FOTN_2018_Final and snake_case, __bold__.")
        #expect(rich.text == "See generally the Report at FOTN_2018_Final and snake_case, bold.")
        #expect(rich.spans.map { rich.substring($0.range) } == ["See generally", "Report", "bold"])
    }

    @Test("HTML: styling tags and comments go, their text stays; anchors to notes are markers")
    func html() throws {
        let rich = try content("A <mark>marked</mark> word<!-- a comment --> and <span class=\"x\">span</span>.<a href=\"#_ftn1\" id=\"_ftnref1\">[1]</a> A <a href=\"https://x.org\">link</a>.")
        #expect(rich.text == "A marked word and span. A link.")
        #expect(rich.markers.map(\.label) == ["1"])
        #expect(rich.spans.map(\.style) == [.link(url: "https://x.org")])
    }

    @Test("a page's lines of markup a reader never sees go")
    func markupLines() throws {
        let essay = try Fixture.essay("# T\n\n<!--lint disable-->\n\nThe lead\n{: .lead}\n\n- Table of Contents {:toc}\n\nText.\n")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The lead", "Text."])
    }

    @Test("a bold line is a heading; a bold sentence is not")
    func boldHeadings() throws {
        let essay = try Fixture.essay("# T\n\nOpening.\n\n**Conclusion**\n\nClosing.\n\n**This is an emphatic sentence.**\n")
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "Conclusion"])
    }

    @Test("lower-case roman headings sit under lettered ones; i. after h. is a letter")
    func lowerRomanHeadings() throws {
        let essay = try Fixture.essay("""
            # T

            ## I. Part

            ## A. Sub

            ## i. First

            ## ii. Second

            ## h. Aitch

            ## i. Eye
            """)
        #expect(essay.sections.map(\.level) == [1, 2, 3, 3, 4, 4])
    }

    @Test("a table of contents is left out, however many pages it runs")
    func tableOfContents() throws {
        let essay = try Fixture.essay("""
            # T

            # **Table of Contents**

            |**I. Background ...... 7**|
            |---|
            |A. Sub ...... 8|

            - 2 -

            |B. More ...... 9|

            The introduction.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The introduction."])
    }

    @Test("YAML escapes in a quoted title; a labelled byline")
    func titleEscapesAndLabelledByline() throws {
        let essay = try Fixture.essay("---\ntitle: \"Remarks on President\\_Biden\\u2019s Agenda\"\n---\n\nText.\n")
        #expect(essay.title == "Remarks on President Biden’s Agenda")
        let docbook = try Fixture.essay("# Germany\n\nauthor:\\[Engelhardt,Tim\\] author:\\[Jaeger,Till\\]\n\nText.\n")
        #expect(docbook.author == "Tim Engelhardt and Till Jaeger")
        #expect(docbook.sections.flatMap(\.blocks).map(\.content.text) == ["Text."])
    }

    @Test("a sentence about copyright is body text; a notice is not")
    func copyrightNotice() throws {
        let essay = try Fixture.essay("# T\n\nCopyright protection is automatic.\n\nCopyright © 2019 Someone\n")
        #expect(essay.copyright == "Copyright © 2019 Someone")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Copyright protection is automatic."])
    }

    @Test("lines wrapped at 72 columns are one run: emphasis and links span them, a hard break is a space")
    func wrappedLines() throws {
        let rich = try content("*Northern Securities Co. v.\nUnited States*, 193 U.S. 197 (1904), and [the\nsite](https://x.org).  \n    Indented next line.")
        #expect(rich.text == "Northern Securities Co. v. United States, 193 U.S. 197 (1904), and the site. Indented next line.")
        #expect(rich.spans.map { rich.substring($0.range) } == ["Northern Securities Co. v. United States", "the site"])
    }

    @Test("a short line that stops mid-sentence before a page break is not joined to the next paragraph")
    func titlePageLines() throws {
        let essay = try Fixture.essay("# T\n\nThe Law Journal, Fall 2011\n\n- 4 -\n\nLike many systems, this one is slow.\n")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The Law Journal, Fall 2011", "Like many systems, this one is slow."])
    }

    @Test(.timeLimit(.minutes(5)))
    func unclosedCommentsParseInLinearTime() throws {
        let rich = try content(String(repeating: "a <!-- b ", count: 50_000))
        #expect(rich.text.hasPrefix("a <!-- b"))
    }
}
