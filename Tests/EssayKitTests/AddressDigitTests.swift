@testable import EssayKit
import Testing

/// Digits inside a web address are no note marks (`AddressDigits`); digits after an address's
/// close or its sentence's stop are. The addresses are invented.
@Suite("Digits inside web addresses")
struct AddressDigitTests {
    /// Whether the first run of digits after `marker` in `text` lies inside an address.
    static func inside(_ text: String, after marker: String) -> Bool {
        let bytes = Array(text.utf8)
        let from = text.utf8.count - (text.range(of: marker).map { text[$0.upperBound...].utf8.count } ?? 0)
        guard let start = bytes[from...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var end = start
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        return AddressDigits.areInside(bytes, at: start, count: end - start)
    }

    @Test("a volume's and an issue's digits in an address are inside it")
    func insideAnAddress() {
        #expect(Self.inside("see https://example.edu/ohlj/vol1/iss2/3 for more", after: "ohlj/"))
        #expect(Self.inside("see https://example.edu/ohlj/vol1/iss2/3 for more", after: "vol1/"))
        #expect(Self.inside("at www.example.org/issue4/page for", after: "www."))
        #expect(Self.inside("at perma.cc/AB12-CD34 today", after: "perma.cc/"))
    }

    @Test("digits after an address's close or its sentence's stop are outside it, as are a word's")
    func outsideAnAddress() {
        #expect(!Self.inside("the page [https://perma.cc/AB12-CD34].12 The", after: "CD34]"))
        #expect(!Self.inside("the page (https://example.org/a).7 The", after: "/a)"))
        #expect(!Self.inside("the page https://example.org/report.12 The", after: "report"))
        #expect(!Self.inside("the court's words.12 The", after: "words"))
        #expect(!Self.inside("under U.S.C.12 The", after: "U.S.C"))
    }

    @Test("a journal's cover address marks no note; the body's marks after a link do")
    func coverAddressMarksNone() throws {
        let text = "# Orchard Rights\n\nThis article is available at https://example.edu/ohlj/vol1/iss2/3 and in print.\n"
            + "The first claim is made here.1 A second one follows in this\nline of the page, see https://example.org/report.2\n"
            + "1 See the first source, at 4.\n2 The second note, which is\nlong and goes on a second line.\nResearch Service 1\n\n"
            + "\u{0C}The text goes on with a third claim.3\n3 Id. at 5.\nResearch Service 2\n\n"
        let essay = try Fixture.essay(text, path: "orchard.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        let marks = Fixture.marks(essay)
        #expect(marks.map { String($0.prefix { $0 != "<" }) } == ["1", "2", "3"])
        #expect(marks.first == "1<-here.")
        #expect(marks.dropFirst().first?.hasSuffix("report.") == true)
    }
}
