@testable import EssayKit
import Testing

/// A site generator's template tags left in a Markdown page: GitBook's and Jekyll's Liquid block
/// tags and Hugo's shortcodes. Invented text of those shapes.
@Suite("Site template tags: GitBook and Liquid block tags, Hugo shortcodes")
struct SiteTemplateTagTests {
    static let page = """
        # The Harbor Board and Its Critics

        The board has long set the rules of the docks.[^1] Its critics are many.

        {% embed url="https://www.example.org/harbor-film" %}
        A short film on the docks
        {% endembed %}

        {% hint style="info" %}
        The board meets monthly. Its minutes are public.[^2]
        {% endhint %}

        See the chapter on fees ({{< ref "fees.md" >}}) and [the rules]({{< relref "rules" >}}).

        {{% note %}}
        The fees rose twice in the 1950s.
        {{% /note %}}

        {{< figure src="/img/dock.png" caption="The east dock in 1950" >}}

        {% tabs %}
        {% tab title="Owners" %}
        The owners went to court.
        {% endtab %}
        {% endtabs %}

        ```
        {% raw %}{{ page.title }}{% endraw %}
        ```

        [^1]: Ann Vale, Harbor Rules, 12 N. L.J. 4, 6 (1990).
        [^2]: Id. at 7.
        """

    @Test("block tags and shortcodes are no text; the words between them stay")
    func tagsAreNoText() throws {
        let essay = try Fixture.essay(Self.page)
        // The code fence's text is the code's, tags and all.
        let text = Fixture.sentences(essay).filter { !$0.contains("```") }.joined(separator: " ")
        #expect(!text.contains("{%"))
        #expect(!text.contains("{{"))
        #expect(text.contains("The board meets monthly."))
        #expect(text.contains("The fees rose twice in the 1950s."))
        #expect(text.contains("The owners went to court."))
        #expect(essay.footnote("2")?.content.text == "Id. at 7.")
        #expect(essay.bodySentences.contains { $0.sentence.text == "Its minutes are public." && $0.sentence.footnotes == ["2"] })
    }

    @Test("an embed's address, a figure's caption and a cross-reference's target stay as links")
    func linksStay() throws {
        let rewritten = try #require(NoteSyntaxRewrite.rewritten(Array(Self.page.utf8)))
        let text = String(decoding: rewritten, as: UTF8.self)
        #expect(text.contains("<https://www.example.org/harbor-film>"))
        #expect(text.contains("[The east dock in 1950](/img/dock.png)"))
        #expect(text.contains("[the rules](rules)"))
        #expect(text.contains("(fees.md)"))
        // Lines keep their places; a tag inside a code fence is the code's.
        #expect(rewritten.count == Self.page.utf8.count)
        #expect(text.contains("{% raw %}{{ page.title }}{% endraw %}"))
    }

    @Test("a file of Liquid note tags of which no note was read is warned of")
    func unreadLiquidNotesWarn() throws {
        let page = """
            # Fences

            Towns once left fences to custom.{% fn 1 %} Statutes came later.{% fn 2 %}

            The notes are kept elsewhere.
            """
        let essay = try Fixture.essay(page)
        #expect(essay.footnotes.isEmpty)
        #expect(essay.diagnostics.contains { $0.message.contains("Liquid note tags") })
        let read = try Fixture.essay(LiquidNoteTests.numbered)
        #expect(!read.diagnostics.contains { $0.message.contains("Liquid note tags") })
    }
}
