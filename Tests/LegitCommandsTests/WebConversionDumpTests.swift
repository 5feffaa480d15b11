import Foundation
import Testing

/// `legit dump` of a web page as `pandoc -t markdown` converts it: the notes are listed, and an
/// *Id.* and a *supra* among them resolve to the work their earlier note cites.
@Suite("legit dump of a web page converted by pandoc")
struct WebConversionDumpTests {
    @Test func dumpListsTheNotesAndResolvesShortForms() throws {
        let page = """
            # Orchards and Owners

            Orchards passed with the land.^[1](#fn1){#fnref1 .footnote-link}^ The rule
            held for a century.^[2](#fn2){#fnref2 .footnote-link}^ Critics disagreed.^[3](#fn3){#fnref3
            .footnote-link}^

            ::: notes-list
            ::: {#fn1 .footnote}
            [1]{.footnote-number} Ada Quince, *Fruit and Freehold*, 40 Harv. L. Rev. 500, 510 (1927).
            :::

            ::: {#fn2 .footnote}
            [2]{.footnote-number} *Id.* at 512.
            :::

            ::: {#fn3 .footnote}
            [3]{.footnote-number} Quince, *supra* note 1, at 520.
            :::
            :::

            ::: {#share .modal}
            Share this page
            :::

            """
        let output = try WebPageDump.dumpResolvingShortForms(page)
        #expect(!output.contains("Share this page"), "the dialog after the notes is no note's text")
        #expect(!output.contains("{#"), "no attribute block is text")
    }
}
