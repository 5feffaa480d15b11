@testable import EssayKit
import Foundation
import Testing

/// An ebook chapter's endnotes as pandoc (html -> gfm) and MarkItDown (html -> md) leave them.
/// Invented text in the converters' shapes.
@Suite("Chapter endnotes: ids over list counts, run-in notes, an unnamed notes heading")
struct ChapterEndnoteTests {
    /// pandoc's gfm: a list of notes, each item opening with the element the mark links to; the
    /// HTML left note 3 run into note 2's element, so the list's count runs one behind from there.
    static let pandocRunIn = """
        # Chapter Seven: The Harbour

        The board met in spring.<sup><a href="#note-c7-1" class="noteref">1</a></sup> It met
        again in summer.<sup>[\\[2\\]](#note-c7-2)</sup> The dues rose.<sup><a href="#note-c7-3"
        class="noteref">3</a></sup> The court heard the case.<sup><a href="#note-c7-4"
        class="noteref">4</a></sup> It ruled for the board.<sup><a href="#note-c7-5"
        class="noteref">5</a></sup>

        ## Notes

        1. <span id="note-c7-1">See Ada Moss, “Harbour Rules,” *Port Law Review* 12 (1990):
           392, 398.</span>
        2. <span id="note-c7-2">*Doe v. Roe*, 512 F.3d 880, 884 (7th Cir. 2007). 3. Lena Ito,
           “Docks and Dues,” *Quay Quarterly* 4 (1988): 11.</span>
        3. <span id="note-c7-4">Ibid., 14.</span>
        4. <div id="note-c7-5">

           Moss, “Harbour Rules,” 399.

           </div>
        """

    @Test("an item's id that a mark links to beats the list's count, and a run-in note is split off")
    func pandocIdsAndRunInNote() throws {
        let essay = try Fixture.essay(Self.pandocRunIn)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Doe v. Roe, 512 F.3d 880, 884 (7th Cir. 2007).")
        #expect(essay.footnote("3")?.content.text == "Lena Ito, “Docks and Dues,” Quay Quarterly 4 (1988): 11.")
        #expect(essay.footnote("4")?.content.text == "Ibid., 14.")
        #expect(essay.footnote("5")?.content.text == "Moss, “Harbour Rules,” 399.")
        #expect(!essay.diagnostics.contains { $0.message.contains("never defined") })
    }

    /// A page number that ends a note is no run-in note when the notes lack no label.
    static let pandocPageNumber = """
        # Chapter Two

        The board met.<sup><a href="#note-c2-1" class="noteref">1</a></sup> It met
        again.<sup><a href="#note-c2-2" class="noteref">2</a></sup>

        ## Notes

        1. <span id="note-c2-1">Ada Moss, *Harbour Rules* (Boston: Tide Press, 1990), 12. 2. The
           second printing differs.</span>
        2. <span id="note-c2-2">Ibid., 2. 3. Rules.</span>
        """

    @Test("a number after a sentence is no note when no mark leads to a missing label")
    func noSplitWithoutMissingLabel() throws {
        let essay = try Fixture.essay(Self.pandocPageNumber)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "Ibid., 2. 3. Rules.")
    }

    /// MarkItDown's reading of the same kind of chapter: no ids, no rule, and the notes' heading
    /// names the chapter again.
    static let markItDown = """
        # Chapter Four: Borders

        The ruling was appealed.[[1]](#note-c4-1) Later, the court said so.[[2]](#note-c4-2)

        The board agreed.[[3]](#note-c4-3)

        #### Chapter Four

        1. See *Doe v. Roe,* 512 F.3d
           880 (7th Cir. 2007). See also Ann Poe, “Borders,” 12 *Port Law Journal* 45 (2001).
        2. Ibid., 884.
        3. Poe, “Borders,” 50.
        """

    @Test("a numbered list under the last heading, counted as the marks are, is the notes")
    func markItDownUnnamedNotes() throws {
        let essay = try Fixture.essay(Self.markItDown)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "Ibid., 884.")
        #expect(essay.footnote("1")?.content.text.hasPrefix("See Doe v. Roe, 512 F.3d 880 (7th Cir. 2007).") == true)
        #expect(!essay.diagnostics.contains { $0.message.contains("never defined") })
    }

    @Test("a list whose count does not match the marks stays body text")
    func bodyListIsNoNotes() throws {
        let text = Self.markItDown.replacingOccurrences(of: "3. Poe, “Borders,” 50.", with: "3. Poe, “Borders,” 50.\n4. A fourth point.")
        let essay = try Fixture.essay(text)
        #expect(essay.footnotes.isEmpty)
        #expect(LineRulesProbe.listCount("\n1. a\n   b\n2. c\n") == 2)
        #expect(LineRulesProbe.listCount("\n1. a\n# Head\n2. c\n") == 0)
    }
}

/// Calls the list counter on text.
private enum LineRulesProbe {
    static func listCount(_ text: String) -> Int {
        EssayBuilder.listNumbersInTurn(Array(text.utf8), from: 0)
    }
}
