@testable import Explorer
import Testing

@Suite("Keys from the terminal and the line editor")
struct InputTests {
    static func read(_ text: String) -> EscapeSequence.Reading {
        EscapeSequence.read(text.unicodeScalars.map(\.value))
    }

    @Test("2: any escape sequence is one key, known or ignored whole, whatever TERM says")
    func escapeSequences() {
        #expect(Self.read("[1~") == .key(.home))
        #expect(Self.read("[4~") == .key(.end))
        #expect(Self.read("[7~") == .key(.home))
        #expect(Self.read("[8~") == .key(.end))
        #expect(Self.read("[H") == .key(.home))
        #expect(Self.read("[F") == .key(.end))
        #expect(Self.read("OH") == .key(.home))
        #expect(Self.read("OF") == .key(.end))
        #expect(Self.read("[5~") == .key(.pageUp))
        #expect(Self.read("[6~") == .key(.pageDown))
        #expect(Self.read("[A") == .key(.up))
        #expect(Self.read("OB") == .key(.down))
        #expect(Self.read("[1;5C") == .key(.right), "modifiers are dropped")
        #expect(Self.read("[Z") == .key(.backTab))
        #expect(Self.read("[2~") == .key(nil), "Insert: ignored whole")
        #expect(Self.read("[15~") == .key(nil), "F5: ignored whole")
        #expect(Self.read("OP") == .key(nil), "F1: ignored whole")
        #expect(Self.read("[<0;12;5M") == .key(nil), "an SGR mouse report: ignored whole")
        #expect(Self.read("[M !!") == .key(nil), "an X10 mouse report: ignored whole")
        #expect(Self.read("[M !") == .incomplete)
        #expect(Self.read("[1") == .incomplete)
        #expect(Self.read("[") == .incomplete)
        #expect(Self.read("O") == .incomplete)
        #expect(Self.read("") == .incomplete)
        #expect(Self.read("q") == .escapeThen(.character("q")), "Escape then q, typed fast")
        #expect(Self.read("\u{1B}") == .escapeThen(.escape))
    }

    @Test("the line editor: typing, moving, deleting by word and line, history, completion")
    func lineEditor() {
        var editor = LineEditor(history: ["first", "second"])
        for key in Key.sequence("vetoes") { _ = editor.handle(key) }
        #expect(editor.text == "vetoes" && editor.cursor == 6)
        #expect(editor.handle(.left) == .unchanged)
        #expect(editor.handle(.backspace) == .edited)
        #expect(editor.text == "vetos" && editor.cursor == 4)
        _ = editor.handle(.home)
        _ = editor.handle(.character("x"))
        #expect(editor.text == "xvetos" && editor.cursor == 1)
        _ = editor.handle(.control("e"))
        _ = editor.handle(.character(" "))
        for key in Key.sequence("council") { _ = editor.handle(key) }
        #expect(editor.handle(.control("w")) == .edited)
        #expect(editor.text == "xvetos ")
        _ = editor.handle(.up)
        #expect(editor.text == "second")
        _ = editor.handle(.up)
        #expect(editor.text == "first")
        _ = editor.handle(.up)
        #expect(editor.text == "first")
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.text == "xvetos ", "down past the newest line gives back what was typed")
        _ = editor.handle(.control("u"))
        #expect(editor.text == "")
        #expect(editor.handle(.tab) == .complete)
        #expect(editor.handle(.enter) == .submitted)
        #expect(editor.handle(.backspace) == .cancelled, "Backspace on an empty line cancels")
        var history = ["a", "b"]
        LineEditor.remember("a", in: &history)
        #expect(history == ["b", "a"])
        LineEditor.remember("  ", in: &history)
        #expect(history == ["b", "a"])
    }
}
