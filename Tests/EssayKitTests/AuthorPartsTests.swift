import Testing
@testable import EssayKit

/// A name in ASCII is cut into its authors byte by byte; the parts must be those of the walk by
/// characters every other name takes, whatever the spacing, endings and joining words.
@Suite("Author parts")
struct AuthorPartsTests {
    private static let names = [
        "Winston W. Royce", "W.Royce", "J.R.R. Tolkien", "A.B.C.", "Dr. No", "Anne-Marie O'Neil", "van Dyke",
        "Lee & Xia", "Quell, Tan & Berg", "Smith & ", "& Smith", "&&", ", Smith", "Smith, J. and Roe, K.",
        "Alleman et al.", "Smith et al", "SMITH ET AL.", "Doe ET AL", "Smith et al. et al", "Doe et al et al.", " et al.",
        "Roe and Poe", "ROE AND POE", "a and b and c", "x and AND y", "x AND and y", "Smith andJones", " and ", " and",
        "  Smith  and  Jones ", "Lind/Ostrava", "Ren\r\nZhou", "Roe.\r\nPoe", "", " ", ".", "Roe.", "3M Co.", "Roe & Poe and Lee AND Kim et al.",
        ", , Roe", "& and AND", "Müller & Roe",
    ]

    @Test("ASCII names part as the character walk parts them", arguments: names)
    func asciiMatchesCharacters(_ name: String) {
        let parts = AuthorityCatalog.characterAuthorParts(name)
        #expect(AuthorityCatalog.authorParts(name) == parts)
        #expect(AuthorityCatalog.firstAuthorPart(name) == parts.first)
    }

    @Test("Joined and initialled names give their authors")
    func knownParts() {
        #expect(AuthorityCatalog.authorParts("W.Royce & Lee et al.") == ["w royce", "lee"])
        #expect(AuthorityCatalog.authorParts("Roe and Poe AND Kim") == ["roe", "poe", "kim"])
        #expect(AuthorityCatalog.firstAuthorPart(", , Roe, J. and Poe") == "roe")
        #expect(AuthorityCatalog.firstAuthorPart("et al.") == "et al")
    }
}
