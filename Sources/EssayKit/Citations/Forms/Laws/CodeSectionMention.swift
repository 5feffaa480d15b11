import LowLevel

/// A code's section named in the author's words, as continental footnotes write it: the code's
/// acronym and `sec.` or `§` with the section, before or after it, and its paragraph and sentence
/// (`UrhG, sec. 69a para 4`, `BGB sec. 276 para 3`, `sec. 945 ZPO`, `§ 69c UrhG`). Each is a
/// citation of that section (`UrhG § 69a`), the paragraph its pinpoint.
///
/// Only an acronym (two capitals or more in one short word, `UrhG`, `BGB`, `ZPO`) next to the
/// section names a code; `sec. 13` alone names none, as the code it belongs to is only implied.
enum CodeSectionMention {
    /// The words a section's subdivision is written with.
    private static let subdivisionWords: Set<String> = ["para", "para.", "paras", "paras.", "sentence", "sentences", "through", "and", "to", "no.", "nos.", "subsec.", "cl."]

    /// Every such mention in `range`, in order, with its reading.
    static func find(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        // Every mention opens with `sec.`, `Sec.`, `section`, `Sections`, `§` or `art.`: a range with
        // none of them is not listed word by word.
        guard text.contains("sec", in: range) || text.contains("Sec", in: range) || text.contains("§", in: range)
                || text.contains("rt", in: range) else { return found }
        let words = text.words(in: range)
        var index = 0
        while index + 1 < words.count {
            var word = words[index]
            // `(sec. 13)`: the parenthesis is no part of the word.
            if text.bytes[word.lowerBound] == UInt8(ascii: "("), word.count > 1 { word = word.lowerBound + 1..<word.upperBound }
            // `Sections 12 (...), and 39 (...) of the Widget Law`: each section listed, of the law named after.
            if text.equals(word, "Sections") || text.equals(word, "sections"), let listed = sectionList(text, words, from: index + 1) {
                found += listed.found
                index = listed.next
                continue
            }
            // `Under §2.10 of the Compact each State ...`: a section of the law a name was declared for.
            if text.bytes[word.lowerBound] == 0xC2 || text.bytes[word.lowerBound] | 0x20 == UInt8(ascii: "s"),
               let declared = declaredLawSection(text, words, at: index) {
                found.append(declared.mention)
                index = declared.next
                continue
            }
            // `art. 4`, `art 19`: an article, read only of an instrument named after it (`Article 2042 of
            // the Civil Code` is `CodeArticleMention`'s).
            let isArticle = text.equals(word, "art.") || text.equals(word, "Art.") || text.equals(word, "art") || text.equals(word, "Art")
            // `§548 of the Bankruptcy Code`: the sign glued to its number is the sign and the number.
            let glued = isGluedSign(text, word)
            let numberWord = glued ? word.lowerBound + 2..<word.upperBound : words[index + 1]
            guard glued || text.equals(word, "sec.") || text.equals(word, "Sec.") || text.equals(word, "§") || isArticle
                    || text.equals(word, "section") || text.equals(word, "Section"),
                  let number = sectionNumber(text, numberWord) else {
                index += 1
                continue
            }
            // `5(3)`: the section and its subsection, the pinpoint.
            let subsection = text.trimmingTrailing(number.upperBound..<numberWord.upperBound,
                                                   [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":")])
            // The code: the acronym just before (`UrhG, sec.`) or just after (`sec. 945 ZPO`); a
            // glued sign's code only after it, as `8 USC §152` is a code's citation of its own.
            var code: Range<Int>?
            var start = word.lowerBound
            if index > 0, !glued, let before = acronym(text, words[index - 1], allowingComma: true) {
                code = before
                start = words[index - 1].lowerBound
            }
            var next = glued ? index + 1 : index + 2
            var end = number.upperBound
            var pinWords: [Range<Int>] = []
            if !endsClause(text, numberWord) {
                while next < words.count {
                    let candidate = text.trimmingTrailing(words[next], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])
                    let isNumber = !candidate.isEmpty && text.bytes[candidate].allSatisfy(Bytes.isDigit)
                    guard subdivisionWords.contains(text.string(words[next])) || isNumber else { break }
                    pinWords.append(candidate)
                    next += 1
                    if candidate != words[next - 1] { break }
                }
            }
            // A trailing `and`, `to` or `through` is the author's.
            while let last = pinWords.last, !text.bytes[last].contains(where: Bytes.isDigit) { pinWords.removeLast() }
            if let last = pinWords.last { end = last.upperBound }
            var namedOut = false
            // `section 5 of version 2.1 of the GPL`: a version of a document, the section its pinpoint.
            if code == nil, !isArticle, let versioned = versionOf(text, words, from: next) {
                var work = WorkDraft(kind: .document, title: "\(text.string(versioned.name)) version \(text.string(versioned.version))")
                work.documentNumber = text.string(versioned.version)
                let pinEnd = pinWords.last?.upperBound ?? number.upperBound
                found.append((word.lowerBound..<versioned.name.upperBound, ClauseReading(form: .full(ClauseReading.SharedWork(work)),
                    pinpoint: Pinpoint(kind: .section, text: text.string(word.lowerBound..<pinEnd)), citation: word.lowerBound..<versioned.name.upperBound, trailing: nil)))
                index = versioned.next
                continue
            }
            if code == nil, !isArticle, next < words.count, let after = acronym(text, words[next], allowingComma: false) {
                code = after
                end = after.upperBound
            } else if code == nil, !isArticle, next < words.count, text.equals(words[next], "of"),
                      let coded = ActCodeSection.parallel(text, from: words[next].upperBound, end: range.upperBound) {
                // `Section 241 of the PHS Act (42 U.S.C. §238j)`: the code section given beside the act.
                found.append((coded.reading.citation, coded.reading))
                while next < words.count, words[next].lowerBound < coded.end { next += 1 }
                index = next
                continue
            } else if code == nil, let named = namedAfter(text, words, from: next) {
                // `sec. 93 of the German Civil Procedure Code`, `sec. 4 para 2 of the GPLv3`.
                code = named
                end = named.upperBound
                namedOut = true
            }
            guard let code, !isArticle || namedOut else {
                // `These are delineated in sec. 69e para 1 through 3`, `(see sec. 14)`: a section of
                // the code the notes cite sections of, which the run knows.
                if code == nil, text.equals(word, "sec.") || text.equals(word, "Sec."), !isCrossReference(text, words, after: next) {
                    let pinEnd = pinWords.last?.upperBound ?? number.upperBound
                    let pinpoint = pinWords.first.map { first in Pinpoint(kind: .paragraph, text: text.string(first.lowerBound..<pinEnd)) }
                    found.append((word.lowerBound..<pinEnd, ClauseReading(form: .bareSection(ClauseReading.BareSection(
                        section: Pinpoint(kind: .section, text: "§ " + text.string(number)), inTheAuthorsWords: true)), pinpoint: pinpoint,
                                                                         citation: word.lowerBound..<pinEnd, trailing: nil)))
                }
                index += 2
                continue
            }
            let codeName = text.string(code)
            let pinEnd = pinWords.last?.upperBound ?? number.upperBound
            if isArticle {
                // `art. 4 para 2 of the Software Directive`: an article of an instrument named as a note
                // declared it; the author's words unless one did.
                let pinpoint = Pinpoint(kind: .article, text: text.string(word.lowerBound..<pinEnd))
                found.append((start..<end, ClauseReading(form: .declared(name: codeName), pinpoint: pinpoint, citation: start..<end, trailing: nil)))
                index = next
                continue
            }
            var work = WorkDraft(kind: .statute, title: "\(codeName) § \(text.string(number))")
            work.container = codeName
            var pinpoint = pinWords.first.map { first in Pinpoint(kind: .paragraph, text: text.string(first.lowerBound..<pinEnd)) }
            if pinWords.isEmpty, let open = subsection.first, text.bytes[open] == UInt8(ascii: "(") { pinpoint = Pinpoint(kind: .paragraph, text: text.string(subsection)) }
            if text.bytes[code].contains(where: Bytes.isDigit) {
                // A versioned document (`the GPLv2`) is no code: it is the work, its section the pinpoint.
                work = WorkDraft(kind: .document, title: codeName)
                pinpoint = Pinpoint(kind: .section, text: text.string(word.lowerBound..<pinEnd))
            }
            found.append((start..<end, ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                                                    citation: start..<end, trailing: nil)))
            index = next
        }
        return found
    }

    /// `§2.10 of the Compact`, `section 4 of the Treaty` at word `index`: the section as written, of
    /// the law named by one capitalised word after `of the`, read as that declared name (the author's
    /// words unless the running text or a note declared it), and the index of the word after.
    private static func declaredLawSection(_ text: CitationText, _ words: [Range<Int>], at index: Int)
        -> (mention: (Range<Int>, ClauseReading), next: Int)? {
        let word = words[index]
        var sectionStart = word.lowerBound
        var ofIndex = index + 1
        if word.count > 2, text.bytes[word.lowerBound] == 0xC2, text.bytes[word.lowerBound + 1] == 0xA7 {
            sectionStart = word.lowerBound + 2
        } else if text.equals(word, "§") || text.equals(word, "Section") || text.equals(word, "section") {
            sectionStart = words[index + 1].lowerBound
            ofIndex = index + 2
        } else {
            return nil
        }
        guard ofIndex + 2 < words.count, text.equals(words[ofIndex], "of"), text.equals(words[ofIndex + 1], "the"),
              let number = PinpointParser.bareSection(text, at: sectionStart, end: words[ofIndex - 1].upperBound),
              text.trimmingTrailing(number.end..<words[ofIndex - 1].upperBound, [UInt8(ascii: ",")]).isEmpty else { return nil }
        let name = text.trimmingTrailing(words[ofIndex + 2], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")")])
        let bytes = text.bytes[name]
        // One capitalised word of lower-case letters, and no name going on after it (`the Widget Act`).
        guard bytes.count >= 3, let lead = bytes.first, Bytes.isUpper(lead), bytes.dropFirst().allSatisfy(Bytes.isLower) else { return nil }
        if name == words[ofIndex + 2], ofIndex + 3 < words.count, Bytes.isUpper(text.bytes[words[ofIndex + 3].lowerBound]) { return nil }
        let pinpoint = Pinpoint(kind: .section, text: text.string(word.lowerBound..<number.end))
        let range = word.lowerBound..<name.upperBound
        return ((range, ClauseReading(form: .declared(name: text.string(name)), pinpoint: pinpoint, citation: range, trailing: nil)), ofIndex + 3)
    }

    /// `of version 2.1 of the GPL`: the document's acronym and version, and the index of the word after.
    private static func versionOf(_ text: CitationText, _ words: [Range<Int>], from index: Int) -> (name: Range<Int>, version: Range<Int>, next: Int)? {
        guard index + 4 < words.count, text.equals(words[index], "of"), text.equals(words[index + 1], "version"),
              text.equals(words[index + 3], "of"), text.equals(words[index + 4], "the"), index + 5 < words.count else { return nil }
        let version = words[index + 2]
        guard text.bytes[version].allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ".") }), Bytes.isDigit(text.bytes[version.lowerBound]),
              let name = acronym(text, text.trimmingTrailing(words[index + 5], [UInt8(ascii: ":"), UInt8(ascii: ";")]), allowingComma: false) else { return nil }
        return (name, version, index + 6)
    }

    /// `12 (requiring ...), and 39 (requiring ...) of the Widget Law` after `Sections`: a section
    /// each, of the law named after the list, and the index of the word after the name; nil when
    /// no law is named (`sections 3 and 4 above`).
    private static func sectionList(_ text: CitationText, _ words: [Range<Int>], from start: Int) -> (found: [(Range<Int>, ClauseReading)], next: Int)? {
        var numbers: [Range<Int>] = []
        var index = start
        while index < words.count, numbers.count < 12 {
            let word = words[index]
            if let number = sectionNumber(text, word), text.bytes[word].allSatisfy({ !Bytes.isUpper($0) }) {
                numbers.append(number)
                index += 1
            } else if text.bytes[word.lowerBound] == UInt8(ascii: "("), let close = text.closingBracket(after: word.lowerBound, end: text.count), close - word.lowerBound <= 400 {
                // The author's remark on the section: skipped.
                while index < words.count, words[index].lowerBound < close { index += 1 }
            } else if text.equals(word, "and") || text.equals(word, "or") {
                index += 1
            } else {
                break
            }
        }
        guard numbers.count >= 2, let named = namedAfter(text, words, from: index) else { return nil }
        let codeName = text.string(named)
        var next = index
        while next < words.count, words[next].lowerBound < named.upperBound { next += 1 }
        // Each number its own range (the last runs to the name): mentions inside another's range are dropped.
        let found = numbers.indices.map { position -> (Range<Int>, ClauseReading) in
            let number = numbers[position]
            var work = WorkDraft(kind: .statute, title: "\(codeName) § \(text.string(number))")
            work.container = codeName
            let range = position == numbers.count - 1 ? number.lowerBound..<named.upperBound : number
            return (range, ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: range, trailing: nil))
        }
        return (found, next)
    }

    /// Whether the words after a section point within the essay (`sec. 3 above`, `sec. 4 infra`).
    private static func isCrossReference(_ text: CitationText, _ words: [Range<Int>], after index: Int) -> Bool {
        guard index < words.count else { return false }
        let next = text.string(text.trimmingTrailing(words[index], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])).lowercased()
        return ["above", "below", "infra", "supra", "of", "in"].contains(next)
    }

    /// Words that end a code's or licence's name written out.
    private static let lawWords: Set<String> = ["Code", "Act", "Law", "Gesetz", "Ordinance", "Directive", "Regulation"]

    /// `of the German Civil Procedure Code`, `of the GPLv2`: the name after `of the`.
    private static func namedAfter(_ text: CitationText, _ words: [Range<Int>], from index: Int) -> Range<Int>? {
        guard index + 2 < words.count, text.equals(words[index], "of") else { return nil }
        // `of the`, and the article as a conversion may break it (`of t he`): short lower-case words.
        var first = index + 1
        while first < min(words.count, index + 3), words[first].count <= 3, Bytes.isLower(text.bytes[words[first].lowerBound]) { first += 1 }
        guard first > index + 1, first < words.count else { return nil }
        let single = text.trimmingTrailing(words[first], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])
        let bytes = text.bytes[single]
        if (2...10).contains(bytes.count), let lead = bytes.first, Bytes.isUpper(lead), bytes.filter(Bytes.isUpper).count >= 2,
           bytes.allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) }) {
            return single
        }
        for last in first..<min(words.count, first + 5) {
            guard let lead = words[last].first, Bytes.isUpper(text.bytes[lead]) else { return nil }
            let word = text.trimmingTrailing(words[last], [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])
            // `the Act` alone is the essay's own shorthand, no name; `(Markengesetz)` after a name is its name at home.
            if lawWords.contains(text.string(word)), last > first {
                if word == words[last], last + 1 < words.count, text.bytes[words[last + 1].lowerBound] == UInt8(ascii: "("),
                   let close = text.closingBracket(after: words[last + 1].lowerBound, end: text.bytes.count),
                   close - words[last + 1].lowerBound <= 40 {
                    return words[first].lowerBound..<close
                }
                return words[first].lowerBound..<word.upperBound
            }
            if word != words[last] { return nil }
        }
        return nil
    }

    /// `69a`, `276`, `310H`: digits, perhaps a letter, without the punctuation after.
    private static func sectionNumber(_ text: CitationText, _ word: Range<Int>) -> Range<Int>? {
        let core = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")])
        var core2 = core
        // `5(3)`: the section before its subsection.
        if let open = text.bytes[core].firstIndex(of: UInt8(ascii: "(")) { core2 = core.lowerBound..<open }
        guard let first = core2.first, Bytes.isDigit(text.bytes[first]),
              text.bytes[core2].allSatisfy({ Bytes.isDigit($0) || Bytes.isLetter($0) }), core2.count <= 6 else { return nil }
        return core2
    }

    private static func endsClause(_ text: CitationText, _ word: Range<Int>) -> Bool {
        guard let last = word.last else { return true }
        return [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ";")].contains(text.bytes[last])
    }

    /// Whether `word` is a section sign glued to a digit (`§548`, `§69a`).
    private static func isGluedSign(_ text: CitationText, _ word: Range<Int>) -> Bool {
        word.count > 2 && text.bytes[word.lowerBound] == 0xC2 && text.bytes[word.lowerBound + 1] == 0xA7 && Bytes.isDigit(text.bytes[word.lowerBound + 2])
    }

    /// `UrhG`, `BGB`, `ZPO`: one short word of letters opening with a capital and holding two or more.
    private static func acronym(_ text: CitationText, _ word: Range<Int>, allowingComma: Bool) -> Range<Int>? {
        var core = allowingComma ? text.trimmingTrailing(word, [UInt8(ascii: ",")]) : text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ")")])
        // `(UrhG, sec. 97 ...)`: the parenthesis is no part of the name.
        if let open = core.first, text.bytes[open] == UInt8(ascii: "(") { core = open + 1..<core.upperBound }
        let bytes = text.bytes[core]
        guard (2...10).contains(bytes.count), let first = bytes.first, Bytes.isUpper(first), bytes.allSatisfy(Bytes.isLetter),
              bytes.filter(Bytes.isUpper).count >= 2 else { return nil }
        return core
    }
}
