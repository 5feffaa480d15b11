/// The name of the untitled text before an essay's first heading, as its outline shows it.
///
/// It is called `Introduction`, unless a heading after it is named so (an opening summary or
/// abstract above the essay's own `Introduction`): then it is the `Opening`, so the outline never
/// holds two entries of one name.
enum OpeningName {
    static let opening = "Opening"

    /// Renames the untitled first section of `sections` where a later unnumbered heading is
    /// `Introduction` (any case, a closing `.` or `:` aside).
    static func name(_ sections: inout [Section]) {
        guard sections.count > 1, sections[0].title == nil else { return }
        let clash = sections.dropFirst().contains { section in
            guard section.number == nil, let title = section.title, title.utf8.count <= 14 else { return false }
            var folded = title.lowercased()
            while let last = folded.last, last == "." || last == ":" || last == " " { folded.removeLast() }
            return folded == "introduction"
        }
        if clash { sections[0].untitledName = opening }
    }
}
