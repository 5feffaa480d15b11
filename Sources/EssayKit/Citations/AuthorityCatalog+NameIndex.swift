extension AuthorityCatalog {
    /// The works filed by the keys a short form's name is held against them by, so that a name
    /// is held against the few works that may answer to it, not against every work cited before.
    ///
    /// A filter only: a work filed under a key is then asked in full, so a work filed under more
    /// keys than it has (one whose names changed) costs a look and changes no answer. Each list
    /// holds a work once, in the order filed.
    struct NameIndex {
        /// By a short name or the volume and journal, whole.
        private(set) var byWhole: [String: [Int]] = [:]
        /// By each author's surname: a name's last word.
        private(set) var bySurname: [String: [Int]] = [:]
        /// A work that is no case, by its title key's first word.
        private(set) var byTitleStart: [String: [Int]] = [:]
        /// A case, by each word of its name (`wordKey`).
        private(set) var byCaseWord: [String: [Int]] = [:]

        /// A word's key among a case's words: its first three bytes, or the word when shorter. A word
        /// abbreviates another only when both have three letters and one starts the other, so
        /// the two share the key, as equal words do.
        static func wordKey(_ word: some StringProtocol) -> String {
            word.utf8.count <= 3 ? String(word) : String(word.prefix(3))
        }

        mutating func file(_ index: Int, shortNames: [String], surnames: [String?], volumeAndContainer: String?,
                           title: String, caseWords: [Substring]) {
            for name in shortNames { Self.add(index, name, to: &byWhole) }
            if let volumeAndContainer { Self.add(index, volumeAndContainer, to: &byWhole) }
            for case let surname? in surnames { Self.add(index, surname, to: &bySurname) }
            if caseWords.isEmpty {
                let first = title.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(title[..<$0]) } ?? title
                if !first.isEmpty { Self.add(index, first, to: &byTitleStart) }
            }
            for word in caseWords { Self.add(index, Self.wordKey(word), to: &byCaseWord) }
        }

        private static func add(_ index: Int, _ key: String, to table: inout [String: [Int]]) {
            if table[key]?.last != index { table[key, default: []].append(index) }
        }
    }
}
