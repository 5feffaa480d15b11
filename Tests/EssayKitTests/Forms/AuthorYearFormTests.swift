import Testing
@testable import EssayKit

/// Author-year citations found in a note's text by their year, with the names before it and the
/// pinpoint after it (invented notes).
@Suite("Author-year citations in a note")
struct AuthorYearFormTests {
    private func read(_ text: String) -> [String] {
        AuthorYearForm.matches(in: text).map { match in
            var line = match.names.joined(separator: "+") + (match.etAl ? "+etal" : "") + " " + match.year
            if let pin = match.pinpoint { line += " @" + pin.text }
            return line
        }
    }

    @Test("`Name (year)` and `Name and Name (year, page)` in a sentence")
    func inSentence() {
        #expect(read("Plum (2010) says so.") == ["Plum 2010"])
        #expect(read("See Plum and Quince (2010, 45) for more.") == ["Plum+Quince 2010 @45"])
    }

    @Test("a bracketed list: `;` and `,` part citations; `et al.`; `p.`, `:` and `at` pinpoints")
    func bracketedList() {
        #expect(read("(Plum 2010a; Roe et al. 2012, p. 4)") == ["Plum 2010a", "Roe+etal 2012 @4"])
        #expect(read("(e.g., Vale 1970, Wren and Yew 2002: 17-19, Zinn 2007 at 3)") == ["Vale 1970", "Wren+Yew 2002 @17-19", "Zinn 2007 @3"])
    }

    @Test("several authors parted by commas; a surname of two words; one name with two years")
    func namesAndYears() {
        #expect(read("but see Ash, Birch and Cedar 1989") == ["Ash+Birch+Cedar 1989"])
        #expect(read("(Ash, Birch, and Cedar 1989)") == ["Ash+Birch+Cedar 1989"])
        #expect(read("(Dari-Elm and De Fir 2005)") == ["Dari-Elm+De Fir 2005"])
        #expect(read("(Gale & Hart, 2011, 2006)") == ["Gale+Hart 2011", "Gale+Hart 2006"])
    }

    @Test("no citation: a year after prose, a date, a court or a reporter's abbreviation")
    func notCitations() {
        #expect(read("In 2011 there were many filings.") == [])
        #expect(read("the Widget Act 2010 and the rules of May 2012") == [])
        #expect(read("Roe v. Doe, 12 F.3d 45 (2d Cir. 2010).") == [])
        #expect(read("in fiscal year 2013, and since 2015") == [])
    }

    @Test("a comma after the bracket ends the citation: no page is taken from the prose after it")
    func commaAfterBracket() {
        #expect(read("Plum (2010), 45 cases later") == ["Plum 2010"])
    }

    @Test("after the year's bracket, a marked page or a number that ends the citation is its pinpoint")
    func pageAfterBracket() {
        #expect(read("See Plum (2010), p. 12.") == ["Plum 2010 @12"])
        #expect(read("Plum and Quince (2010), pp. 4-6; Roe (2011), at 9") == ["Plum+Quince 2010 @4-6", "Roe 2011 @9"])
        #expect(read("Plum (2010), 45.") == ["Plum 2010 @45"])
        #expect(read("Plum (2010), 45") == ["Plum 2010 @45"])
    }

    @Test("the citation's range: a bracket around the year is in it, a bracket around a list is not")
    func ranges() {
        let text = "Plum (2010) and (Roe 2011, Vale 2012)"
        let cited = AuthorYearForm.matches(in: text).map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
        #expect(cited == ["Plum (2010)", "Roe 2011", "Vale 2012"])
    }
}
