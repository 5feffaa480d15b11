import Foundation
import Testing

/// `legit dump` of a page whose marks link to their notes' containers by ids of the page's own
/// naming (the note `footnote-ref-N`, the mark `footnote-N`), as `pandoc -t markdown` converts
/// it: the notes are listed, and an *Id.* and a *supra* among them resolve to the work their
/// earlier note cites. Invented text.
@Suite("legit dump of a page whose marks link to their notes' containers")
struct WebNoteTargetDumpTests {
    @Test func dumpListsTheNotesAndResolvesShortForms() throws {
        let page = """
            # Hedges and Boundaries

            Hedges once marked the fields.^[1](#footnote-ref-1){.js-footnote-item
            aria-label="Footnote 1"}^ Courts kept them.^[2](#footnote-ref-2){.js-footnote-item
            aria-label="Footnote 2"}^ Scholars doubted the rule.^[3](#footnote-ref-3){.js-footnote-item
            aria-label="Footnote 3"}^

            ::: {.container .footnotes-container}
            Footnotes [Hide ![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)]{.toggle}

            1.  ::: {#footnote-ref-1}
                ::: list-item-inner
                [\\^](#footnote-1){.item-anchor} Ida Thorn, *Hedgerows*, 30 Yale L.J.
                400, 410 (1921).

                [Return to citation \\^](#footnote-1){.item-return}
                :::
                :::

            2.  ::: {#footnote-ref-2}
                ::: list-item-inner
                [\\^](#footnote-2){.item-anchor} *Id.* at 412.

                [Return to citation \\^](#footnote-2){.item-return}
                :::
                :::

            3.  ::: {#footnote-ref-3}
                ::: list-item-inner
                [\\^](#footnote-3){.item-anchor} Thorn, *supra* note 1, at 420.

                [Return to citation \\^](#footnote-3){.item-return}
                :::
                :::
            :::

            """
        let output = try WebPageDump.dumpResolvingShortForms(page)
        #expect(!output.contains("Return to citation"), "the link back is no note's text")
        #expect(!output.contains("Hide"), "the button that hides the notes is no text")
    }
}
