#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EssayKit
import Foundation
import LowLevel
import Yams

/// The text of a YAML file, composed into Yams nodes, with every failure as a located diagnostic.
struct YAMLSource {
    /// Why a file could not be read at all.
    enum ReadFailure: Error {
        case missing
        case folder
        case unreadable(String)
        /// Binary data, UTF-16, a byte that is not UTF-8 or a NUL: what is wrong, where, what to do.
        case badBytes(EssayError)

        /// Where in the file the failure is, when it is at a byte.
        var position: SourcePosition? {
            if case .badBytes(let error) = self { return error.position }
            return nil
        }
    }

    let path: String
    let text: String

    /// Reads the file at `path` as UTF-8 text.
    static func read(path: String) -> Result<YAMLSource, ReadFailure> {
        var info = stat()
        guard SystemPath.status(path, &info) == 0 else { return .failure(.missing) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
        // Opening a FIFO blocks until a writer comes, and a device has no end.
        if (info.st_mode & S_IFMT) != S_IFREG { return .failure(.unreadable("not a regular file (a FIFO, socket or device)")) }
        let data: [UInt8]
        switch SystemFiles.read(path: path, expectedCount: Int(info.st_size), limit: EssayLoader.maximumSize) {
        case .read(let bytes): data = bytes
        case .cannotOpen, .failed: return .failure(.unreadable("permission denied or not a regular file"))
        case .tooLarge: return .failure(.unreadable("it is larger than \(EssayLoader.maximumSize) bytes"))
        }
        do {
            // The checks essays get: the byte-order mark dropped, bad bytes named at their line and column.
            let file = try SourceFile.decode(path: path, data: data)
            return .success(YAMLSource(path: path, text: String(decoding: file.bytes, as: UTF8.self)))
        } catch {
            return .failure(.badBytes(error))
        }
    }

    /// A sentence saying why the file could not be read.
    static func describe(_ failure: ReadFailure) -> String {
        switch failure {
        case .missing: "no such file"
        case .folder: "it is a folder, not a file"
        case .unreadable(let reason): "cannot read it (\(reason))"
        case .badBytes(let error): error.message + (error.hint.map { "; " + $0 } ?? "")
        }
    }

    /// Whether the text holds nothing but blank lines, comments and document markers.
    var isBlank: Bool {
        var atLineStart = true
        var inComment = false
        for byte in text.utf8 {
            switch byte {
            case 0x0A: atLineStart = true; inComment = false
            case _ where inComment: continue
            case 0x20, 0x09, 0x0D: continue
            case 0x23 where atLineStart: inComment = true
            case 0x2D where atLineStart, 0x2E where atLineStart: continue
            default: return false
            }
        }
        return true
    }

    /// The document's root node, or the syntax error at its file:line:col.
    func compose() -> (root: YAMLNode?, failure: Diagnostic?) {
        switch YAMLReader.compose(text) {
        case .success(let root):
            return (root, nil)
        case .failure(.structure(let position, let message)):
            return (nil, Diagnostic(.error, file: path, range: SourceRange(start: position, end: position), message: message))
        case .failure(.syntax(let position, let problem)):
            // Yams parses with the same libyaml, so it fails the same way; its error carries the context.
            do {
                _ = try Yams.compose(yaml: text, .basic, .default, .utf8)
            } catch let error as YamlError {
                return (nil, diagnostic(for: error))
            } catch {}
            return (nil, Diagnostic(.error, file: path, range: SourceRange(start: position, end: position), message: "YAML syntax error: \(problem)"))
        }
    }

    static let origin = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    /// Where a read failure is reported: at its byte, or at the file's start.
    static func range(of failure: ReadFailure) -> SourceRange {
        failure.position.map { SourceRange(start: $0, end: $0) } ?? origin
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            let position = SourcePosition(line: mark.line, column: mark.column)
            return Diagnostic(.error, file: path, range: SourceRange(start: position, end: position), message: message)
        }
        func syntax(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> Diagnostic {
            let while_ = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            return at(mark, "YAML syntax error: \(problem)\(while_)")
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return syntax(context, problem, mark)
        case let .reader(problem, offset, _, _):
            let position = offset.map(position(ofCharacterOffset:)) ?? SourcePosition(line: 1, column: 1)
            return Diagnostic(.error, file: path, range: SourceRange(start: position, end: position), message: "YAML cannot be read: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "\(quoted: $0)" }.joined(separator: ", ")
            return at(context.mark, "YAML mapping has the key \(keys) more than once")
        default:
            return Diagnostic(.error, file: path, range: YAMLSource.origin, message: "YAML error: \(error)")
        }
    }

    private func position(ofCharacterOffset offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return SourcePosition(line: line, column: column)
    }
}
