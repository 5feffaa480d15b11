import EssayKit
import Testing

/// Papers whose notes are Bluebook with a few author-year citations: without a reference list the
/// author-year rule is silent, and with one the Bluebook citations keep working (invented papers).
@Suite("Bluebook notes with a few author-year citations")
struct MixedAuthorYearTests {
    @Test("no reference list: Bluebook notes read as before, a name and year is left alone")
    func noList() throws {
        let essay = try Fixture.essay("""
            # Widgets

            A claim.[^1] Another.[^2] A third.[^3]

            [^1]: Ada Plum, Borrowers Who Hide, 12 Odd L. Rev. 3, 45 (2010).

            [^2]: See Plum (2010) on this; Plum, supra note 1, at 47.

            [^3]: Id. at 48.
            """)
        let plum = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.map(\.authorityID).contains(plum) == true)
        #expect(essay.footnote("3")?.citations.first?.authorityID == plum)
        #expect(essay.footnote("3")?.citations.first?.pinpoint?.text == "48")
        #expect(essay.authorities.count == 1)
    }

    @Test("with a reference list: a full Bluebook citation, its supra and Id. stay resolved beside author-year ones")
    func withList() throws {
        let essay = try Fixture.essay("""
            # Widgets

            A claim.[^1] Another.[^2] A third.[^3]

            ## References

            Quince, Ben. 2011. “Widgets and Credit.” Review of Money 9: 1–22.

            Roe, Jan. 2012. “Widgets.” Law Quarterly 3: 1–9.

            [^1]: Ada Plum, Borrowers Who Hide, 12 Odd L. Rev. 3, 45 (2010); Quince (2011, 4).

            [^2]: Plum, supra note 1, at 47; see also Roe 2012, 8.

            [^3]: Id. at 9.
            """)
        let first = essay.footnote("1")?.citations ?? []
        #expect(first.count == 2)
        let plum = try #require(first.first?.authorityID)
        #expect(essay.authority(plum)?.authors == ["Ada Plum"])
        #expect(first.last?.authorityID.flatMap { essay.authority($0) }?.authors == ["Quince"])
        let second = essay.footnote("2")?.citations ?? []
        #expect(second.first?.authorityID == plum)
        let roe = essay.authorities.first { $0.authors == ["Roe"] }?.id
        #expect(second.last?.authorityID == roe && second.last?.pinpoint?.text == "8")
        #expect(essay.footnote("3")?.citations.first?.authorityID == roe)
        #expect(essay.footnote("3")?.citations.first?.pinpoint?.text == "9")
    }
}
