#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EssayKit
import Foundation
import Testing

/// A temporary folder of essays and other files, removed when the value goes away.
final class CorpusScratch {
    let folder: String

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-corpus-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Writes `text` (or bytes) to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// A generated essay in the converted format.
    @discardableResult
    func essay(_ name: String, seed: UInt64) -> String {
        write(name, SyntheticEssay.ofSize(3_000, seed: seed))
    }
}

@Suite("A folder of essays")
struct CorpusFolderTests {
    @Test("every *.md directly in the folder, in file-name order; other files, hidden files and subfolders left out")
    func listing() throws {
        let scratch = CorpusScratch()
        scratch.essay("b.md", seed: 2)
        scratch.essay("a.md", seed: 1)
        scratch.essay("B.md", seed: 3)
        scratch.essay("a10.md", seed: 4)
        scratch.write("a.claims.yaml", "claims: []\n")
        scratch.write("notes.txt", "not an essay")
        scratch.write(".hidden.md", "# Hidden\n\nText.\n")
        scratch.essay("sub/deep.md", seed: 5)
        let folder = try EssayFolder(path: scratch.folder)
        #expect(folder.essays.map { EssayCorpus.fileName($0) } == ["B.md", "a.md", "a10.md", "b.md"])
        #expect(folder.problems.isEmpty)
        #expect(folder.skippedFolders == 1)
        #expect(folder.hasAnnotations(scratch.folder + "/a.md"))
        #expect(!folder.hasAnnotations(scratch.folder + "/b.md"))
        let corpus = try EssayCorpus.load(path: scratch.folder)
        #expect(corpus.isMany)
        #expect(corpus.essays.count == 4)
        #expect(corpus.entries.map(\.name) == ["B.md", "a.md", "a10.md", "b.md"])
    }

    @Test("a bad file is a one-line error in its place while the others load")
    func badFileInPlace() throws {
        let scratch = CorpusScratch()
        scratch.essay("a.md", seed: 1)
        scratch.write("b.md", "")
        scratch.essay("c.md", seed: 3)
        #expect(FileManager.default.createFile(atPath: scratch.folder + "/d.md", contents: Data([0x23, 0x20, 0xFF, 0x0A])))
        let corpus = try EssayCorpus.load(path: scratch.folder)
        #expect(corpus.entries.map(\.name) == ["a.md", "b.md", "c.md", "d.md"])
        #expect(corpus.essays.count == 2)
        let failures = corpus.failures.map(\.description)
        #expect(failures.count == 2)
        #expect(failures[0].hasPrefix(scratch.folder + "/b.md:1:1: error: the file is empty"))
        #expect(failures[1].hasPrefix(scratch.folder + "/d.md:1:3: error: the file is not valid UTF-8"))
        #expect(failures.allSatisfy { !$0.contains("\n") })
    }

    @Test("links that loop or dangle, FIFOs and looping folder links never hang the listing")
    func symlinkLoopsAndFIFOs() throws {
        let scratch = CorpusScratch()
        scratch.essay("a.md", seed: 1)
        #expect(symlink("loop.md", scratch.folder + "/loop.md") == 0)
        #expect(symlink("nowhere.md", scratch.folder + "/dangling.md") == 0)
        #expect(symlink(".", scratch.folder + "/again") == 0)
        #expect(symlink(scratch.folder, scratch.folder + "/again.md") == 0)
        #expect(mkfifo(scratch.folder + "/pipe.md", 0o644) == 0)
        let folder = try EssayFolder(path: scratch.folder)
        #expect(folder.essays.map { EssayCorpus.fileName($0) } == ["a.md"])
        let problems = folder.problems.map(\.description)
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.hasPrefix(scratch.folder + "/loop.md: error: cannot open the file (too many levels of symbolic links)") })
        #expect(problems.contains { $0.hasPrefix(scratch.folder + "/dangling.md: error: cannot open the file (no such file or directory)") })
        #expect(problems.contains { $0.hasPrefix(scratch.folder + "/pipe.md: error: not a regular file") })
        let corpus = try EssayCorpus.load(path: scratch.folder)
        #expect(corpus.entries.map(\.name) == ["a.md", "dangling.md", "loop.md", "pipe.md"])
        #expect(corpus.essays.count == 1)
    }

    @Test("a FIFO or a device given as the essay is refused at once, never read or waited on")
    func fifoAndDeviceGivenDirectly() throws {
        let scratch = CorpusScratch()
        let pipe = scratch.folder + "/pipe.md"
        #expect(mkfifo(pipe, 0o644) == 0)
        for path in [pipe, "/dev/zero"] {
            #expect {
                _ = try EssayLoader.load(path: path)
            } throws: { error in
                "\(error)".hasPrefix(path + ": error: not a regular file (a FIFO, socket or device)")
            }
        }
    }

    @Test("a folder with no essays, or one that cannot be listed, is an error naming it")
    func emptyFolders() throws {
        let scratch = CorpusScratch()
        scratch.write("notes.txt", "x")
        scratch.essay("inner/a.md", seed: 1)
        #expect {
            try EssayCorpus.load(path: scratch.folder)
        } throws: { error in
            (error as? EssayError)?.description.hasPrefix(scratch.folder + ": error: the folder holds no essays: no *.md files directly in it (subfolders are not read)") == true
        }
        #expect(throws: EssayError.self) { try EssayFolder(path: scratch.folder + "/missing") }
    }

    @Test("one file is a corpus of one, and errors as a file does")
    func singleFile() throws {
        let scratch = CorpusScratch()
        let path = scratch.essay("one.md", seed: 1)
        let corpus = try EssayCorpus.load(path: path)
        #expect(!corpus.isMany)
        #expect(corpus.folder == nil)
        #expect(corpus.essays.first?.source.path == path)
        #expect(throws: EssayError.self) { try EssayCorpus.load(path: scratch.folder + "/none.md") }
    }

    @Test("an essay is named by its file name, its stem or its path; exact before case-insensitive")
    func naming() {
        let paths = ["/c/Alpha.md", "/c/alpha-2.md", "/c/beta.md"]
        #expect(EssayCorpus.match("beta", in: paths) == 2)
        #expect(EssayCorpus.match("beta.md", in: paths) == 2)
        #expect(EssayCorpus.match("/c/alpha-2.md", in: paths) == 1)
        #expect(EssayCorpus.match("alpha", in: paths) == 0)
        #expect(EssayCorpus.match("gamma", in: paths) == nil)
    }
}
