@testable import EssayKit
import Testing

@Suite("Markdown notes named by words: references in headings and list items, where a definition ends")
struct MarkdownNamedNoteOrderTests {
    @Test func aHeadingsReferenceTakesItsPlaceInTheNumbering() throws {
        let essay = try Fixture.essay("""
            # Remedies for Device Misuse

            ## Introduction

            The statute defines a device broadly.[^FaDef] Its scope was tested early.[^firstCase]

            [^FaDef]: _Fencing Act 1990_ (Vic) s 3.

            [^firstCase]: _Harrow v Lind_ (1982) 14 VR 201.

            #### Morrow v Castell[^MorrowvCastell1971]

            [^MorrowvCastell1971]: _Morrow v Castell_ (1971) 3 VR 88, 91.

            The court read the Act narrowly.[^Fs12]

            [^Fs12]: _Fencing Act 1990_ (Vic) s 12.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("3")?.content.text == "Morrow v Castell (1971) 3 VR 88, 91.")
        #expect(essay.footnote("4")?.content.text == "Fencing Act 1990 (Vic) s 12.")
    }

    @Test func aNestedListItemAfterADefinitionIsTheListsNotTheNotes() throws {
        let essay = try Fixture.essay("""
            # Remedies for Device Misuse

            ## Introduction

            The statute defines a device broadly.[^FaDef]

            [^FaDef]: _Fencing Act 1990_ (Vic) s 3.

            * The Act has parts:
                * The first concerns fences.[^Fs12]

            [^Fs12]: _FA_ s 12
                    * See the definition of "device".[^s41]

            [^s41]: _Fencing Act 1990_ (Vic) s 41.

            Later courts followed.[^later]

            [^later]: _Quill v Danby_ (1999) 8 VR 12, 14.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "FA s 12")
        #expect(essay.footnote("3")?.content.text == "Fencing Act 1990 (Vic) s 41.")
        let items = essay.sections.flatMap(\.blocks).flatMap(\.items).map(\.content.text)
        #expect(items.contains { $0.contains("See the definition of") })
    }

    @Test func aNestedItemAfterABlankLineIsTheListsToo() throws {
        let essay = try Fixture.essay("""
            # Remedies

            ## Introduction

            * The Act has parts:
                * The first concerns fences.[^fences]

            [^fences]: _FA_ s 12

                    * The second concerns gates.[^gates]

            [^gates]: _FA_ s 41.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "FA s 12")
        #expect(essay.footnote("2")?.content.text == "FA s 41.")
    }

    @Test func aListIndentedInsideANoteWithNoListBeforeStaysTheNotes() throws {
        let essay = try Fixture.essay("""
            # Remedies

            ## Introduction

            The Act lists factors.[^factors]

            [^factors]: The factors are:

                * the fence's height;
                * the gate's width.

            Courts weigh them.[^weigh]

            [^weigh]: _Quill v Danby_ (1999) 8 VR 12, 14.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text.contains("the gate's width.") == true)
    }
}
