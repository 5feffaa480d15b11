/// Records an `Encodable` value as a tree of `JSONNode`s, so that `JSONStream` can write it at any
/// depth, indented as it goes, with no JSON text to encode, split and indent again.
///
/// It covers what the export's records use: keyed, unkeyed and single-value containers, nested
/// containers, strings, booleans, integers and floating-point numbers. Values are written as
/// `JSONEncoder` writes them with sorted keys, pretty printing and unescaped slashes. The coding
/// path stays that of the value encoded (no key appended per field, an allocation each): the
/// export's records never read it.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode, codingPath: [any CodingKey] = []) {
        self.node = node
        self.codingPath = codingPath
    }

    /// The tree of `value`.
    static func node(of value: some Encodable) throws -> JSONNode {
        let node = JSONNode()
        try encode(value, into: node, codingPath: [])
        return node
    }

    /// Encodes `value` into `node`, strings and numbers without the round through `Encoder`.
    static func encode<T: Encodable>(_ value: T, into node: JSONNode, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: node.content = .string(text)
        case let number as Int: node.content = .number(String(number))
        case let flag as Bool: node.content = .bool(flag)
        default: try value.encode(to: JSONNodeEncoder(node: node, codingPath: codingPath))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }

    /// JSON's text of a floating-point number, as `JSONEncoder` writes it (`1` for 1.0).
    static func number(_ value: Double) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        let codingPath: [any CodingKey]

        private func child(_ key: Key) -> JSONNode {
            let child = JSONNode()
            node.set(key.stringValue, child)
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).content = .null }
        mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).content = .bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { child(key).content = .string(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { child(key).content = .number(try JSONNodeEncoder.number(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Float, forKey key: Key) throws { child(key).content = .number(try JSONNodeEncoder.number(Double(value))) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try JSONNodeEncoder.encode(value, into: child(key), codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                           forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: child(key), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: child(key), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = JSONNode()
            node.set("super", child)
            return JSONNodeEncoder(node: child, codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONNodeEncoder(node: child(key), codingPath: codingPath)
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: JSONNode
        let codingPath: [any CodingKey]
        private(set) var count = 0

        init(node: JSONNode, codingPath: [any CodingKey]) {
            self.node = node
            self.codingPath = codingPath
        }

        private mutating func next() -> JSONNode {
            let child = JSONNode()
            node.append(child)
            count += 1
            return child
        }

        mutating func encodeNil() throws { next().content = .null }
        mutating func encode(_ value: Bool) throws { next().content = .bool(value) }
        mutating func encode(_ value: String) throws { next().content = .string(value) }
        mutating func encode(_ value: Int) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Double) throws { next().content = .number(try JSONNodeEncoder.number(value)) }
        mutating func encode(_ value: Int8) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Float) throws { next().content = .number(try JSONNodeEncoder.number(Double(value))) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = next()
            try JSONNodeEncoder.encode(value, into: child, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            JSONNodeEncoder(node: next(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            JSONNodeEncoder(node: next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            JSONNodeEncoder(node: next(), codingPath: codingPath)
        }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let node: JSONNode
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .null }
        mutating func encode(_ value: Bool) throws { node.content = .bool(value) }
        mutating func encode(_ value: String) throws { node.content = .string(value) }
        mutating func encode(_ value: Int) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int8) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Double) throws { node.content = .number(try JSONNodeEncoder.number(value)) }
        mutating func encode(_ value: Float) throws { node.content = .number(try JSONNodeEncoder.number(Double(value))) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try JSONNodeEncoder.encode(value, into: node, codingPath: codingPath)
        }
    }
}
