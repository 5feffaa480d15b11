import EssayKit

/// libFuzzer's entry: the input is an essay file's bytes. Decoding and parsing may throw (not
/// UTF-8, a NUL byte, nothing to parse); they must never trap, hang or exhaust memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let file = try? SourceFile.decode(path: "fuzz.md", data: bytes),
          let essay = try? EssayParser().parse(file) else { return 0 }
    // Read what every command reads: each body sentence with its place, each footnote's citations.
    var checksum = essay.diagnostics.count
    for located in essay.bodySentences { checksum &+= located.sentence.text.utf8.count }
    for footnote in essay.footnotes { checksum &+= footnote.citations.count + footnote.citedBy.count }
    return checksum == Int.min ? 1 : 0
}
