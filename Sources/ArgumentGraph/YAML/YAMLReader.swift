import EssayKit
import LowLevel

/// Composes YAML text into `YAMLNode`s straight from libyaml's events.
///
/// Yams' own composer (`Yams.compose`) allocates a class per event and per tag and costs about
/// 1.4 ms on the bundled annotations, most of the 2 ms budget for loading the whole argument; this
/// reader takes about a fifth of that from the same libyaml parser Yams ships. On a syntax error
/// the caller asks Yams for its `YamlError`, so messages and positions are Yams' own.
struct YAMLReader {
    /// Why composing stopped.
    enum Failure: Error {
        /// libyaml rejected the text; Yams will describe it.
        case syntax(SourcePosition, String)
        /// Something valid YAML allows but legit reads as a mistake.
        case structure(SourcePosition, String)
    }

    private struct Frame {
        var isMapping: Bool
        var position: SourcePosition
        var start: Int
        var isFlow: Bool
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// The keys seen, once a mapping is large enough that scanning its entries would be slow.
        var keys: Set<String>?
    }

    /// The first document's root, nil for an empty stream.
    static func compose(_ text: String) -> Result<YAMLNode?, Failure> {
        let bytes = Array(text.utf8)
        var stack: [Frame] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0
        var outcome: Result<YAMLNode?, Failure>?

        func position(_ mark: YAMLEvents.Mark) -> SourcePosition {
            SourcePosition(line: mark.line + 1, column: mark.column + 1)
        }
        // libyaml counts characters; edits need bytes. Marks come nearly in order, so a cursor
        // that steps back when a mark goes back converts them in about one pass over the text.
        let isASCII = !bytes.contains { $0 >= 0x80 }
        var cursor = (index: 0, offset: 0)
        func offset(_ mark: YAMLEvents.Mark) -> Int {
            let index = mark.index
            if isASCII { return min(index, bytes.count) }
            // A local copy: the captured cursor would be checked for exclusive access at every byte.
            var (at, byte) = cursor
            if index < at {
                // Back over whole characters (a lead byte and its continuation bytes).
                while at > index, byte > 0 {
                    byte -= 1
                    while byte > 0, bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
                    at -= 1
                }
            }
            while at < index, byte < bytes.count {
                let lead = bytes[byte]
                byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                at += 1
            }
            byte = min(byte, bytes.count)
            cursor = (at, byte)
            return byte
        }
        func mark(_ event: YAMLEvents.Event) -> YAMLMark {
            YAMLMark(position: position(event.start), start: offset(event.start), end: offset(event.end))
        }

        let syntaxError = YAMLEvents.read(text) { event in
            var finished: YAMLNode?
            var finishedAnchor: String?
            switch event.kind {
            case .streamEnd:
                outcome = .success(root)
                return false
            case .documentStart:
                documents += 1
                if documents > 1 {
                    outcome = .failure(.structure(position(event.start), "the file holds more than one YAML document; legit reads one"))
                    return false
                }
                return true
            case .scalar(let value, let scalarStyle, let anchor):
                let style: YAMLNode.Style = switch scalarStyle {
                case .singleQuoted: .singleQuoted
                case .doubleQuoted: .doubleQuoted
                case .literal: .literal
                case .folded: .folded
                case .plain: .plain
                }
                finished = .scalar(value, style, mark(event))
                finishedAnchor = anchor
            case .alias(let alias):
                guard let target = anchors[alias] else {
                    outcome = .failure(.structure(position(event.start), "the alias *\(alias) names no anchor"))
                    return false
                }
                finished = target
            case .sequenceStart(let anchor, let isFlow):
                stack.append(Frame(isMapping: false, position: position(event.start), start: offset(event.start), isFlow: isFlow, anchor: anchor))
                return true
            case .mappingStart(let anchor, let isFlow):
                stack.append(Frame(isMapping: true, position: position(event.start), start: offset(event.start), isFlow: isFlow, anchor: anchor))
                return true
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else { return true }
                // A block collection's end event sits at the next token, past any comments after
                // it; its text ends where its last child does.
                let last = frame.isMapping ? frame.entries.last?.value : frame.items.last
                let end = frame.isFlow ? offset(event.end) : max(frame.start, last?.mark.end ?? frame.start)
                let span = YAMLMark(position: frame.position, start: frame.start, end: end, isFlow: frame.isFlow)
                finished = frame.isMapping ? .mapping(frame.entries, span) : .sequence(frame.items, span)
                finishedAnchor = frame.anchor
            case .other:
                return true
            }
            guard let node = finished else { return true }
            if let finishedAnchor { anchors[finishedAnchor] = node }
            if stack.isEmpty {
                root = node
            } else if !stack[stack.count - 1].isMapping {
                stack[stack.count - 1].items.append(node)
            } else if let key = stack[stack.count - 1].pendingKey {
                if let text = key.text {
                    let top = stack.count - 1
                    let repeated = stack[top].keys.map { $0.contains(text) } ?? stack[top].entries.contains { $0.key.text == text }
                    if repeated {
                        let line = stack[top].entries.first { $0.key.text == text }?.key.position.line ?? key.position.line
                        outcome = .failure(.structure(key.position, "YAML mapping has the key \(quoted: text) more than once (first on line \(line))"))
                        return false
                    }
                    if stack[top].keys != nil {
                        stack[top].keys?.insert(text)
                    } else if stack[top].entries.count >= 16 {
                        stack[top].keys = Set(stack[top].entries.compactMap(\.key.text) + [text])
                    }
                }
                stack[stack.count - 1].entries.append((key, node))
                stack[stack.count - 1].pendingKey = nil
            } else {
                stack[stack.count - 1].pendingKey = node
            }
            return true
        }
        if let syntaxError { return .failure(.syntax(position(syntaxError.mark), syntaxError.problem)) }
        return outcome ?? .success(root)
    }
}
