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

    @Test("a word of a text is folded whole as it is a byte at a time, capitals, spaces and curly apostrophes alike")
    func foldOfTextBytes() {
        let text = Array("AM. J. INT’L L. Fed.Reg. ab\tc–d x y MASS.".utf8)
        for keepingCase in [false, true] {
            for start in 0..<text.count {
                for end in start...min(text.count, start + 12) {
                    var whole: [UInt8] = [0x41]
                    var each: [UInt8] = [0x41]
                    LegalTable.fold(text[start..<end], keepingCase: keepingCase, appendingTo: &whole)
                    LegalTable.fold(AnySequence(text[start..<end]), keepingCase: keepingCase, appendingTo: &each)
                    #expect(whole == each, "\(start)..<\(end) keeping case \(keepingCase)")
                }
            }
        }
        var key: [UInt8] = Array("stale".utf8)
        LegalTable.fold(text[0..<3], into: &key)
        #expect(key == Array("am.".utf8))
    }

    @Test("the first two folded bytes of a word open a key or not, told by the index alone")
    func keyOpenings() {
        let opening = { (written: String) in LegalTable.foldedOpening(ArraySlice(Array(written.utf8))) }
        #expect(opening("AM. J.") == Int(UInt8(ascii: "a")) << 8 | Int(UInt8(ascii: "m")))
        #expect(opening("A M") == opening("am"))
        #expect(opening("A") == nil)
        #expect(opening("’s") == nil)
        #expect(LegalTable.foldedOpening(ArraySlice(Array("Fe".utf8)), keepingCase: true) == Int(UInt8(ascii: "F")) << 8 | Int(UInt8(ascii: "e")))
        let laws = LegalTables.laws
        for written in ["U.S.C.", "Stat.", "Fed. Reg.", "Mass. Gen. Laws", "Yale L.J.", "Qq", "Zz."] {
            var key: [UInt8] = []
            LegalTable.fold(Array(written.utf8), into: &key)
            guard let pair = opening(written) else { Issue.record("no opening for \(written)"); continue }
            #expect(laws.hasKey(opening: pair) == laws.hasKey(startingWith: Array(key.prefix(2))), "\(written)")
        }
        #expect(laws.hasKey(opening: opening("U.S.C.") ?? 0))
        #expect(!laws.hasKey(opening: opening("Qq") ?? 0))
        // The session laws' and registers' openings: `Stat.` and `Fed. Reg.` open some, a journal's `AM.` none.
        let sessions = laws.keyOpenings(whereField: 2, isOneOf: ["session", "register"])
        let holds = { (written: String) in opening(written).map { sessions[$0 >> 6] & 1 << UInt64($0 & 63) != 0 } ?? false }
        #expect(holds("Stat.") && holds("Fed. Reg."))
        #expect(!holds("AM. J. INT'L L.") && !holds("Qq"))
    }
}
