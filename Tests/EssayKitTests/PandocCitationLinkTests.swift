import Testing
@testable import EssayKit

/// A court opinion as a case-law site's page converts by `pandoc -t markdown`: every citation a
/// link or a span with long attributes, wrapped over lines, its notes in fenced divs.
@Suite("Pandoc citation links with long attributes")
struct PandocCitationLinkTests {
    /// The attributes a case-law page gives one citation link: its class, its index, its text and
    /// the ids of every case it may name (invented ids, as many as a real page lists).
    static func attributes(_ index: Int, _ cite: String) -> String {
        let ids = (0..<40).map { String(4_000_000 + index * 100 + $0) }.joined(separator: ",")
        return "{.citation index=\"\(index)\" data-cite=\"\(cite)\" case-ids=\"\(ids)\"}"
    }

    static func link(_ text: String, _ index: Int) -> String {
        "[\(text)](http://cite.case.test:8000/citations/?q=\(index))" + attributes(index, text)
    }

    /// An opinion with the notes `notes`, each wrapped at 60 columns as Pandoc wraps its lines.
    static func opinion(_ notes: [String]) throws -> Essay {
        let body = notes.indices.map { "Claim \($0 + 1).^[\($0 + 1)](#footnote_1_\($0 + 1)){#ref_footnote_1_\($0 + 1)}^" }.joined(separator: " ")
        var text = "::: {.casebody}\n::: {.opinion}\nRoe, J.\n\n\(body)\n:::\n\n"
        for (offset, note) in notes.enumerated() {
            let label = offset + 1
            text += "::: {#footnote_1_\(label) .footnote label=\"\(label)\"}\n[\(label).](#ref_footnote_1_\(label))\n\n\(wrapped(note))\n:::\n\n"
        }
        text += ":::\n"
        return try EssayParser().parse(SourceFile(path: "opinion.md", bytes: Array(text.utf8)))
    }

    /// `text` broken at the last space before every 60 columns.
    static func wrapped(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > 60 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    @Test("a citation link's attributes, however long and wrapped, are no text; an Id. in a span or link reads as Id.")
    func longAttributes() throws {
        let essay = try Self.opinion([
            "*State v. Doe,* \(Self.link("210 Neb. 44", 1)), \(Self.link("301 N.W.2d 77", 2)) (1981).",
            "*[Id.]\(Self.attributes(3, "301 N.W.2d 77"))*",
            "*[Id.,](http://cite.case.test:8000/citations/?q=4)\(Self.attributes(4, "301 N.W.2d 77"))* \(Self.link("210 Neb. at 47", 5)).",
        ])
        #expect(essay.footnote("1")?.content.text == "State v. Doe, 210 Neb. 44, 301 N.W.2d 77 (1981).")
        let doe = try #require(CitationFixture.authority(essay, "1"))
        #expect(doe.title == "State v. Doe")
        #expect(essay.footnote("2")?.content.text == "Id.")
        #expect(CitationFixture.authority(essay, "2")?.id == doe.id)
        let third = CitationFixture.citations(essay, "3")
        #expect(essay.footnote("3")?.content.text == "Id., 210 Neb. at 47.")
        #expect(third.allSatisfy { $0.authorityID == doe.id })
        #expect(third.first?.form == .id)
    }

    @Test("a brace that opens no attributes stays text, and a blank line ends a quoted value")
    func notAttributes() {
        let text = Array("{.citation index=\"1\n\nrest\"} and {not attributes}".utf8)
        #expect(PandocAttributes.end(in: text[...], at: 0, limit: text.count) == nil)
        let braces = Array("{not attributes}".utf8)
        #expect(PandocAttributes.end(in: braces[...], at: 0, limit: braces.count) == nil)
        let long = Array(Self.attributes(7, "1 U.S. 1").utf8)
        #expect(PandocAttributes.end(in: long[...], at: 0, limit: long.count) == long.count)
    }
}
