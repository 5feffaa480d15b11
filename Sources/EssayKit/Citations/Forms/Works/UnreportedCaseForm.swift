/// A court decision named by its parties (`Roe v. Doe`) with no reporter legit knows: cited with a
/// docket number or a database, it is kept apart from articles and books, as a work of no kind.
enum UnreportedCaseForm: WorkForm {
    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        // A title naming a case in a journal (`The Wages of Crying Wolf: A Comment on Roe v. Wade,
        // 82 Yale L. J. 920`) is an article's.
        guard fields.facts.journal == nil else { return false }
        if let numbered = caseNumbered(work.title) {
            // `Pratt v London Borough of Elm [Case 02ABC 123], June 2003`: an unreported English
            // decision by its parties and the court's case number, a case.
            work.kind = .case
            work.title = numbered.name
            work.documentNumber = numbered.number
            return true
        }
        guard isCaseName(work.title) else { return false }
        work.kind = .other
        return true
    }

    /// The parties and number of a title `X v Y [Case NUMBER]` (or `v.`), or nil.
    static func caseNumbered(_ title: String) -> (name: String, number: String)? {
        guard title.utf8.last == UInt8(ascii: "]") else { return nil }
        let marker = Array(" [Case ".utf8)
        let bytes = Array(title.utf8)
        guard bytes.count > marker.count + 1,
              let open = (0...(bytes.count - marker.count - 1)).last(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }) else { return nil }
        let name = String(decoding: bytes[..<open], as: UTF8.self)
        let number = String(decoding: bytes[(open + marker.count)..<(bytes.count - 1)], as: UTF8.self)
        guard !number.isEmpty, number.contains(where: \.isNumber), name.contains(" v ") || isCaseName(name) else { return nil }
        return (name, number)
    }

    /// `Roe v. Doe`: a court decision's name.
    static func isCaseName(_ title: String) -> Bool {
        let bytes = title.utf8Span.span
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) where bytes[start] == UInt8(ascii: " ") && bytes[start + 1] == UInt8(ascii: "v")
            && bytes[start + 2] == UInt8(ascii: ".") && bytes[start + 3] == UInt8(ascii: " ") {
            return true
        }
        return false
    }
}
