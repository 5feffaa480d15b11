import Foundation
import Yams

/// A real essay's gold: the works its notes cite, written by reading the essay (see `Fixtures/real/README.md`).
struct GoldFile {
    /// A work the essay cites, with the few fields that identify it.
    struct Work: Equatable {
        var id: String
        /// `case`, `statute`, `article`, `book`, ... as the README lists; only `case` is checked against legit's kind.
        var kind: String
        /// For a case: the parties as printed (`Marbury v. Madison`).
        var name: String?
        /// A reporter, journal or code citation: `5 U.S. 137`, `18 Harv. J.L. & Tech. 319`, `42 U.S.C. § 1983`.
        var cite: String?
        /// The authors' (or editors') surnames.
        var authors: [String]
        /// A distinctive piece of the title, as printed.
        var title: String?
        /// An official document or paper number: `GAO-08-925`, `A/HRC/35/22`.
        var number: String?
        /// The year, where title and authors alone do not single the work out (editions of one manual).
        var year: String? = nil
        /// The address, for a page cited by its URL alone.
        var url: String? = nil
    }

    /// One cited work of a note, with its pinpoint as printed (nil when the note gives none).
    struct Cited: Equatable {
        var work: String
        var pin: String?
    }

    /// A note's gold: the works it cites in order, or none (commentary, cross-references only).
    struct Note: Equatable {
        var label: String
        var cites: [Cited]
        var isCiting: Bool { !cites.isEmpty }
    }

    /// What is wrong with a gold file, with where.
    struct Problem: Error, CustomStringConvertible {
        var file: String
        var message: String
        var description: String { "\(file): \(message)" }
    }

    var essay: String
    var works: [String: Work]
    var notes: [Note]

    var citingNotes: [Note] { notes.filter(\.isCiting) }

    /// Reads the gold file at `url`, checking that every note names works the table defines.
    static func load(_ url: URL) throws -> GoldFile {
        let file = url.lastPathComponent
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else {
            throw Problem(file: file, message: "the top level is not a mapping with essay, works and notes")
        }
        guard let essay = root["essay"] as? String else { throw Problem(file: file, message: "no `essay:` file name") }
        var works: [String: Work] = [:]
        for (key, value) in root["works"] as? [String: Any] ?? [:] {
            guard let fields = value as? [String: Any], let kind = fields["kind"] as? String else {
                throw Problem(file: file, message: "work \(key) has no kind")
            }
            let work = Work(id: key, kind: kind, name: string(fields["name"]), cite: string(fields["cite"]),
                            authors: (fields["authors"] as? [Any])?.compactMap(string) ?? [],
                            title: string(fields["title"]), number: string(fields["number"]), year: string(fields["year"]),
                            url: string(fields["url"]))
            guard work.name != nil || work.cite != nil || work.title != nil || work.number != nil || work.url != nil
                || !work.authors.isEmpty else {
                throw Problem(file: file, message: "work \(key) has nothing that identifies it (name, cite, title, number, url or authors)")
            }
            if kind == "case", work.cite == nil, work.name == nil, work.number == nil {
                throw Problem(file: file, message: "case \(key) needs a name, a cite or a docket number")
            }
            works[key] = work
        }
        var notes: [Note] = []
        for (key, value) in root["notes"] as? [AnyHashable: Any] ?? [:] {
            let label = "\(key)"
            if let word = value as? String, word == "none" {
                notes.append(Note(label: label, cites: []))
                continue
            }
            guard let entries = value as? [Any], !entries.isEmpty else {
                throw Problem(file: file, message: "note \(label) is neither `none` nor a list of works")
            }
            var cites: [Cited] = []
            for entry in entries {
                guard let text = string(entry) else { throw Problem(file: file, message: "note \(label) has an entry that is not text") }
                let cited = parseCited(text)
                guard works[cited.work] != nil else {
                    throw Problem(file: file, message: "note \(label) names work \(cited.work), which the works table lacks")
                }
                cites.append(cited)
            }
            notes.append(Note(label: label, cites: cites))
        }
        notes.sort { (Int($0.label) ?? .max, $0.label) < (Int($1.label) ?? .max, $1.label) }
        return GoldFile(essay: essay, works: works, notes: notes)
    }

    /// `work` or `work @ pin`.
    static func parseCited(_ text: String) -> Cited {
        guard let at = text.range(of: " @ ") else { return Cited(work: text.trimmingCharacters(in: .whitespaces), pin: nil) }
        let work = text[..<at.lowerBound].trimmingCharacters(in: .whitespaces)
        let pin = text[at.upperBound...].trimmingCharacters(in: .whitespaces)
        return Cited(work: work, pin: pin.isEmpty ? nil : pin)
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: String(number)
        default: nil
        }
    }
}
