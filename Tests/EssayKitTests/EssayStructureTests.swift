import EssayKit
import Testing

@Suite("The bundled essay's structure")
struct EssayStructureTests {
    let essay = Fixture.kaye

    @Test func frontMatter() {
        #expect(essay.title.hasPrefix("Legitimacy, Collective Authority and Internet Governance: A Reflection on David Caron"))
        #expect(essay.titleRange?.start == SourcePosition(line: 3, column: 1))
        #expect(essay.author == "David Kaye")
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.doi == "https://doi.org/10.15779/Z38M902363")
        #expect(essay.copyright == "Copyright © 2019 Regents of the University of California")
        let note = essay.footnote("*")
        #expect(note?.number == 0)
        #expect(note?.content.text.hasPrefix("* UC Irvine School of Law;") == false)
        #expect(note?.content.text.hasPrefix("UC Irvine School of Law; United Nations Special Rapporteur") == true)
        #expect(note?.range.start == SourcePosition(line: 19, column: 1))
    }

    @Test func sectionsAreRecognisedByForm() {
        #expect(essay.sections.map(\.displayTitle) == [
            "Introduction",
            "I. THE LEGITIMACY FRAMEWORK",
            "II. INTERNET GOVERNANCE AND THE LEGITIMACY FRAMEWORK",
            "CONCLUSION",
        ])
        #expect(essay.sections.map(\.level) == [1, 1, 1, 1])
        #expect(essay.sections[0].title == nil)
        #expect(essay.sections[1].number == "I")
        #expect(essay.sections[2].number == "II")
        #expect(essay.sections[3].number == nil)
        // The heading keeps its emphasis as a span over “LEGITIMACY”.
        let heading = essay.sections[2].heading
        #expect(heading?.spans.count == 1)
        #expect(heading.map { $0.substring($0.spans[0].range) } == "LEGITIMACY")
        #expect(essay.sections[2].range.start == SourcePosition(line: 111, column: 1))
        #expect(essay.sections[3].range.start.line == 243)
    }

    @Test func blockKindsPerSection() {
        let kinds = essay.sections.map { $0.blocks.map(\.kind.rawValue).joined(separator: " ") }
        #expect(kinds[0] == "paragraph quote paragraph paragraph paragraph")
        #expect(kinds[1] == "paragraph paragraph paragraph paragraph list paragraph paragraph")
        #expect(kinds[3] == "paragraph quote paragraph")
        #expect(essay.sections[2].blocks.filter { $0.kind == .quote }.count == 3)
    }

    @Test func pageBreaksAreJoined() {
        let cut = essay.sections.flatMap(\.blocks).filter { $0.kind == .paragraph && $0.pieces.count > 1 }
        #expect(cut.count == 5)
        #expect(cut.allSatisfy { $0.pieces.count == 2 })
        #expect(cut[0].content.text.contains("a Council that “acted in utterly unprecedented ways” would have concrete implications"))
        #expect(cut[1].content.text.contains("These threats may be moving the needle toward State-driven approaches"))
        #expect(cut[2].content.text.contains("government interference could portend new forms of tyranny"))
        #expect(cut[3].content.text.contains("civil society and the private sector to contribute further"))
        #expect(cut[4].content.text.contains("Even democratic States could decide"))
        #expect(cut[0].range.start.line == 11 && cut[0].range.end.line == 27)
    }

    @Test func theListOfFactorsIsOneListOfFour() {
        let lists = essay.sections.flatMap(\.blocks).filter { $0.kind == .list }
        #expect(lists.count == 1)
        let items = lists.first?.items ?? []
        #expect(items.map(\.label) == ["1)", "2)", "3)", "4)"])
        #expect(items.first?.content.text.hasPrefix("the operation of the organization is entrusted to “persons who can claim") == true)
        #expect(items.map(\.range.start.line) == [69, 70, 90, 91])
        #expect(items.last?.content.markers.map(\.label) == ["23"])
    }

    @Test func blockQuotationsCarryTheirFootnote() {
        let quotes = essay.sections.flatMap(\.blocks).filter { $0.kind == .quote }
        #expect(quotes.map(\.footnoteLabels) == [["1"], ["41"], ["46"], ["49"], ["60"]])
        #expect(quotes[0].content.text.hasPrefix("a basic challenge for international governance"))
        #expect(quotes[1].content.text.hasPrefix("to marshal the global consensus"))
        #expect(quotes[2].content.text.hasPrefix("the value and principles of multi-stakeholder cooperation"))
        #expect(quotes[3].content.text.hasPrefix("ICANN’s inclusive approach"))
        #expect(quotes[4].content.text.hasPrefix("Challenges to power framed in terms of the illegitimacy"))
    }

    @Test func furnitureIsDropped() {
        let last = essay.footnote("60")
        #expect(last?.content.text == "Id.")
        let everything = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: "\n")
            + essay.footnotes.map(\.content.text).joined(separator: "\n")
        #expect(!everything.contains("ECOLOGY LAW QUARTERLY"))
        #expect(!everything.contains("Vol. 37:289"))
        #expect(!everything.contains("DOI:"))
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text == "148" || $0.content.text.hasPrefix("302") })
    }

    @Test func footnotesAreLinkedBothWays() {
        #expect(essay.footnotes.count == 61)
        #expect(essay.footnotes.map(\.number) == Array(0...60))
        for footnote in essay.footnotes where footnote.number > 0 {
            #expect(!footnote.citedBy.isEmpty, "footnote \(footnote.label) is marked nowhere")
            for locator in footnote.citedBy {
                #expect(essay.sentence(at: locator)?.footnotes.contains(footnote.label) == true)
            }
        }
        let marked = essay.bodySentences.flatMap(\.sentence.footnotes)
        #expect(marked == (1...60).map(String.init))
    }

    @Test func aMarkerBelongsToTheSentenceItSitsIn() throws {
        let sentence = try #require(essay.bodySentences.first { $0.sentence.footnotes.contains("2") }?.sentence)
        #expect(sentence.text.contains("the New World Order—a Council acting with “vitality”"))
        #expect(sentence.footnotes == ["2", "3"])
    }

    @Test func everyElementHasASourceRange() {
        for (_, sentence) in essay.bodySentences {
            #expect(sentence.range.start.line >= 7)
            #expect(sentence.range.start <= sentence.range.end)
        }
        let first = essay.sections[1].blocks[0].sentences[0]
        #expect(first.range.start.line == 45)
        let footnote4 = essay.footnote("4")
        #expect(footnote4?.range == SourceRange(start: .init(line: 35, column: 1), end: .init(line: 35, column: 9)))
    }

    @Test func theEssayChecksClean() {
        #expect(essay.diagnostics.filter { $0.severity >= .warning } == [])
    }

    @Test func curlyQuotesDashesAndSymbolsSurvive() {
        let text = essay.sections.flatMap(\.blocks).map(\.content.text).joined()
        #expect(text.contains("Caron’s"))
        #expect(text.contains("—"))
        #expect(essay.footnote("44")?.content.text.contains("¶ 72") == true)
        #expect(essay.footnote("37")?.content.text.contains("https://freedomhouse.org/sites/default/files/FOTN_2018_Final%20Booklet_11_1_2018.pdf") == true)
    }
}
