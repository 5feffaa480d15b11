import Testing
@testable import EssayKit

@Suite("Tables from reporters-db and courts-db")
struct LegalTableTests {
    private func edition(_ written: String) -> [String] {
        var key: [UInt8] = []
        LegalTable.fold(Array(written.utf8), keepingCase: true, into: &key)
        return LegalTables.reporters.lines(forKey: key).map { LegalTables.reporters.field(1, ofLine: $0) }
    }

    private func lookUp(_ table: LegalTable, _ written: String, field: Int = 1) -> [String] {
        var key: [UInt8] = []
        LegalTable.fold(Array(written.utf8), into: &key)
        return table.lines(forKey: key).map { table.field(field, ofLine: $0) }
    }

    @Test("reporters are found by every spaced and unspaced variant, with their editions' years")
    func reporters() {
        #expect(edition("U.S.") == ["U.S."])
        #expect(edition("U. S.") == ["U.S."])
        #expect(edition("F.3d") == ["F.3d"])
        #expect(edition("F. Supp. 2d") == ["F. Supp. 2d"])
        #expect(edition("F.Supp.2d") == ["F. Supp. 2d"])
        #expect(edition("S.Ct.") == ["S. Ct."])
        #expect(edition("A.3d") == ["A.3d"])
        #expect(edition("N.E.2d") == ["N.E.2d"])
        #expect(edition("Harv. L. Rev.").isEmpty)
        var key: [UInt8] = []
        LegalTable.fold(Array("F.2d".utf8), keepingCase: true, into: &key)
        let line = LegalTables.reporters.lines(forKey: key).lowerBound
        #expect(LegalTables.reporters.field(2, ofLine: line) == "1924")
        #expect(LegalTables.reporters.field(3, ofLine: line) == "1993")
    }

    @Test("journals, codes and courts are found whatever their case; curly apostrophes count as straight")
    func journalsLawsAndCourts() {
        #expect(lookUp(LegalTables.journals, "Harv. J.L. & Tech.") == ["Harv. J.L. & Tech."])
        #expect(lookUp(LegalTables.journals, "MINN. L. REV.") == ["Minn. L. Rev."])
        #expect(lookUp(LegalTables.journals, "Texas L.Rev.") == ["Tex. L. Rev."])
        #expect(lookUp(LegalTables.journals, "Yale L.J.") == ["Yale L.J."])
        #expect(lookUp(LegalTables.laws, "U.S.C.") == ["U.S.C."])
        #expect(lookUp(LegalTables.laws, "MASS. GEN. LAWS") == ["Mass. Gen. Laws"])
        #expect(lookUp(LegalTables.laws, "C.F.R.", field: 2) == ["regulation"])
        #expect(lookUp(LegalTables.courts, "2d Cir.") == ["ca2"])
        #expect(lookUp(LegalTables.courts, "S.D.N.Y.", field: 2) == ["District Court, S.D. New York"])
        #expect(lookUp(LegalTables.journals, "Hastings Const. L.Q.") == lookUp(LegalTables.journals, "Hastings Const. L.Q."))
    }

    @Test("a prefix of a key is told from a key, and the pairs of words an abbreviation holds are listed")
    func prefixesAndPairs() {
        var key: [UInt8] = []
        LegalTable.fold(Array("F. Supp.".utf8), keepingCase: true, into: &key)
        #expect(LegalTables.reporters.hasKey(startingWith: key))
        LegalTable.fold(Array("Zzz.".utf8), keepingCase: true, into: &key)
        #expect(!LegalTables.reporters.hasKey(startingWith: key))
        #expect(!lookUp(LegalTables.pairs, "harv. j.l.", field: 0).isEmpty)
        #expect(!lookUp(LegalTables.pairs, "ala. code", field: 0).isEmpty)
        #expect(lookUp(LegalTables.pairs, "the end", field: 0).isEmpty)
    }

    @Test("every key of every table is found, and so is each of its prefixes, by the indexed search")
    func everyKeyFound() {
        let tables = [LegalTables.reporters, LegalTables.reportersAnyCase, LegalTables.journals, LegalTables.laws, LegalTables.courts,
                      LegalTables.states, LegalTables.codeSubjects, LegalTables.pairs]
        for table in tables {
            for line in 0..<table.count {
                let key = Array(table.field(0, ofLine: line).utf8)
                let found = table.lines(forKey: key)
                #expect(found.contains(line), "line \(line) key \(table.field(0, ofLine: line))")
                // Every line before the first found orders before the key; the first after does not equal it.
                #expect(found.lowerBound == 0 || Array(table.field(0, ofLine: found.lowerBound - 1).utf8).lexicographicallyPrecedes(key))
                for length in 1...key.count { #expect(table.hasKey(startingWith: Array(key[..<length]))) }
                #expect(table.lines(forKey: key + [0x7E, 0x7E]).isEmpty)
            }
        }
    }
}
