import CYaml
import EssayKit

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
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// The keys seen, once a mapping is large enough that scanning its entries would be slow.
        var keys: Set<String>?
    }

    /// The first document's root, nil for an empty stream.
    static func compose(_ text: String) -> Result<YAMLNode?, Failure> {
        var copy = text
        return copy.withUTF8 { bytes in compose(bytes) }
    }

    private static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(.syntax(SourcePosition(line: 1, column: 1), "out of memory")) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var stack: [Frame] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0
        var event = yaml_event_t()

        func position(_ mark: yaml_mark_t) -> SourcePosition {
            SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                return .failure(.syntax(position(parser.problem_mark), problem))
            }
            defer { yaml_event_delete(&event) }
            var finished: YAMLNode?
            var finishedAnchor: String?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(.structure(position(event.start_mark), "the file holds more than one YAML document; legit reads one"))
                }
                continue
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let style: YAMLNode.Style = switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: .literal
                case YAML_FOLDED_SCALAR_STYLE: .folded
                default: .plain
                }
                finished = .scalar(string(scalar.value, Int(scalar.length)), style, position(event.start_mark))
                finishedAnchor = name(scalar.anchor)
            case YAML_ALIAS_EVENT:
                let alias = name(event.data.alias.anchor) ?? ""
                guard let target = anchors[alias] else {
                    return .failure(.structure(position(event.start_mark), "the alias *\(alias) names no anchor"))
                }
                finished = target
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Frame(isMapping: false, position: position(event.start_mark), anchor: name(event.data.sequence_start.anchor)))
                continue
            case YAML_MAPPING_START_EVENT:
                stack.append(Frame(isMapping: true, position: position(event.start_mark), anchor: name(event.data.mapping_start.anchor)))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                finished = frame.isMapping ? .mapping(frame.entries, frame.position) : .sequence(frame.items, frame.position)
                finishedAnchor = frame.anchor
            default:
                continue
            }
            guard let node = finished else { continue }
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
                        return .failure(.structure(key.position, "YAML mapping has the key \(quoted: text) more than once (first on line \(line))"))
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
        }
    }
}
