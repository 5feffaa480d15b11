import LowLevel

/// An article's or chapter's title in sentence case, between its authors and the journal or book
/// it is in: `Ann Roe, How courts read contracts and why it matters, 12 J. L. & Econ. 45 (2019)`,
/// `Ann Roe, How courts read contracts and why it matters, in Contract Reading 45 (Bo Poe ed., 2010)`.
///
/// Such a title has as many lower-case words as a sentence of the author's, which `FullWorkForm`
/// otherwise reads as prose; the frame says it is a title: a person's name (or a list of them)
/// first, the title opening with a capital, and right after it a journal's volume and first page
/// or `in` and the book.
enum SentenceCaseTitle {
    /// Whether `names[position]` is such a title; `next` is the field after the names, if any.
    static func isTitle(_ text: CitationText, _ names: ArraySlice<CitationField>, at position: Int, next: CitationField?) -> Bool {
        // The gate: a field before it, and it opens with a capital (the cheap tests first).
        guard position > names.startIndex, let first = names.first, first.shape == .words,
              let lead = text.bytes[names[position].core].first, Bytes.isUpper(lead) else { return false }
        if position + 1 < names.endIndex {
            guard position + 2 == names.endIndex, WorkFields.Facts.opensContainer(text, names[position + 1]) else { return false }
        } else {
            guard let next, case .reporter(let volume, _, let page) = next.shape, !volume.isEmpty, !page.isEmpty else { return false }
        }
        guard WorkFields.isPersonName(text, first.core) || WorkFields.listedName(text, first.core) else { return false }
        // Between the people and the title, only more names of the list (`Ann Roe, Ben Poe, and Cy Lee`).
        for index in (names.startIndex + 1)..<position where !NewsHeadline.isListedNames(text, names[index].core) { return false }
        return true
    }
}
