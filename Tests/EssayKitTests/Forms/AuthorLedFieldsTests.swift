import Testing
@testable import EssayKit

@Suite("The fields of an author-led citation, read once for the forms that share them")
struct AuthorLedFieldsTests {
    @Test("a limit gives the first fields of the whole list, asked before or after it")
    func limitIsAPrefix() throws {
        let written = "JAEGER/METZGER, Open Source Software, Rechtliche Rahmenbedingungen, 3rd ed., 2011, ref. 136"
        let citation = 0..<written.utf8.count
        let whole = try #require(AuthorLedFields.read(CitationText(RichText(text: written)), citation))
        #expect(whole.count == 6)
        // Limited first, then whole, on one text: the kept answer serves both.
        let text = CitationText(RichText(text: written))
        #expect(AuthorLedFields.read(text, citation, limit: 3) == Array(whole.prefix(3)))
        #expect(AuthorLedFields.read(text, citation) == whole)
        #expect(AuthorLedFields.read(text, citation, limit: 10) == whole)
    }

    @Test("a first field that names no authors gives nil, kept for the same citation only")
    func noAuthors() throws {
        let written = "Jane Roe, Title, 12 J. L. 345 (2001); MARLY, Praxishandbuch, 2009, ref. 925"
        let text = CitationText(RichText(text: written))
        let semicolon = try #require(Array(written.utf8).firstIndex(of: UInt8(ascii: ";")))
        let first = 0..<semicolon
        let second = first.upperBound + 2..<written.utf8.count
        #expect(AuthorLedFields.read(text, first) == nil)
        #expect(AuthorLedFields.read(text, second)?.count == 4)
        #expect(AuthorLedFields.read(text, first, limit: 2) == nil)
    }
}
