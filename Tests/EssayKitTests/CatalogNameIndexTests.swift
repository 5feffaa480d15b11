import Testing
@testable import EssayKit

/// The catalog looks a short form's name up among the works filed under its keys, not every work;
/// the answers must be those of holding the name against every work, ambiguity included.
@Suite("Catalog name index")
struct CatalogNameIndexTests {
    private static func article(_ author: String, _ title: String, year: Int, volume: String = "12", page: String = "100",
                                shortNames: [String] = []) -> WorkDraft {
        var work = WorkDraft(kind: .article, authors: [author], title: title, year: year)
        work.container = "Yale L.J."
        work.volume = volume
        work.firstPage = page
        work.shortNames = shortNames
        return work
    }

    private static func lawCase(_ title: String, volume: String, page: String, year: Int) -> WorkDraft {
        var work = WorkDraft(kind: .case, title: title, year: year)
        work.container = "U.S."
        work.volume = volume
        work.firstPage = page
        return work
    }

    /// Works of every kind the index files differently, some sharing surnames, title words and
    /// name-word openings, and one whose names change when it is cited again.
    private static func catalog() -> AuthorityCatalog {
        var catalog = AuthorityCatalog()
        catalog.indexedFrom = 0
        let works = [
            article("Winston W. Royce", "Managing the Development of Large Software Systems", year: 1970),
            article("Ana Royce", "Managing Agile Teams", year: 1999, volume: "13", page: "200"),
            article("Priya Nandakumar", "The Legitimacy of Tribunals", year: 1993, volume: "14", page: "300", shortNames: ["Tribunals"]),
            article("Tomas Lee", "Councils and Forums", year: 2001, volume: "15", page: "400"),
            article("Mei Xia", "Forums Revisited", year: 2003, volume: "16", page: "500"),
            lawCase("Computer Associates International, Inc. v. Altai, Inc.", volume: "982", page: "693", year: 1992),
            lawCase("Wal-Mart Stores, Inc. v. Dukes", volume: "564", page: "338", year: 2011),
            lawCase("New York Times Co. v. Sullivan", volume: "376", page: "254", year: 1964),
            lawCase("Sullivan v. Town of Cove", volume: "377", page: "10", year: 1965),
            WorkDraft(kind: .book, authors: ["Jane Mallory"], title: "Multi-Party Governance", year: 2008),
        ]
        for (number, work) in works.enumerated() { _ = catalog.register(work, footnote: String(number + 1), citationText: "cite") }
        // Cited again with a short name it lacked: the name must be found from here on.
        var again = article("Tomas Lee", "Councils and Forums", year: 2001, volume: "15", page: "400", shortNames: ["Fora"])
        again.container = "Yale L.J."
        _ = catalog.register(again, footnote: "20", citationText: "cite")
        return catalog
    }

    private static let names = [
        "Royce", "W Royce", "W. Royce", "Winston W. Royce", "A. Royce", "Ana Royce", "Tribunals", "Nandakumar", "Legitimacy",
        "The Legitimacy of Tribunals", "Lee & Xia", "Lee and Xia", "Xia", "Councils", "Fora", "Forums", "Forums Revisited",
        "Computer Assocs.", "Computer Assoc.", "Altai", "Wal-Mart", "Dukes", "N.Y. Times", "New York Times", "Sullivan",
        "Times", "Cove", "Mallory", "Multi-Party", "Multi-Party Governance", "12 Yale L.J.", "13 Yale L.J.", "Managing",
        "Nobody", "Lee et al.", "Royce et al.",
    ]

    @Test("each name answers with the works that holding it against every work finds, in order")
    func sameAnswersAsEveryWork() {
        var catalog = Self.catalog()
        let every = Array(catalog.authorities.indices)
        for name in Self.names {
            let parts = AuthorityCatalog.nameParts(name)
            let indexed = catalog.matches(name: name, parts: parts)
            let walked = catalog.matches(name: name, parts: parts, among: every)
            #expect(indexed == walked, "\(name)")
        }
    }

    @Test("a name two works answer to stays ambiguous; a changed work's new name is found")
    func ambiguityKept() {
        var catalog = Self.catalog()
        #expect(catalog.matches(name: "Royce", parts: AuthorityCatalog.nameParts("Royce")).count == 2)
        #expect(catalog.matches(name: "Sullivan", parts: AuthorityCatalog.nameParts("Sullivan")).count == 2)
        #expect(catalog.matches(name: "Fora", parts: AuthorityCatalog.nameParts("Fora")) == [3])
        #expect(catalog.matches(name: "Computer Assoc.", parts: AuthorityCatalog.nameParts("Computer Assoc.")) == [5])
        #expect(catalog.works(byFirstAuthorSurname: "royce") == [0, 1])
    }

    @Test("a declared name by acronym or author and title finds the one work so titled, none of two")
    func declaredNames() {
        var catalog = AuthorityCatalog()
        catalog.indexedFrom = 0
        for title in ["Inventory of Greenhouse Gas Emissions", "Inventory of Greenhouse Gas Emissions and Sinks", "Event Ticket Sales"] {
            var work = WorkDraft(kind: .report, authors: ["U.S. Environmental Protection Agency"], title: title, year: 2020)
            work.authorIsInstitution = true
            _ = catalog.register(work, footnote: "1", citationText: "U.S. Environmental Protection Agency (EPA), \(title)"[...])
        }
        var other = WorkDraft(kind: .report, authors: ["Government Accountability Office"], title: "Ticket Sales", year: 2018)
        other.authorIsInstitution = true
        _ = catalog.register(other, footnote: "2", citationText: "Government Accountability Office (GAO), Ticket Sales")
        // Both inventories start so: no guess between them.
        #expect(catalog.declaredWork(named: "EPA Inventory") == nil)
        #expect(catalog.declaredWork(named: "EPA Event Ticket") == 2)
        #expect(catalog.declaredWork(named: "GAO Ticket Sales") == 3)
        // By the title's last words, with the author as written in the first citation.
        #expect(catalog.declaredWork(named: "Government Accountability Office, Ticket Sales") == 3)
        #expect(catalog.declaredWork(named: "Environmental Protection Agency, Event Ticket Sales") == 2)
    }
}
