import Foundation
import Testing

/// A copy of the bundled essay, without its annotations, in a folder of its own.
private struct PlainEssay {
    let folder: URL
    var essay: String { folder.appendingPathComponent("essay.md").path }
    var annotations: String { folder.appendingPathComponent("essay.claims.yaml").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-annotate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: LegitBinary.root.appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path, toPath: essay)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var text: String? { try? String(contentsOfFile: annotations, encoding: .utf8) }

    func run(_ arguments: [String]) throws -> LegitBinary.Result {
        try LegitBinary.run(arguments, in: folder)
    }
}

@Suite("legit annotate")
struct AnnotateCommandTests {
    static let notIndependent = "His analysis suggests that the Council cannot be said to be independent given that its members are also those governed."
    static let limitedReview = "Oversight exists in the form of the International Court of Justice, but that is a limited form of judicial review."
    static let prescription = "Caron’s assessment of the institution’s commitment to these four factors leads him not to pessimism but to prescription."

    @Test("three claims added to an unannotated essay, then the scorecard and claims show them")
    func fromNothingToScorecard() throws {
        let plain = try PlainEssay()
        defer { plain.remove() }
        var result = try plain.run(["annotate", "add", "essay.md", "--quote", Self.notIndependent, "--kind", "claim",
                                    "--subject", "security-council", "--factor", "independence:unmet", "--id", "not-independent"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "essay.claims.yaml:10: added claim 'not-independent' (claim) (a new annotation file)\n")
        #expect(result.errors == "legit: declared the subject 'security-council' (name it in the file's subjects)\n")
        result = try plain.run(["annotate", "add", "essay.md", "--quote", Self.limitedReview, "--kind", "claim",
                                "--subject", "security-council", "--factor", "oversight:partial"])
        #expect(result.status == 0)
        #expect(result.output.contains("added claim 'oversight-exists-form-international' (claim)"))
        result = try plain.run(["annotate", "add", "essay.md", "--quote", Self.prescription, "--kind", "conclusion", "--id", "prescription"])
        #expect(result.status == 0)
        result = try plain.run(["annotate", "link", "essay.md", "not-independent", "supports", "prescription"])
        #expect(result.status == 0)
        #expect(result.output == "essay.claims.yaml:13: claim 'not-independent' supports 'prescription'\n")

        let claims = try plain.run(["claims", "essay.md"])
        #expect(claims.output.hasPrefix("3 claims\n"))
        // In essay order: the conclusion comes first in the essay, so first in the file.
        let order = ["prescription", "not-independent", "oversight-exists-form-international"].map { claims.output.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? claims.output.endIndex) < ($1 ?? claims.output.endIndex) })
        let scorecard = try plain.run(["scorecard", "essay.md"])
        #expect(scorecard.output.contains("Security council    unmet          —              partial        —"))
        let check = try plain.run(["check", "essay.md"])
        #expect(check.status == 0)
        #expect(check.output.contains("using the built-in caron-1993"))
        #expect(check.output.contains("0 errors, 0 warnings"))
    }

    @Test("each mistake is one line naming it, exits 1, and leaves the file byte for byte")
    func mistakes() throws {
        let plain = try PlainEssay()
        defer { plain.remove() }
        _ = try plain.run(["annotate", "add", "essay.md", "--quote", Self.notIndependent, "--kind", "claim", "--id", "not-independent"])
        let before = try #require(plain.text)
        let cases: [([String], String)] = [
            (["add", "essay.md", "--quote", "the Council cannot be said to be independant", "--kind", "claim"],
             "legit: the quote “the Council cannot be said to be independant” anchors nowhere in the essay; nearest passage at essay.md:95:"),
            (["add", "essay.md", "--quote", "Security Council", "--kind", "claim"], "legit: the quote “Security Council” anchors 11 times in the essay (at 7:118"),
            (["add", "essay.md", "--quote", Self.prescription, "--kind", "clam"], "legit: unknown kind 'clam'; use one of thesis, question"),
            (["add", "essay.md", "--quote", Self.prescription, "--kind", "claim", "--factor", "legitimacy:met"],
             "legit: unknown factor 'legitimacy'; caron-1993 has independence, accountability, oversight, participation"),
            (["add", "essay.md", "--quote", Self.prescription, "--kind", "claim", "--factor", "oversight:mostly"],
             "legit: unknown stance 'mostly' for the factor 'oversight'; use one of states, met, partial, unmet"),
            (["add", "essay.md", "--quote", Self.prescription, "--kind", "claim", "--id", "not-independent"],
             "legit: the id 'not-independent' is taken by the claim on line 7"),
            (["link", "essay.md", "not-independant", "supports", "x"], "legit: no claim 'not-independant' (did you mean 'not-independent'?)"),
            (["link", "essay.md", "not-independent", "support", "x"], "legit: unknown relation 'support'; use one of supports, attacks, rebuts, qualifies"),
            (["rm", "essay.md", "nothing"], "legit: no claim 'nothing'"),
        ]
        for (arguments, expected) in cases {
            let result = try plain.run(["annotate"] + arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors.hasPrefix(expected), "\(arguments): \(result.errors)")
            #expect(result.errors.filter { $0 == "\n" }.count == 1, "\(arguments): \(result.errors)")
            #expect(result.output.isEmpty)
            #expect(plain.text == before, "\(arguments) changed the file")
        }
    }

    @Test("rm removes the claim and says on standard error which relations named it")
    func remove() throws {
        let plain = try PlainEssay()
        defer { plain.remove() }
        _ = try plain.run(["annotate", "add", "essay.md", "--quote", Self.notIndependent, "--kind", "claim", "--id", "a"])
        _ = try plain.run(["annotate", "add", "essay.md", "--quote", Self.prescription, "--kind", "conclusion", "--id", "b"])
        _ = try plain.run(["annotate", "link", "essay.md", "a", "supports", "b"])
        let result = try plain.run(["annotate", "rm", "essay.md", "b"])
        #expect(result.status == 0)
        #expect(result.output == "essay.claims.yaml: removed claim 'b'\n")
        #expect(result.errors == "legit: removed 'b' from the supports of 'a'\n")
        #expect(plain.text?.contains("supports") == false)
        #expect(plain.text?.contains("  - id: a\n") == true)
    }

    @Test("an unannotated essay: `claims --suggested` lists the suggested claims with their cues; export marks them suggested")
    func suggestedClaims() throws {
        let plain = try PlainEssay()
        defer { plain.remove() }
        let none = try plain.run(["claims", "essay.md"])
        #expect(none.output.hasPrefix("0 claims"))
        let listed = try plain.run(["claims", "essay.md", "--suggested", "--stance", "unmet"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("(suggested)"))
        #expect(listed.output.contains("His analysis suggests that the Council cannot be said to be independent"))
        #expect(listed.output.contains("cues: independence (be independent, those governed; unmet: cannot)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try plain.run(["export", "essay.md", "--format", "json"]).output.utf8))
            as? [String: Any])
        let suggestions = try #require(json["suggestions"] as? [[String: Any]])
        #expect(suggestions.count > 30)
        #expect(suggestions.allSatisfy { $0["source"] as? String == "suggested" && $0["quote"] != nil })
        #expect((json["claims"] as? [Any])?.isEmpty == true)
        // A suggestion's quote and id make it a claim as it stands.
        let first = try #require(suggestions.first { ($0["factors"] as? [[String: Any]])?.contains { $0["stance"] as? String == "unmet" } == true })
        let quote = try #require((first["quote"] as? [String: Any])?["exact"] as? String)
        let added = try plain.run(["annotate", "add", "essay.md", "--quote", quote, "--kind", "claim", "--id", try #require(first["id"] as? String)])
        #expect(added.status == 0, "\(added.errors)")
        let claim = try plain.run(["claim", try #require(first["id"] as? String), "essay.md"])
        #expect(claim.status == 0)
        #expect(!claim.output.contains("suggested)"))
    }
}
