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
