@testable import EssayKit
import Testing

/// Project Gutenberg's `[Footnote 12: ...]` blocks with `[12]` or `{12}` calls. Invented text of that shape.
@Suite("Project Gutenberg: footnote blocks")
struct GutenbergFootnoteBlockTests {
    @Test("a block is the note of its call, over several lines, its label kept when each is printed once")
    func uniqueLabels() throws {
        let essay = try Fixture.essay("""
            CHAPTER I.

            The old writ lay for a trespass.[1] It lay also for a nuisance {2} and
            for little else.

            [Footnote 1: 3 Bl. Comm. 208; see the
            learned note [in the margin] of the editor.]

            [Footnote 2: Co. Lit. 126b.]

            A later paragraph closes the chapter.
            """, path: "book.txt")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnotes.map(\.content.text) == ["3 Bl. Comm. 208; see the learned note [in the margin] of the editor.", "Co. Lit. 126b."])
        let marked = essay.bodySentences.filter { !$0.sentence.footnotes.isEmpty }.map { $0.sentence.footnotes }
        #expect(marked == [["1"], ["2"]])
        #expect(!essay.bodySentences.contains { $0.sentence.text.contains("Footnote") })
    }

    @Test("labels that start again by chapter are notes of their own calls, numbered in reading order")
    func restartedLabels() throws {
        let essay = try Fixture.essay("""
            CHAPTER I.

            The first chapter's claim.[1]

            [Footnote 1: 9 Allen, 557.]

            CHAPTER II.

            The second chapter's claim.[1]

            [Footnote 1: 3 Bl. Comm. 208.]
            """, path: "book.txt")
        #expect(essay.footnotes.map(\.content.text) == ["9 Allen, 557.", "3 Bl. Comm. 208."])
        #expect(essay.footnotes.map(\.number) == [1, 2])
        let marked = essay.bodySentences.filter { !$0.sentence.footnotes.isEmpty }
        #expect(marked.count == 2)
    }

    @Test("a file with no call of any block is left as it is")
    func noCalls() {
        #expect(GutenbergFootnoteBlocks.read(Array("Text.\n\n[Footnote 1: A note.]\n".utf8)) == nil)
        #expect(GutenbergFootnoteBlocks.read(Array("Text.[1]\n".utf8)) == nil)
    }
}
