import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// A large essay shows its opening first and takes in the whole when it is parsed.
@Suite("Large essays: the opening first")
struct LargeEssayTests {
    static let large: SourceFile = SourceFile(path: "large.md", bytes: Array(SyntheticEssay.ofSize(300_000, seed: 5).utf8))

    @Test("the opening is cut at a blank line, and its blocks are the whole essay's first blocks")
    func openingIsTheWholesFirstBlocks() throws {
        let opening = try #require(EssayPreview.opening(of: Self.large))
        #expect(opening.bytes.count <= EssayPreview.length)
        #expect(opening.bytes.suffix(1) == [0x0A])
        #expect(EssayPreview.opening(of: SourceFile(path: "small.md", bytes: Array("# T\n\nText.\n".utf8))) == nil)
        let preview = try EssayParser().parse(opening)
        let whole = try EssayParser().parse(Self.large)
        let previewBlocks = ReadingBlock.blocks(of: preview)
        let wholeBlocks = ReadingBlock.blocks(of: whole)
        #expect(previewBlocks.count > 20)
        for index in previewBlocks.indices.dropLast() {
            #expect(previewBlocks[index].content.text == wholeBlocks[index].content.text, "block \(index)")
            #expect(previewBlocks[index].ref == wholeBlocks[index].ref)
        }
    }

    @Test("the opening is read from the file alone: the same as cut from the whole; nil when small or not clean text")
    func openingReadFromTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-opening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.md").path
        var bytes = Self.large.bytes
        bytes += Array("\n\nbad ".utf8) + [0xFF] + Array(" byte\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let read = try #require(EssayPreview.readOpening(path: path))
        let cut = try #require(EssayPreview.opening(of: Self.large))
        #expect(read.bytes == cut.bytes, "a bad byte far past the opening does not stop it")
        #expect(read.path == path)
        let small = folder.appendingPathComponent("small.md").path
        try Data("# T\n\nText.\n".utf8).write(to: URL(fileURLWithPath: small))
        #expect(EssayPreview.readOpening(path: small) == nil)
        var early = Self.large.bytes
        early[100] = 0xFF
        let bad = folder.appendingPathComponent("bad.md").path
        try Data(early).write(to: URL(fileURLWithPath: bad))
        #expect(EssayPreview.readOpening(path: bad) == nil, "a bad byte in the opening: the whole is read and its error reported")
        #expect(EssayPreview.readOpening(path: folder.appendingPathComponent("missing.md").path) == nil)
    }

    @Test("what the reader did in the opening carries into the whole essay: place, selection, lens, prompt, history")
    func carriedIntoTheWhole() throws {
        let preview = try EssayParser().parse(try #require(EssayPreview.opening(of: Self.large)))
        var state = ExplorerState(model: ExplorerModel(essay: preview, path: "large.md"), width: 100, height: 30)
        state.textPending = true
        state.argumentPending = true
        state = ExplorerReducer.reduce(state, keys: "<Space><Space>ll/revi")
        #expect(ExplorerView.render(state).lines.last?.contains("reading the rest of the essay…") == false, "the prompt shows while typing")
        let top = state.anchor
        let selection = state.selection
        let whole = ExplorerState(model: ExplorerModel(essay: try EssayParser().parse(Self.large), path: "large.md"), width: 80, height: 24)
        var next = state.carried(into: whole)
        #expect(!next.textPending)
        #expect(next.anchor == top)
        #expect(next.selection == selection)
        #expect(next.prompt?.editor.text == "revi")
        #expect(next.width == 100 && next.height == 30)
        next = ExplorerReducer.reduce(next, keys: "<Esc>G")
        #expect(next.currentSection == next.model.essay.sections.count - 1, "G reaches the end of the whole essay")
    }
}
