#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EssayKit
import Foundation
import Testing

/// The bad input issue 5 lists, one test each: every case ends in a located diagnostic (or parses
/// whole), never a crash, a hang or text silently lost. The sizes are the issue's; each case runs in
/// time linear in its size (the parser finds every closing bracket, parenthesis and tag in one pass).
@Suite("A catalogue of bad input: essays and folders")
struct BadInputCatalogueTests {
    /// The descriptions of an essay's diagnostics, in order.
    private static func messages(_ essay: Essay) -> [String] {
        essay.diagnostics.map(\.description)
    }

    @Test("binary data: one error at the first NUL, and the folder's other essays still load")
    func binaryData() throws {
        let scratch = CorpusScratch()
        scratch.essay("a.md", seed: 1)
        // A PNG's first bytes: a byte that is not UTF-8, CR LF, ^Z, LF, then NULs.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        png += (0..<2_000).map { UInt8(truncatingIfNeeded: $0 &* 151) }
        #expect(FileManager.default.createFile(atPath: scratch.folder + "/figure.md", contents: Data(png)))
        let corpus = try EssayCorpus.load(path: scratch.folder)
        #expect(corpus.entries.map(\.name) == ["a.md", "figure.md"])
        #expect(corpus.essays.count == 1)
        #expect(corpus.failures.map(\.description) == [
            scratch.folder + "/figure.md:3:1: error: the file looks like binary data, not text (a NUL byte at offset 8); "
                + "check that this is the file you meant: legit reads UTF-8 text, such as an essay converted to Markdown",
        ])
    }

    @Test("UTF-16 text: named as such, with the command that converts it")
    func utf16Text() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("# Title\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect {
            try SourceFile.decode(path: "wide.md", data: bytes)
        } throws: { error in
            (error as? EssayError)?.description == "wide.md:1:1: error: the file is UTF-16 text (it starts with a UTF-16 byte-order mark); "
                + "legit reads UTF-8; convert it, for example with iconv -f UTF-16 -t UTF-8"
        }
    }

    @Test("invalid UTF-8 in the middle of a UTF-8 paragraph: the line, column, byte and offset, and no advice to convert the whole")
    func invalidUTF8MidParagraph() {
        // "résumé" saved as Latin-1 inside a UTF-8 paragraph with curly quotes.
        var bytes = Array("# Title\n\nThe court’s “view” of the r".utf8)
        let offset = bytes.count
        bytes += [0xE9, 0x73, 0x75, 0x6D, 0xE9] + Array(" was long.\n".utf8)
        #expect {
            try EssayParser().parse(SourceFile.decode(path: "latin.md", data: bytes))
        } throws: { error in
            (error as? EssayError)?.description == "latin.md:3:28: error: the file is not valid UTF-8 (byte 0xE9 at offset \(offset)); "
                + "the text before it is UTF-8, so the file is UTF-8 with a damaged stretch (converting the whole would garble the rest): "
                + "fix the text at that place"
        }
    }

    @Test("a NUL byte in a text file: its line, column and offset, and how to remove it")
    func nulBytes() {
        let head = "# Title\n\n" + String(repeating: "Long text of the essay. ", count: 400) + "\n\nA second paragraph with a "
        let bytes = Array(head.utf8) + [0x00] + Array("NUL inside.\n".utf8)
        #expect {
            try EssayParser().parse(SourceFile.decode(path: "nul.md", data: bytes))
        } throws: { error in
            (error as? EssayError)?.description == "nul.md:5:27: error: the file holds a NUL byte at offset \(head.utf8.count), which text never does; "
                + "remove it, for example with tr -d '\\000' < FILE > FIXED.md"
        }
    }

    @Test("a 50 MB single line: parsed whole, columns right at its end")
    func fiftyMegabyteLine() throws {
        // Long sentences with curly quotes, so columns (in characters) differ from byte offsets.
        let sentence = "The council’s review of “collective authority” was " + String(repeating: "measured, ", count: 90) + "and fair to every State. "
        let repeats = 50_000_000 / sentence.utf8.count + 1
        let tail = "It ends here.<sup>1</sup> Then<sup>2 runs on."
        var bytes = Array("# Title\n\n".utf8)
        bytes.reserveCapacity(repeats * sentence.utf8.count + 100)
        for _ in 0..<repeats { bytes += sentence.utf8 }
        bytes += Array((tail + "\n\n---\n\n1. The only note.\n").utf8)
        let lineBytes = repeats * sentence.utf8.count + tail.utf8.count
        let lineScalars = repeats * sentence.unicodeScalars.count + tail.unicodeScalars.count
        #expect(lineBytes >= 50_000_000)
        let essay = try EssayParser().parse(SourceFile.decode(path: "line.md", data: bytes))
        let column = lineScalars - "<sup>2 runs on.".count + 1
        #expect(Self.messages(essay) == ["line.md:3:\(column): warning: <sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)"])
        let blocks = essay.sections.flatMap(\.blocks)
        #expect(blocks.count == 1)
        let paragraph = try #require(blocks.first)
        #expect(paragraph.content.text.utf8.count == lineBytes - "<sup>1</sup>".utf8.count)
        #expect(paragraph.content.text.hasSuffix("It ends here. Then<sup>2 runs on."))
        #expect(paragraph.sentences.count == repeats + 2)
        #expect(paragraph.sentences.last?.range.end == SourcePosition(line: 3, column: lineScalars + 1))
        let note = try #require(essay.footnote("1"))
        #expect(note.citedBy.count == 1)
        #expect(essay.sentence(at: try #require(note.citedBy.first))?.text == "It ends here.")
    }

    @Test("100,000 footnotes: all kept and linked; the one missing is named twice")
    func hundredThousandFootnotes() throws {
        let count = 100_000
        let missing = 50_000
        var body: [String] = []
        var notes: [String] = []
        for number in 1...count {
            body.append("Point \(number) stands.<sup>\(number)</sup>" + (number % 10 == 0 ? "\n\n" : " "))
            guard number != missing else { continue }
            switch number % 100 {
            case 1: notes.append("\(number). See Ada Writer, *Work \(number)*, 12 J. LAW \(number) (2001).")
            case 2: notes.append("\(number). *Id.* at \(number).")
            default: notes.append("\(number). Note.")
            }
        }
        let text = "# Title\n\n" + body.joined() + "\n---\n\n" + notes.joined(separator: "\n\n") + "\n"
        let essay = try Fixture.essay(text, path: "notes.md")
        #expect(essay.footnotes.count == count - 1)
        #expect(essay.footnotes.allSatisfy { $0.citedBy.count == 1 })
        #expect(essay.authorities.count == count / 100)
        #expect(essay.footnotes.filter { $0.citations.contains { $0.form == .id && $0.authorityID != nil } }.count == count / 100)
        // Paragraph 5,000 holds points 49,991 to 50,000; each is "Point N stands.<sup>N</sup> ".
        let markerColumn = "Point 49991 stands.<sup>49991</sup> ".count * 9 + "Point 50000 stands.".count + 1
        // The body ends on line 20,001, `---` is on 20,004, the first note on 20,006, the others every other line.
        let noteLine = 2 * (count / 10) + 6 + 2 * (missing - 1)
        #expect(Self.messages(essay) == [
            "notes.md:\(2 * (missing / 10) + 1):\(markerColumn): error: footnote 50000 is marked here but never defined; "
                + "add \"50000. ...\" to a footnote block after a --- line",
            "notes.md:\(noteLine):1: warning: footnote 50001 follows footnote 49999, so note 50000 is missing; "
                + "check the conversion for a lost page or renumber",
        ])
    }

    @Test("deeply nested emphasis: ten thousand levels, every span kept, no stars in the text")
    func deeplyNestedEmphasis() throws {
        let depth = 10_000
        let opening = (0..<depth).map { "*w\($0) " }.joined()
        let closing = (0..<depth).reversed().map { " w\($0)*" }.joined()
        let essay = try Fixture.essay("# T\n\n" + opening + "deep" + closing + " end.\n", path: "nested.md")
        #expect(essay.diagnostics.isEmpty)
        let content = try #require(essay.sections.first?.blocks.first?.content)
        #expect(!content.text.contains("*"))
        #expect(content.text == opening.replacingOccurrences(of: "*", with: "") + "deep" + closing.replacingOccurrences(of: "*", with: "") + " end.")
        let emphasis = content.spans.filter { if case .emphasis = $0.style { true } else { false } }
        #expect(emphasis.count == depth)
        // Each span holds the next: the outermost covers the text from "w0" to the last "w0".
        let widest = try #require(emphasis.max { $0.range.count < $1.range.count })
        #expect(content.substring(widest.range).hasPrefix("w0 w1 "))
        #expect(content.substring(widest.range).hasSuffix(" w1 w0"))
    }

    @Test("deeply nested links: one link, its inner brackets kept as text with one warning (was a stack overflow)")
    func deeplyNestedLinks() throws {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + "deep" + String(repeating: "](https://x.org)", count: depth)
        let essay = try Fixture.essay("# T\n\n" + text + " end.\n", path: "links.md")
        #expect(Self.messages(essay) == [
            "links.md:3:2: warning: a link inside another link's text is kept as text (links do not nest); remove the inner link's brackets and address",
        ])
        let content = try #require(essay.sections.first?.blocks.first?.content)
        let inner = String(repeating: "[", count: depth - 1) + "deep" + String(repeating: "](https://x.org)", count: depth - 1)
        #expect(content.text == inner + " end.")
        #expect(content.spans.map(\.range) == [0..<inner.utf8.count])
    }

    @Test("a <sup> nested in a <sup>: kept as text with a warning, not a footnote named by its markup")
    func nestedSup() throws {
        let depth = 1_000
        let markup = String(repeating: "<sup>", count: depth) + "1" + String(repeating: "</sup>", count: depth)
        let essay = try Fixture.essay("# T\n\nText." + markup + " More.\n\n---\n\n1. A note.\n", path: "sup.md")
        #expect(Self.messages(essay) == [
            "sup.md:3:6: warning: <sup> holds “<sup><sup><sup><sup><sup…”, which is not a footnote label; kept as text (a marker is <sup>12</sup>)",
            "sup.md:7:1: warning: footnote 1 is never marked in the text",
        ])
        let content = try #require(essay.sections.first?.blocks.first?.content)
        #expect(content.text == "Text." + markup + " More.")
        #expect(content.markers.isEmpty)
    }

    @Test("a <sup> with no close: a warning at it, the text kept")
    func unclosedSup() throws {
        let essay = try Fixture.essay("# T\n\nText<sup>1 runs on. Another sentence.\n")
        #expect(Self.messages(essay) == ["fixture.md:3:5: warning: <sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)"])
        #expect(Fixture.sentences(essay) == ["Text<sup>1 runs on.", "Another sentence."])
    }

    @Test("ten thousand openings that never close, on one line: a warning for each <sup>, the text whole (was quadratic)")
    func manyUnclosedOpenings() throws {
        let count = 10_000
        let line = String(repeating: "a [b ", count: count) + String(repeating: "c<sup>1 ", count: count) + String(repeating: "[d](e ", count: count)
        let essay = try Fixture.essay("# T\n\n" + line + "end.\n", path: "open.md")
        #expect(essay.diagnostics.count == count)
        #expect(essay.diagnostics.allSatisfy { $0.message == "<sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)" })
        #expect(essay.diagnostics.first?.range.start == SourcePosition(line: 3, column: 5 * count + 2))
        #expect(essay.sections.first?.blocks.first?.content.text == line + "end.")
    }

    @Test("footnote numbers with gaps, repeats and letters (12a): each problem at its place, nothing dropped unsaid")
    func footnoteNumbering() throws {
        let text = """
            # Title

            One.<sup>1</sup> Two.<sup>2</sup> Five.<sup>5</sup> Again.<sup>2</sup> Twelve.<sup>12</sup> Inserted.<sup>12a</sup> Odd.<sup>b3</sup>

            ---

            1. One.

            2. Two.

            5. Five.

            2. Two again.

            12. Twelve.

            12a. Inserted.

            """
        let essay = try Fixture.essay(text, path: "numbers.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "5", "12", "12a"])
        #expect(essay.footnotes.map(\.number) == [1, 2, 5, 12, 12])
        #expect(essay.footnote("2")?.content.text == "Two.")
        #expect(Self.messages(essay) == [
            "numbers.md:3:59: warning: footnote 2 is marked here a second time (first at 3:22); each footnote is marked once, so check the number",
            "numbers.md:3:121: error: footnote b3 is marked here but never defined; add \"b3. ...\" to a footnote block after a --- line",
            "numbers.md:11:1: warning: footnote 5 follows footnote 2, so notes 3–4 are missing; check the conversion for a lost page or renumber",
            "numbers.md:13:1: error: footnote 2 is defined twice (first at line 9); renumber or remove one",
            "numbers.md:15:1: warning: footnote 12 follows footnote 5, so notes 6–11 are missing; check the conversion for a lost page or renumber",
        ])
    }

    @Test("a supra cycle through hereinafter names: each broken link named, a declared name read where its note number is wrong")
    func supraCycle() throws {
        let text = """
            # Title

            One.<sup>1</sup> Two.<sup>2</sup> Three.<sup>3</sup> Four.<sup>4</sup> Five.<sup>5</sup> Six.<sup>6</sup>

            ---

            1. John Smith, *The First Book* 12 (2001) [hereinafter Second Book].

            2. Jane Jones, *The Second Book* 40 (2003) [hereinafter First Book].

            3. First Book, *supra* note 4, at 5.

            4. Second Book, *supra* note 3, at 7.

            5. Second Book, *supra* note 5, at 9.

            6. *Id.* at 3.

            """
        let essay = try Fixture.essay(text, path: "supra.md")
        #expect(Self.messages(essay) == [
            "supra.md:11:4: error: *supra* note 4 points forward, at a later note; cite the work in full first and point back at that note",
            "supra.md:13:4: warning: *supra* note 3 names \"Second Book\", which note 3 does not cite; read as smith-2001-first, cited in note 1; fix the note number",
            "supra.md:15:4: error: *supra* note 5 points at its own note; point at the earlier note that cites the work in full",
            "supra.md:17:5: error: *Id.* refers to the citation in note 5, which is unresolved; fix that citation first",
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnotes.map { $0.citations.count } == [1, 1, 1, 1, 1, 1])
        #expect(essay.authorities.map(\.shortNames) == [["Second Book"], ["First Book"]])
        // The name a note declared wins over a note number that holds no work by it.
        #expect(essay.footnotes.map { $0.citations.first?.authorityID } == ["smith-2001-first", "jones-2003-second", nil, "smith-2001-first", nil, nil])
    }

    @Test("a symbolic link loop in a corpus folder: one error for the looping file, a looping folder never entered")
    func symlinkLoop() throws {
        let scratch = CorpusScratch()
        scratch.essay("a.md", seed: 1)
        #expect(symlink("loop.md", scratch.folder + "/loop.md") == 0)
        #expect(symlink(".", scratch.folder + "/again") == 0)
        #expect(symlink("again/again/again", scratch.folder + "/deep.md") == 0)
        let corpus = try EssayCorpus.load(path: scratch.folder)
        #expect(corpus.entries.map(\.name) == ["a.md", "loop.md"])
        #expect(corpus.essays.count == 1)
        // `deep.md` leads through the looping folder to the folder itself: a folder, skipped as one.
        #expect(corpus.failures.map(\.description) == [
            scratch.folder + "/loop.md: error: cannot open the file (too many levels of symbolic links); "
                + "a link that dangles or loops is skipped; the other essays still load",
        ])
        #expect(try EssayFolder(path: scratch.folder).skippedFolders == 2)
    }
}
