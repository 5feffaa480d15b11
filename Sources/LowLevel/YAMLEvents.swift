import CYaml

/// Reads YAML text as libyaml's parser events, each handed over as a value: the C parser, its
/// event structs and the pointers to their strings never leave this file.
///
/// libyaml is the C parser the Yams package builds (`CYaml`); reading its events directly, rather
/// than through Yams' composer, is what keeps loading annotations quick (see `YAMLReader`).
package enum YAMLEvents {
    /// A place in the text as libyaml counts it: line and column from 0, and the number of
    /// characters (Unicode scalars) before it.
    package struct Mark: Sendable {
        package let line: Int
        package let column: Int
        package let index: Int
    }

    /// How a scalar was written.
    package enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// What an event is, with what it carries.
    package enum Kind: Sendable {
        case streamEnd
        case documentStart
        case scalar(value: String, style: ScalarStyle, anchor: String?)
        case alias(anchor: String)
        case sequenceStart(anchor: String?, isFlow: Bool)
        case mappingStart(anchor: String?, isFlow: Bool)
        case sequenceEnd
        case mappingEnd
        /// Stream start, document end and anything else a composer passes over.
        case other
    }

    /// One parser event and the stretch of text it covers.
    package struct Event: Sendable {
        package let kind: Kind
        package let start: Mark
        package let end: Mark
    }

    /// libyaml's description of what is wrong, and where.
    package struct SyntaxError: Error, Sendable {
        package let problem: String
        package let mark: Mark
    }

    /// Parses `text`, handing each event to `body` in order until `body` returns false or the
    /// stream ends; the error when libyaml rejects the text before that.
    package static func read(_ text: String, _ body: (Event) -> Bool) -> SyntaxError? {
        var text = text
        return text.withUTF8 { bytes -> SyntaxError? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return SyntaxError(problem: "out of memory", mark: Mark(line: 0, column: 0, index: 0))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                    return SyntaxError(problem: problem, mark: mark(parser.problem_mark))
                }
                let kind = kind(of: event)
                let handed = Event(kind: kind, start: mark(event.start_mark), end: mark(event.end_mark))
                yaml_event_delete(&event)
                if case .streamEnd = kind {
                    _ = body(handed)
                    return nil
                }
                guard body(handed) else { return nil }
            }
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
    }

    private static func kind(of event: yaml_event_t) -> Kind {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let style: ScalarStyle = switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            return .scalar(value: string(scalar.value, Int(scalar.length)), style: style, anchor: name(scalar.anchor))
        case YAML_ALIAS_EVENT:
            return .alias(anchor: name(event.data.alias.anchor) ?? "")
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: name(event.data.sequence_start.anchor),
                                  isFlow: event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: name(event.data.mapping_start.anchor),
                                 isFlow: event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            return .other
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
