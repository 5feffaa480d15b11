import EssayKit
import Foundation
import Testing

/// The scoring rules themselves, on small essays, so the real-essay gate cannot pass by accident.
@Suite("Scoring against gold")
struct GoldScoringTests {
    static let notes = [
        "See Jane Roe, *A Title*, 12 YALE L.J. 100, 104 (2001).",
        "*Id.* at 105.",
        "RICHARD ROE, *WAR* 7 (2012).",
        "This note only comments.",
    ]

    static let works: [String: GoldFile.Work] = [
        "roe-title": .init(id: "roe-title", kind: "article", cite: "12 Yale L.J. 100", authors: ["Roe"], title: "A Title"),
        "roe-war": .init(id: "roe-war", kind: "book", authors: ["Roe"], title: "War"),
    ]

    static func gold(_ notes: [GoldFile.Note]) -> GoldFile {
        GoldFile(essay: "fixture.md", works: works, notes: notes)
    }

    static func note(_ label: String, _ cites: (String, String?)...) -> GoldFile.Note {
        GoldFile.Note(label: label, cites: cites.map { GoldFile.Cited(work: $0.0, pin: $0.1) })
    }

    @Test("the right works with the right first pinpoints score every citing note; an uncited note is not counted")
    func allRight() throws {
        let essay = try CitationFixture.essay(Self.notes)
        let score = EssayScore(name: "fixture", essay: essay, gold: Self.gold([
            Self.note("1", ("roe-title", "104")), Self.note("2", ("roe-title", "105")), Self.note("3", ("roe-war", "7")),
            GoldFile.Note(label: "4", cites: []),
        ]))
        #expect(score.citing == 3)
        #expect(score.right == 3, "\(score.results.map(\.outcome))")
        #expect(score.fraction == 1)
    }

    @Test("a wrong first pinpoint, a work the note does not cite and a note legit lacks are all counted against it")
    func failures() throws {
        let essay = try CitationFixture.essay(Self.notes)
        let score = EssayScore(name: "fixture", essay: essay, gold: Self.gold([
            Self.note("1", ("roe-title", "104")), Self.note("2", ("roe-title", "106")), Self.note("3", ("roe-title", nil)),
            Self.note("9", ("roe-war", nil)),
        ]))
        #expect(score.results.map(\.label) == ["1", "2", "3", "9"])
        #expect(score.results[0].outcome == .right)
        guard case .wrong = score.results[1].outcome else { Issue.record("pinpoint 105 passed for 106"); return }
        guard case .wrong = score.results[2].outcome else { Issue.record("a book passed for an article"); return }
        #expect(score.results[3].outcome == .missing)
        #expect(score.right == 1 && score.wrong == 2 && score.missing == 1)
    }

    @Test("one authority maps to one gold work across the essay: an Id. that the gold sends elsewhere is wrong")
    func consistency() throws {
        let works: [String: GoldFile.Work] = [
            "roe-a": .init(id: "roe-a", kind: "article", authors: ["Roe"], title: "Title"),
            "roe-b": .init(id: "roe-b", kind: "article", authors: ["Roe"], title: "Title"),
        ]
        let essay = try CitationFixture.essay(["Jane Roe, *A Title*, 12 YALE L.J. 100 (2001).", "*Id.*"])
        let gold = GoldFile(essay: "fixture.md", works: works, notes: [Self.note("1", ("roe-a", nil)), Self.note("2", ("roe-b", nil))])
        let score = EssayScore(name: "fixture", essay: essay, gold: gold)
        #expect(score.results[0].outcome == .right)
        guard case .wrong = score.results[1].outcome else { Issue.record("one authority counted as two works"); return }
    }

    @Test("a gold work found nowhere in the note's resolved works is unresolved, not wrong")
    func unresolved() throws {
        let essay = try CitationFixture.essay(["Jane Roe, *A Title*, 12 YALE L.J. 100 (2001).", "This note only comments."])
        let score = EssayScore(name: "fixture", essay: essay, gold: Self.gold([Self.note("1", ("roe-title", nil)), Self.note("2", ("roe-war", nil))]))
        guard case .unresolved = score.results[1].outcome else { Issue.record("\(score.results[1].outcome)"); return }
    }

    @Test("a case in the gold is never matched by an authority of another kind, whatever its fields")
    func caseKind() {
        let authority = Authority(id: "madison", kind: .article, authors: [], title: "Madison", year: 1803, container: "U.S.",
                                  volume: "5", firstPage: "137", url: nil, firstCitedIn: "1")
        let fields = GoldMatcher.Fields(authority)
        #expect(GoldMatcher.citeMatches(fields, "5 U.S. 137"))
        #expect(!GoldMatcher.matches(fields, .init(id: "marbury", kind: "case", name: "Marbury v. Madison", cite: "5 U.S. 137", authors: [])))
        #expect(GoldMatcher.matches(fields, .init(id: "x", kind: "report", cite: "5 U.S. 137", authors: [])))
    }

    @Test("citations match by their numbers as words and the rest run together, case- and punctuation-insensitively")
    func citations() {
        let journal = GoldMatcher.Fields(Authority(id: "a", kind: .article, authors: ["Jay P. Kesan", "Rajiv C. Shah"], title: "Shaping Code",
                                                   year: 2005, container: "HARV. J.L. & TECH.", volume: "18", firstPage: "319",
                                                   url: nil, firstCitedIn: "2"))
        #expect(GoldMatcher.citeMatches(journal, "18 Harv. J.L. & Tech. 319"))
        #expect(!GoldMatcher.citeMatches(journal, "18 Harv. L. Rev. 319"))
        #expect(!GoldMatcher.citeMatches(journal, "18 Harv. J.L. & Tech. 31"))
        // A volume printed with its issue (McGill's `18:2`, or `18(2)`) is the volume.
        #expect(GoldMatcher.citeMatches(journal, "18:2 Harv. J.L. & Tech. 319"))
        #expect(GoldMatcher.citeMatches(journal, "18(2) Harv. J.L. & Tech. 319"))
        #expect(!GoldMatcher.citeMatches(journal, "19:2 Harv. J.L. & Tech. 319"))
        let appeal = GoldMatcher.Fields(Authority(id: "p", kind: .article, authors: [], title: "Paxton", year: 2021, container: "F.4th",
                                                  volume: "10", firstPage: "430", url: nil, firstCitedIn: "53"))
        #expect(GoldMatcher.citeMatches(appeal, "10 F. 4th 430"))
        #expect(!GoldMatcher.citeMatches(appeal, "10 F. 3d 430"))
        #expect(GoldMatcher.matches(journal, .init(id: "k", kind: "article", cite: "18 Harv. J.L. & Tech. 319", authors: ["Kesan", "Shah"],
                                                   title: "shaping code")))
        let register = GoldMatcher.Fields(Authority(id: "eo", kind: .document, authors: [], title: "Exec. Order No. 14,036", year: 2021,
                                                    container: nil, documentNumber: "86 Fed. Reg. 36,987", url: nil, firstCitedIn: "24"))
        #expect(GoldMatcher.citeMatches(register, "86 Fed. Reg. 36,987"))
        #expect(GoldMatcher.matches(register, .init(id: "eo", kind: "regulation", authors: [], number: "14,036")))
        // A year between an Act's name and its section parts the name's runs: each lies in a field.
        let act = GoldMatcher.Fields(Authority(id: "h", kind: .statute, authors: [], title: "Harbour Courts Act 1990", year: 1990,
                                               container: nil, volume: nil, firstPage: "12", url: nil, firstCitedIn: "3"))
        #expect(GoldMatcher.citeMatches(act, "Harbour Courts Act 1990 s 12"))
        #expect(!GoldMatcher.citeMatches(act, "Harbour Fees Act 1990 s 12"))
        #expect(!GoldMatcher.citeMatches(act, "Harbour Courts Act 1991 s 12"))
    }

    @Test("a name given for a work that is no case names it as a title does, not by one party word")
    func nameOfANonCase() {
        let report = GoldMatcher.Fields(Authority(id: "r", kind: .report, authors: ["Office of Court Services"], title: "Courts Annual Report",
                                                  year: 2003, container: nil, volume: nil, firstPage: nil, url: nil, firstCitedIn: "4"))
        #expect(!GoldMatcher.matches(report, .init(id: "rule", kind: "statute", name: "Metro Business Court Local Rule 4.2", authors: [])))
        let rule = GoldMatcher.Fields(Authority(id: "l", kind: .statute, authors: [], title: "Metro Business Court Local Rule 4.2",
                                                year: nil, container: nil, volume: nil, firstPage: nil, url: nil, firstCitedIn: "5"))
        #expect(GoldMatcher.matches(rule, .init(id: "rule", kind: "statute", name: "Metro Business Court Local Rule 4.2", authors: [])))
        #expect(GoldMatcher.matches(report, .init(id: "c", kind: "case", name: "Annual v. Office", authors: [])) == false)
    }

    @Test("a code kept as one authority, its section in the pinpoint, is scored section by section")
    func codeSections() throws {
        let works: [String: GoldFile.Work] = [
            "s102": .init(id: "s102", kind: "statute", cite: "17 U.S.C. § 102", authors: []),
            "s201": .init(id: "s201", kind: "statute", cite: "17 U.S.C. § 201", authors: []),
        ]
        let essay = try CitationFixture.essay(["17 U.S.C. § 102(a).", "17 U.S.C. § 201(b).", "*Id.*"])
        let gold = GoldFile(essay: "fixture.md", works: works, notes: [
            Self.note("1", ("s102", "(a)")), Self.note("2", ("s201", "(b)")), Self.note("3", ("s201", "(b)")),
        ])
        let score = EssayScore(name: "fixture", essay: essay, gold: gold)
        #expect(score.right == 3, "\(score.results.map(\.outcome)) \(score.results.map(\.legit))")
        #expect(EssayScore.leadingSection("§§1831-1839") == "1831-1839")
        #expect(EssayScore.leadingSection("sec. 69a para 4") == "69a")
        #expect(EssayScore.leadingSection("art. 4 para 2") == "4")
        #expect(EssayScore.leadingSection("553") == nil)
        #expect(EssayScore.leadingSection("s 44(1)") == "44")
        #expect(EssayScore.leadingSection("ss 12-14") == "12-14")
        #expect(EssayScore.leadingSection("sch 1") == nil)
    }

    @Test("a code's rules kept as authorities of their own are the gold's whole code, the rule's number opening the pinpoint")
    func wholeCodeRules() throws {
        let works: [String: GoldFile.Work] = [
            "cpr": .init(id: "cpr", kind: "statute", cite: "CPR", authors: []),
            "harbour": .init(id: "harbour", kind: "statute", cite: "Harbour Courts Act 1990", authors: []),
        ]
        let essay = try CitationFixture.essay([
            "CPR 44.3(4)(a).", "See CPR r 1.1(1).", "CPR 44.2(4)(a).", "CPR 44.3.", "Harbour Courts Act 1990, s 12(3).", "Harbour Courts Act 1990, s 4.",
        ])
        let gold = GoldFile(essay: "fixture.md", works: works, notes: [
            Self.note("1", ("cpr", "44.3(4)(a)")), Self.note("2", ("cpr", "r 1.1(1)")), Self.note("3", ("cpr", "44.3(4)(a)")),
            Self.note("4", ("cpr", "44.3")), Self.note("5", ("harbour", "s 12(3)")), Self.note("6", ("harbour", "section 4")),
        ])
        let score = EssayScore(name: "fixture", essay: essay, gold: gold)
        #expect(score.results.map(\.outcome)[0..<2] == [.right, .right], "\(score.results.map(\.legit))")
        guard case .wrong = score.results[2].outcome else { Issue.record("rule 44.2 passed for 44.3"); return }
        #expect(score.results[3].outcome == .right)
        #expect(score.results[4].outcome == .right && score.results[5].outcome == .right, "\(score.results.map(\.outcome))")
        #expect(score.splitWorks.isEmpty, "\(score.splitWorks)")
        #expect(EssayScore.isWholeCode(works["cpr"]!) && EssayScore.isWholeCode(.init(id: "r", kind: "statute", cite: "Civil Procedure Rules 1998", authors: [])))
        #expect(!EssayScore.isWholeCode(.init(id: "s", kind: "statute", cite: "CPR 44.3", authors: [])))
        #expect(!EssayScore.isWholeCode(.init(id: "c", kind: "case", name: "Roe v. Wade", authors: [])))
    }

    @Test("the gold keeping each rule as a work is met by legit's rule with its subdivision")
    func perRuleGold() throws {
        let works: [String: GoldFile.Work] = [
            "r443": .init(id: "r443", kind: "statute", cite: "CPR 44.3", authors: []),
            "r11": .init(id: "r11", kind: "statute", cite: "CPR 1.1", authors: []),
        ]
        let essay = try CitationFixture.essay(["CPR 44.3(4)(a).", "CPR r 1.1(1).", "CPR 44.2(4)(a)."])
        let gold = GoldFile(essay: "fixture.md", works: works, notes: [
            Self.note("1", ("r443", "(4)(a)")), Self.note("2", ("r11", "(1)")), Self.note("3", ("r443", "(4)(a)")),
        ])
        let score = EssayScore(name: "fixture", essay: essay, gold: gold)
        #expect(score.results[0].outcome == .right && score.results[1].outcome == .right, "\(score.results.map(\.outcome))")
        #expect(score.results[2].outcome != .right)
    }

    @Test("a unit of a pinpoint compares the same spelled out or abbreviated, with or without its period")
    func pinpointUnits() {
        #expect(GoldMatcher.pinMatches(legit: "pt 5.3", gold: "Part 5.3", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "para 4", gold: "paragraph 4", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "¶ 4", gold: "para. 4", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "s 12(3)", gold: "section 12(3)", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "art 19", gold: "Art. 19", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "Article 10(2)", gold: "art. 10(2)", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "sch 1 para 4", gold: "Schedule 1 paragraph 4", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "pt IIIA", gold: "Part IIIA", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "r 3.9", gold: "rule 3.9", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "pt 5.3", gold: "Part 5.4", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "art 19", gold: "s 19", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "pt 5.3", gold: "5.3", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "para 4", gold: "art 4", goldCite: nil))
    }

    @Test("pinpoints compare without spaces, case, dash style, `at` or an abbreviated range end")
    func pinpoints() {
        #expect(GoldMatcher.pinMatches(legit: "277-283", gold: "277–83", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "198--200", gold: "198–200", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "198--201", gold: "198–200", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "at 553", gold: "553", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "¶ 72", gold: "¶72", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "102(a)", gold: "(a)", goldCite: "17 U.S.C. § 102"))
        #expect(GoldMatcher.pinMatches(legit: "§102(a)", gold: "(a)", goldCite: "17 U.S.C. § 102"))
        #expect(GoldMatcher.pinMatches(legit: ".8", gold: "39.8", goldCite: "Sup. Ct. R. 39"))
        #expect(GoldMatcher.pinMatches(legit: "s 44(1)", gold: "§ 44(1)", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "ss 12–14", gold: "12-14", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "s 44(1)", gold: "§ 45(1)", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "sch 1", gold: "1", goldCite: nil))
        #expect(GoldMatcher.pinMatches(legit: "(b)", gold: "23(b)", goldCite: "Fed. R. Civ. P. 23"))
        #expect(!GoldMatcher.pinMatches(legit: ".8", gold: "38.8", goldCite: "Sup. Ct. R. 39"))
        #expect(!GoldMatcher.pinMatches(legit: "8", gold: "398", goldCite: "Sup. Ct. R. 39"))
        #expect(GoldMatcher.pinMatches(legit: "§§1831-1839", gold: nil, goldCite: "18 U.S.C. §§ 1831-1839"))
        #expect(!GoldMatcher.pinMatches(legit: "§103(a)", gold: "(a)", goldCite: "17 U.S.C. § 102"))
        #expect(GoldMatcher.pinMatches(legit: nil, gold: nil, goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "553", gold: nil, goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: nil, gold: "553", goldCite: nil))
        #expect(!GoldMatcher.pinMatches(legit: "556 n.19", gold: "556", goldCite: nil))
    }

    @Test("a gold file reads works, pinpoints with commas and uncited notes, and rejects a note naming an undefined work")
    func goldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.gold.yaml")
        try """
        essay: good.md
        works:
          ely: {kind: article, authors: [Ely], title: The Wages of Crying Wolf, cite: 82 Yale L. J. 920}
          roe: {kind: case, name: Roe v. Wade, cite: 410 U.S. 113}
        notes:
          1: [roe @ 163]
          2: ["ely @ 926, 947", roe]
          3: none
        """.write(to: good, atomically: true, encoding: .utf8)
        let gold = try GoldFile.load(good)
        #expect(gold.notes.map(\.label) == ["1", "2", "3"])
        #expect(gold.notes[1].cites == [.init(work: "ely", pin: "926, 947"), .init(work: "roe", pin: nil)])
        #expect(gold.citingNotes.count == 2)
        #expect(gold.works["roe"]?.cite == "410 U.S. 113")
        let bad = folder.appendingPathComponent("bad.gold.yaml")
        try "essay: bad.md\nworks: {}\nnotes:\n  1: [nowhere]\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: GoldFile.Problem.self) { try GoldFile.load(bad) }
    }
}
