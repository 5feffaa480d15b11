/// The title of a record filing as the notes cite it again: the key a title is compared by, and
/// the title of a filing already cited.
///
/// `Decl. Roe` and `Decl. of Roe`, `Pet'rs' Mem.` and `Pet’rs’ Mem.` are one title: the key keeps
/// letters and digits alone, lower-cased, without `of` and `the`.
enum RecordTitle {
    /// The prefix of the document number of a filing cited by its title alone.
    static let titlePrefix = "Filing "

    /// The document number that identifies a filing cited by its title alone.
    static func titleNumber(_ title: String) -> String {
        titlePrefix + title
    }

    /// `title` folded to the key titles are compared by.
    static func key(_ title: Substring) -> String {
        var key = ""
        for word in title.split(separator: " ") {
            let folded = word.lowercased().filter { $0.isLetter || $0.isNumber }
            guard !folded.isEmpty, folded != "of", folded != "the" else { continue }
            key += folded
        }
        return key
    }

    /// The keys a later title names `authority` by when it is a filing: its title's
    /// (`key(of:)`), and for a filing of a case cited in full (`CaseFilingForm`) its title after
    /// the first word of either party (`Pell Complaint`, `Gantry Complaint` for the complaint in
    /// `Pell v. Gantry Labs, Inc.`).
    static func keys(of authority: Authority) -> [String] {
        guard let titleKey = key(of: authority) else { return [] }
        guard let caseName = authority.container, authority.documentNumber?.hasPrefix(authority.title + CaseFilingForm.caseJoint) == true
        else { return [titleKey] }
        var keys = [titleKey]
        let words = caseName.split(separator: " ")
        for (index, word) in words.enumerated() where index == 0 || words[index - 1] == "v." {
            keys.append(key(word) + titleKey)
        }
        return keys
    }

    /// The key of the title of `authority` when it is a record filing (`RecordDocumentForm`,
    /// `RecordTitleForm`, `CaseFilingForm`), or nil.
    static func key(of authority: Authority) -> String? {
        guard authority.kind == .document, let number = authority.documentNumber else { return nil }
        if number.hasPrefix(titlePrefix) { return key(number.dropFirst(titlePrefix.count)) }
        // `Complaint in No. 4:22-cv-01234`: a filing of a case cited in full, by its title.
        if authority.container != nil, number.hasPrefix(authority.title + CaseFilingForm.caseJoint) { return key(Substring(authority.title)) }
        // `Compl. (doc. no. 1)`: the title before its docket entry.
        guard number.contains(RecordDocumentForm.docketWords), authority.title.hasSuffix(")"),
              let open = authority.title.range(of: " (", options: .backwards) else { return nil }
        return key(authority.title[..<open.lowerBound])
    }
}
