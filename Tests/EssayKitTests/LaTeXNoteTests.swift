@testable import EssayKit
import Testing

/// LaTeX's `\footnote{...}` left in a Markdown or text file. Invented text of that shape.
@Suite("Note syntaxes: LaTeX \\footnote{}")
struct LaTeXNoteTests {
    @Test("\\footnote{text} is a note where it stands; its commands are no text")
    func footnoteCommands() throws {
        let essay = try Fixture.essay(#"""
            # Fences

            Towns once left fences to custom.\footnote{\emph{See} Ruiz v. Hale, 400 U.S. 10,~12
            (1970) (noting \textsc{Fence Act} \S~4).} Statutes came later.\footnote[2]{\textit{Id.} at 14 \& n.3.}
            Courts read {them} narrowly.
            """#)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "See Ruiz v. Hale, 400 U.S. 10, 12 (1970) (noting Fence Act § 4).")
        #expect(essay.footnote("2")?.content.text == "Id. at 14 & n.3.")
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later.", "Courts read {them} narrowly."])
        #expect(essay.footnote("2")?.citations.first?.form == .id)
    }

    @Test("a backslash that opens no \\footnote leaves the file as it is")
    func otherCommandsLeft() {
        #expect(NoteSyntaxRewrite.syntaxes(in: Array(#"A \emph{word} and \\ a \footnotesize{x}."#.utf8)) == [.latex])
        #expect(LaTeXNotes.edits(Array(#"A \emph{word} and \\ a \footnotesize{x}."#.utf8)) == nil)
        #expect(LaTeXNotes.edits(Array(#"Unclosed \footnote{text"#.utf8)) == nil)
    }
}
