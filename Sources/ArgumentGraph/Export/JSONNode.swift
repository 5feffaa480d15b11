/// One JSON value as `JSONNodeEncoder` records it from an `Encodable`, before `JSONStream` writes it.
///
/// A reference, since a nested container's writes must land in the value its parent holds.
final class JSONNode {
    enum Content {
        /// Nothing encoded yet: written as `{}`, as `JSONEncoder` writes a value that encodes nothing.
        case unset
        case null
        case bool(Bool)
        /// A number already in JSON's text (`12`, `-3`, `0.5`).
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in the order encoded; written in sorted key order.
        case object([(key: String, value: JSONNode)])
    }

    var content: Content

    init(_ content: Content = .unset) {
        self.content = content
    }

    /// Makes this node an array (keeping its elements when it is one already) and appends `element`.
    func append(_ element: JSONNode) {
        if case .array(var elements) = content {
            content = .unset
            elements.append(element)
            content = .array(elements)
        } else {
            content = .array([element])
        }
    }

    /// Makes this node an object (keeping its members when it is one already) and sets `key`.
    func set(_ key: String, _ value: JSONNode) {
        guard case .object(var members) = content else {
            content = .object([(key, value)])
            return
        }
        content = .unset
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        content = .object(members)
    }

    /// Makes this node an empty array unless it holds one.
    func becomeArray() {
        if case .array = content { return }
        content = .array([])
    }

    /// Makes this node an empty object unless it holds one.
    func becomeObject() {
        if case .object = content { return }
        content = .object([])
    }
}
