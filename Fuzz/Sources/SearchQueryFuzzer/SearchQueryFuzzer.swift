import ArgumentGraph
import FuzzSupport

/// libFuzzer's entry: the input is a search query, as typed after `/` or given to `legit search`.
/// It is parsed (terms, "quoted phrases", folding) and run against the bundled essay's index, with
/// every kind and with one kind, and each hit's marked words are read back out of its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let query = SearchQuery(parsing: text)
    var checksum = query.terms.count + query.phrases.count
    for hit in BundledCorpus.searchIndex.search(query, limit: 20) {
        checksum &+= hit.matchedText.count
    }
    checksum &+= BundledCorpus.searchIndex.search(text, kinds: [.footnote], limit: 3).count
    return checksum == Int.min ? 1 : 0
}
