import EssayKit

/// The most notes one input is cut into; more adds nothing *Id.* and *supra* chains do not already.
private let maximumNotes = 64

/// libFuzzer's entry: each line of the input is the text of one footnote, numbered from 1, whose
/// citations are segmented, parsed (full forms, short forms, *Id.*, *supra*, pinpoints) and
/// resolved across the notes, without the essay parser around them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let notes = text.split(separator: "\n", maxSplits: maximumNotes - 1, omittingEmptySubsequences: false).map(String.init)
    let resolved = CitationResolver().resolve(notes: notes, path: "fuzz-notes.md")
    // Touch what readers of the result use: each citation's text and the catalog's names.
    var checksum = 0
    for footnote in resolved.footnotes {
        for citation in footnote.citations { checksum &+= citation.text.utf8.count }
        for segment in footnote.segments { checksum &+= segment.text.utf8.count }
    }
    for authority in resolved.authorities { checksum &+= authority.id.utf8.count }
    return checksum == Int.min ? 1 : 0
}
