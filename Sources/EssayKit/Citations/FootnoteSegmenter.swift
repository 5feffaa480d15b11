import LowLevel

/// Splits a footnote into citation clauses and the author's commentary.
///
/// A footnote is read sentence by sentence. A sentence is cut into clauses at top-level semicolons
/// (a string of citations) and before `, citing`, `, quoting` and the `, with` of *Compare*; each
/// clause may open with a signal. A clause that reads as a citation becomes one; one that does not
/// is commentary, unless a lower-case signal inside it (`For a detailed study ..., see generally X`)
/// or a parenthetical document symbol (`(UN Doc. A/HRC/29/32)`) carries a citation.
enum FootnoteSegmenter {
    /// One citation clause of a footnote.
    struct Clause {
        var signal: String?
        /// From the signal (if any) to the end of the citation.
        var range: Range<Int>
        var reading: ClauseReading
        /// Whether the clause opens a new citation sentence or string, rather than continuing one
        /// after a semicolon: *Id.* after it looks back at the whole string.
        var startsGroup: Bool
        /// A citation inside another's parenthetical (`(quoting Foo v. Bar, ...)`): it names its
        /// work, but an *Id.* after it still means the citation around it.
        var isParenthetical = false
        /// A name the author's words may repeat (`addDeclared`), a citation only when a note declared it.
        var isDeclaredName = false
    }

    struct Layout {
        var segments: [FootnoteSegment]
        var clauses: [Clause]
    }

    /// A stretch of a sentence that may be one citation.
    private struct Candidate {
        var signal: CitationSignal?
        var whole: Range<Int>
        var body: Range<Int>
        var startsGroup: Bool
    }

    /// The segments and clauses of `text`; with `keep`, of only the sentences it keeps (the
    /// running text's sentences holding a surname, where reading every sentence would cost much).
    static func layout(_ text: CitationText, keep: ((Range<Int>) -> Bool)? = nil) -> Layout {
        var builder = LayoutBuilder(text: text)
        func lay(_ text: CitationText, _ sentence: Range<Int>, into builder: inout LayoutBuilder) {
            if let keep, !keep(sentence) { return }
            Self.lay(text, sentence, into: &builder)
        }
        // A sentence that ends in a short abbreviation (`U.S. Chief Info.`, `Agile Dev.`), a question
        // or a capitalised word (`Judges Used a Chatbot.`) waits: it may be the first half of a
        // citation the period cut in two.
        var waiting: Range<Int>?
        // Sentences and candidates are handed over as found, not listed: lists of one, a note each.
        CitationSentenceSplitter.forEachSentence(in: text) { found in
            var sentence = found
            if let before = waiting {
                waiting = nil
                if readsAsOneCitation(text, before, sentence, whole: !endsInShortAbbreviation(text, before) && !endsInQuestionOrExclamation(text, before)) {
                    // The joined sentence may end in a title's period too (a string's next citation).
                    sentence = before.lowerBound..<sentence.upperBound
                } else {
                    lay(text, before, into: &builder)
                }
            }
            if endsInShortAbbreviation(text, sentence) || endsInQuestionOrExclamation(text, sentence) || endsInTitleWord(text, sentence) {
                waiting = sentence
            } else {
                lay(text, sentence, into: &builder)
            }
        }
        if let before = waiting { lay(text, before, into: &builder) }
        builder.addAddressSources()
        return builder.finish()
    }

    /// Whether a sentence ends in a capitalised word of two to six letters and a period (`Dev.`,
    /// `LA.`): an abbreviation, or a short word that ends a sentence.
    private static func endsInShortAbbreviation(_ text: CitationText, _ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, text.bytes[last] == UInt8(ascii: "."), !text.isInsideSpan(last) else { return false }
        var start = last
        while start > sentence.lowerBound, Bytes.isLetter(text.bytes[start - 1]) { start -= 1 }
        let letters = last - start
        guard (2...6).contains(letters), start == sentence.lowerBound || text.bytes[start - 1] == UInt8(ascii: " "),
              Bytes.isUpper(text.bytes[start]) else { return false }
        let rest = text.bytes[(start + 1)..<last]
        return letters >= 3 && rest.allSatisfy(Bytes.isLower) || rest.allSatisfy(Bytes.isUpper)
    }

    /// Whether a sentence ends in a capitalised word of seven letters or more and a period
    /// (`Judges Used a Chatbot.`): the end of a sentence of a title in title case, perhaps, whose
    /// citation goes on after it (`The Court Noticed, Metro Wire, Jan. 5, 2024`).
    private static func endsInTitleWord(_ text: CitationText, _ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, text.bytes[last] == UInt8(ascii: "."), !text.isInsideSpan(last) else { return false }
        var start = last
        while start > sentence.lowerBound, Bytes.isLetter(text.bytes[start - 1]) { start -= 1 }
        return last - start >= 7 && start > sentence.lowerBound && text.bytes[start - 1] == UInt8(ascii: " ") && Bytes.isUpper(text.bytes[start])
            && text.bytes[(start + 1)..<last].allSatisfy(Bytes.isLower)
    }

    /// Whether a sentence ends in a question or exclamation mark, perhaps inside quotation marks:
    /// the end of a title (`Is It One of Seven Countries That “Allow It?” Wash. Post (Oct. 8,
    /// 2017)`, `Stop the Widgets! Gadget Rules Reconsidered, 4 ...`), or of a question.
    private static func endsInQuestionOrExclamation(_ text: CitationText, _ sentence: Range<Int>) -> Bool {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound {
            if text.bytes[last] == UInt8(ascii: "\"") {
                last -= 1
            } else if last >= 2, text.bytes[last - 2] == 0xE2, text.bytes[last - 1] == 0x80, text.bytes[last] == 0x9D || text.bytes[last] == 0x99 {
                last -= 3
            } else {
                break
            }
        }
        return last >= sentence.lowerBound && (text.bytes[last] == UInt8(ascii: "?") || text.bytes[last] == UInt8(ascii: "!")) && !text.isInsideSpan(last)
    }

    /// Whether the clause that ends `before` reads as no citation alone, but as one when the
    /// clause that opens `after` continues it: the period between them was an abbreviation's.
    /// With `whole`, the citation must be a full one opening where the clause does: the period
    /// ended a sentence of its title, not an abbreviation.
    private static func readsAsOneCitation(_ text: CitationText, _ before: Range<Int>, _ after: Range<Int>, whole: Bool = false) -> Bool {
        // `See Section 4(a) of the Sale Law. See also ...`: a signal opening the next sentence
        // opens a citation of its own; the period before it ended one.
        if SignalMatcher.match(in: text, at: after.lowerBound, end: after.upperBound) != nil { return false }
        var start = before.lowerBound
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: before) where end < before.upperBound { start = end + 1 }
        var joinedEnd = after.upperBound
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: after) {
            joinedEnd = end
            break
        }
        func body(_ range: Range<Int>) -> Range<Int> {
            let piece = text.trimmed(range)
            guard let signal = SignalMatcher.match(in: text, at: piece.lowerBound, end: piece.upperBound) else { return piece }
            return signal.bodyStart..<piece.upperBound
        }
        if isProse(text, start..<before.upperBound) {
            // `... the study by Ward Roe, Do Parties Bargain? A Glimpse Inside, 66 U. CHI. L. REV.
            // 373 (1999)`: the author's words lead into a work whose title asks a question.
            guard endsInQuestionOrExclamation(text, before), ProseLeadIn.find(text, body(start..<before.upperBound)) == nil,
                  let (_, joined) = ProseLeadIn.find(text, body(start..<joinedEnd)) else { return false }
            return joined.citation.upperBound > after.lowerBound
        }
        let lead = body(start..<before.upperBound)
        guard CitationForms.read(text, lead) == nil, let joined = CitationForms.read(text, body(start..<joinedEnd)) else { return false }
        guard joined.citation.upperBound > after.lowerBound else { return false }
        guard whole else { return true }
        // A work's full citation only: no short form's name runs across a sentence's end.
        guard joined.citation.lowerBound == lead.lowerBound, case .full = joined.form else { return false }
        // The lead opens with a name (`Nina Cole`, `MCI Telecomms.`), not the author's sentence
        // (`He drew in part upon Aquinas.`): no lower-case word of four letters before its first comma.
        var nameEnd = lead.upperBound
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: lead) {
            nameEnd = comma
            break
        }
        return !text.words(in: lead.lowerBound..<nameEnd).contains { $0.count >= 4 && Bytes.isLower(text.bytes[$0.lowerBound]) }
    }

    /// Whether a clause reads as the author's sentence: more than four lower-case words of four
    /// letters or more outside emphasis (a citation's words are names, titles and numbers).
    private static func isProse(_ text: CitationText, _ range: Range<Int>) -> Bool {
        var count = 0
        for word in text.words(in: range) where word.count >= 4 && Bytes.isLower(text.bytes[word.lowerBound])
            && !text.isEmphasized(word.lowerBound) && text.bytes[word].allSatisfy({ Bytes.isLetter($0) || $0 == UInt8(ascii: ",") }) {
            count += 1
            if count > 4 { return true }
        }
        return false
    }

    /// Segments one citation sentence into `builder`.
    private static func lay(_ text: CitationText, _ sentence: Range<Int>, into builder: inout LayoutBuilder) {
        forEachCandidate(text, sentence) { candidate in
            layCandidate(text, candidate, into: &builder)
        }
    }

    /// Where `body` holds two citations joined by `, and ` (`GAO, Event Ticket Sales, pp. 42-45, and
    /// Hannah Karp, "StubHub ...," Wall Street Journal, ...`): the comma, when the words before it
    /// read as a citation and those after `and` do too. A declared name before it needs its
    /// pinpoint, or must be short and hold no quotation, as a title's list (`Economics,
    /// Competition, and Policy`) is not.
    private static func andJoint(_ text: CitationText, _ body: Range<Int>) -> Int? {
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: body) {
            let next = comma + 6
            guard next < body.upperBound, text.has(", and ", at: comma, end: body.upperBound) else { continue }
            let lead = text.bytes[next]
            guard Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2 else { continue }
            let left = text.trimmed(body.lowerBound..<comma)
            let right = next..<body.upperBound
            guard !isTitleList(text, left) else { continue }
            if CitationForms.read(text, left) == nil {
                guard let declared = DeclaredNameForm.read(text, left) else { continue }
                let quoted = text.bytes[left].contains(UInt8(ascii: "\"")) || text.bytes[left].contains(0xE2)
                var commas = 0
                for _ in text.topLevelOffsets(of: UInt8(ascii: ","), in: left) { commas += 1 }
                guard declared.pinpoint != nil || (!quoted && commas <= 1 && text.wordCount(in: left) <= 8) else { continue }
            }
            guard CitationForms.read(text, right) != nil || DeclaredNameForm.read(text, right) != nil else { continue }
            return comma
        }
        return nil
    }

    /// Where `body` holds two cases joined by a bare comma (`Foo v. Bar, 10 F. 4th 430 (CA5
    /// 2021), Baz v. Qux, 978 F. 3d 418 (CA6 2020)`): the comma after the first's closing
    /// parenthesis, when the first reads as a case and a case's full citation follows; or a code's
    /// section and any full citation (`lawEnds`).
    private static func caseJoint(_ text: CitationText, _ body: Range<Int>) -> Int? {
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: body) {
            // The gate: `), ` and a capital, as no subsequent history (`, rev’d`, `, cert. denied`) opens;
            // or an English report's page (`[1988] AC 441, Penrose v Dunmore ...`).
            guard comma > body.lowerBound, text.bytes[comma - 1] == UInt8(ascii: ")") || CommaOpenings.endsBracketedReport(text.bytes, comma, lower: body.lowerBound),
                  comma + 2 < body.upperBound, text.bytes[comma + 1] == UInt8(ascii: " "), Bytes.isUpper(text.bytes[comma + 2]) else { continue }
            let right = comma + 2..<body.upperBound
            let leftBody = text.trimmed(body.lowerBound..<comma)
            if let reading = CaseForm.read(text, right), reading.citation.lowerBound == right.lowerBound, case .full = reading.form,
               let left = CaseForm.read(text, leftBody), case .full = left.form {
                return comma
            }
            // `Hollis v Farrant [1988] AC 441, Penrose v Dunmore [1999] 1 AC 77`: English cases listed.
            if text.bytes[comma - 1] != UInt8(ascii: ")"), let reading = NeutralCitationForm.read(text, right), reading.citation.lowerBound == right.lowerBound,
               case .full = reading.form, let left = NeutralCitationForm.read(text, leftBody), case .full = left.form, left.trailing == nil {
                return comma
            }
            if lawEnds(text, leftBody), let reading = CitationForms.read(text, right), reading.citation.lowerBound == right.lowerBound,
               case .full = reading.form {
                return comma
            }
        }
        return nil
    }

    /// Whether `left` is a code's section and its parentheticals, to its end: `CAL. CIV. CODE § 1
    /// (West 2004) (requiring ...)` before `, FED. TRADE COMM’N, REPORT 6 (2013)` ends a citation,
    /// as a statute's citation has no field after its parentheticals, so the comma parts two.
    private static func lawEnds(_ text: CitationText, _ left: Range<Int>) -> Bool {
        guard let reading = StatuteForm.read(text, left), case .full = reading.form, reading.trailing == nil else { return false }
        return true
    }

    /// Whether `, and ` after `left` joins the last items of a list inside a title (`Theories,
    /// Tools, and Trends`, `the Food, Drug, and Cosmetic Act`): the field before it is one or two
    /// plain words after an earlier comma, which no citation ends in (they end in a pinpoint, a
    /// date, an address or a name of more words).
    private static func isTitleList(_ text: CitationText, _ left: Range<Int>) -> Bool {
        var lastField = left
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: left) { lastField = comma + 1..<left.upperBound }
        guard lastField != left else { return false }
        let field = text.trimmed(lastField)
        let words = text.words(in: field)
        return (1...2).contains(words.count) && text.bytes[field].allSatisfy {
            Bytes.isLetter($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 >= 0x80
        }
    }

    /// Segments one candidate clause into `builder`.
    private static func layCandidate(_ text: CitationText, _ candidate: Candidate, into builder: inout LayoutBuilder) {
        // `LG Frankfurt, 2006 CR 729; available at <http://...>`: where the work cited before the
        // semicolon can be read, not another work.
        // So is a sentence about an address there (`; an English translation is available at <http://...>`).
        if candidate.signal == nil, !candidate.startsGroup, text.has("available ", at: candidate.body.lowerBound, end: candidate.body.upperBound)
            || ProseAddressForm.read(text, candidate.body) != nil {
            builder.addCommentary(candidate.whole)
            return
        }
        // `..., https://example.org/statement.pdf. See pp. 1-2.`: pages alone, in a sentence of their
        // own, are where the work just cited is relied on, when its citation gave none.
        if candidate.startsGroup, let pages = pagesAlone(text, candidate.body), let last = builder.clauses.indices.last,
           builder.clauses[last].reading.pinpoint == nil, case .full = builder.clauses[last].reading.form {
            builder.clauses[last].reading.pinpoint = pages
            builder.addCommentary(candidate.whole)
            return
        }
        // `Agency, Title, 2024. Data available at https://...`: the address of the work just cited.
        if candidate.startsGroup, candidate.signal == nil, let last = builder.clauses.indices.last,
           case .full(let shared) = builder.clauses[last].reading.form, shared.work.url == nil,
           let address = AccessRemark.availableAddress(text, candidate.body) {
            var work = shared.work
            work.url = address
            builder.clauses[last].reading.form = .full(ClauseReading.SharedWork(work))
            builder.addCommentary(candidate.whole)
            return
        }
        // `Some call this “drift”: Ann Roe, Drift, in ...`: the author's words, then the work.
        if candidate.signal == nil, let colon = JoinedWorks.colonLeadIn(text, candidate.body) {
            builder.addCommentary(candidate.whole.lowerBound..<(colon + 1))
            let rest = (colon + 2)..<candidate.body.upperBound
            layCandidate(text, Candidate(signal: nil, whole: rest, body: rest, startsGroup: candidate.startsGroup), into: &builder)
            return
        }
        // The gates of the joints and the lead-in: what follows each top-level comma, in one pass.
        let commas = CommaOpenings(text, candidate.body)
        if let (comma, restStart) = (commas.mayJoinWithAnd ? andJoint(text, candidate.body) : nil).map({ ($0, $0 + 6) })
            ?? (commas.mayJoinCases ? caseJoint(text, candidate.body) : nil).map({ ($0, $0 + 2) })
            ?? JoinedWorks.datedAnd(text, candidate.body).map({ ($0, $0 + 5) }) {
            var first = candidate
            first.body = text.trimmed(candidate.body.lowerBound..<comma)
            first.whole = candidate.whole.lowerBound..<first.body.upperBound
            layCandidate(text, first, into: &builder)
            let rest = restStart..<candidate.body.upperBound
            layCandidate(text, Candidate(signal: nil, whole: rest, body: rest, startsGroup: false), into: &builder)
            return
        }
        // `Ash v Birch [1980] AC 300 and, in the Court of Appeal, in Cole v Dale [1985] AC 400`: the
        // case after `and` is cited too, the words between the author's.
        if let (leftEnd, and, caseStart) = JoinedWorks.casesAnd(text, candidate.body) {
            var first = candidate
            first.body = candidate.body.lowerBound..<leftEnd
            first.whole = candidate.whole.lowerBound..<leftEnd
            layCandidate(text, first, into: &builder)
            builder.addCommentary(text.trimmingTrailing(and..<caseStart, [UInt8(ascii: ",")]))
            let rest = caseStart..<candidate.body.upperBound
            layCandidate(text, Candidate(signal: nil, whole: rest, body: rest, startsGroup: false), into: &builder)
            return
        }
        // The lead-in comes first: a full citation never has a lower-case signal after a comma.
        if let (leadIn, signal, reading) = leadIn(text, candidate.whole, after: candidate.body.lowerBound,
                                                  afterCommas: commas.maySignal || candidate.whole.upperBound != candidate.body.upperBound) {
            // `but see Roe v. Doe, 1 U.S. 1 (2000) (...) – or where ..., see, e.g., X`: a citation the
            // lead opens with is read, the author's words after it its commentary.
            let leadBody = candidate.body.lowerBound..<max(candidate.body.lowerBound, leadIn.upperBound)
            if leadBody.count > 8, let opening = CitationForms.readMarked(text, leadBody), opening.citation.lowerBound == leadBody.lowerBound {
                layReading(text, Candidate(signal: candidate.signal, whole: candidate.whole.lowerBound..<leadIn.upperBound, body: leadBody,
                                           startsGroup: candidate.startsGroup), opening, into: &builder)
            } else {
                builder.addCommentary(leadIn)
            }
            builder.addClause(signal: signal, start: signal.range.lowerBound, reading: reading, startsGroup: true)
            layRest(text, after: reading, end: candidate.body.upperBound, inProse: false, into: &builder)
        } else if let (start, reading) = ProseLeadIn.find(text, candidate.body) {
            // `This is described in Jane Roe, Title, ...`: the author's words, then the citation.
            builder.addCommentary(text.trimmed(candidate.whole.lowerBound..<start))
            builder.addClause(signal: candidate.signal, start: start, reading: reading, startsGroup: candidate.startsGroup)
            layRest(text, after: reading, end: candidate.body.upperBound, inProse: true, into: &builder)
        } else if let reading = CitationForms.read(text, candidate.body) {
            layReading(text, candidate, reading, into: &builder)
        } else if let (start, reading) = ProseRestart.find(text, candidate.body) {
            // `... was appealed, JAEGER, Enforcement ...`: the author's words, then a citation.
            let lead = text.trimmingTrailing(text.trimmed(candidate.whole.lowerBound..<start), [UInt8(ascii: ","), UInt8(ascii: ":")])
            let mentions = CodeSectionMention.find(text, in: lead)
            builder.addCommentary(lead)
            for (range, mention) in mentions { builder.addEmbedded(range: range, reading: mention) }
            builder.addClause(signal: candidate.signal, start: start, reading: reading, startsGroup: candidate.startsGroup)
        } else {
            // In the order written: a code's section named in the prose (`UrhG, sec. 69a para 4`), too.
            let embedded = (embeddedCitations(text, candidate.whole) + CodeSectionMention.find(text, in: candidate.whole)
                + CodeArticleMention.find(text, in: candidate.whole) + BillForm.mentions(text, in: candidate.whole)
                + CRSProductForm.mentions(text, in: candidate.whole) + NumberedDocumentForm.mentions(text, in: candidate.whole)
                + BudgetOfficeDocumentForm.mentions(text, in: candidate.whole) + RuleMentionForm.mentions(text, in: candidate.whole)
                + ActSectionMentionForm.mentions(text, in: candidate.whole))
                .sorted { $0.0.lowerBound < $1.0.lowerBound }
            builder.addCommentary(candidate.whole)
            // `For critiques of X's work, see, e.g., Roe 143–152`: the author's words, a lower-case
            // signal and a name with a page, for the run to find declared or cited before.
            if embedded.isEmpty, let (signal, reading) = declaredLeadIn(text, candidate.body) {
                builder.addDeclared(signal: signal, start: signal.range.lowerBound, reading: reading, startsGroup: true)
                return
            }
            if embedded.isEmpty, let reading = DeclaredNameForm.read(text, candidate.body) {
                // Commentary unless the run finds the name declared: a clause, but no segment of its own.
                builder.addDeclared(signal: candidate.signal, start: candidate.whole.lowerBound, reading: reading, startsGroup: candidate.startsGroup)
                return
            }
            for (position, (range, reading)) in embedded.enumerated()
            where !embedded.contains(where: { $0.0 != range && $0.0.contains(range.lowerBound) && $0.0.count > range.count })
                // The same citation found two ways (`Section 4 of the X Act (7 U.S.C. §4)`) is read once.
                && !embedded[..<position].contains(where: { $0.0 == range }) {
                builder.addEmbedded(range: range, reading: reading)
            }
        }
    }

    /// Lays a candidate that the table reads as `reading` (read once: reading is the costliest step).
    private static func layReading(_ text: CitationText, _ candidate: Candidate, _ reading: ClauseReading, into builder: inout LayoutBuilder) {
        // `Budget and Accounting Act § 305, 31 U.S.C. § 3702(a)`: the code section the act's section is classified to.
        let reading = ActCodeSection.following(text, reading) ?? reading
        if candidate.signal == nil, reading.citation.lowerBound > candidate.body.lowerBound, isCrossReference(reading) {
            // The sentence up to the cross-reference is the author's; what follows it may cite.
            builder.addCommentary(candidate.whole.lowerBound..<reading.citation.upperBound)
            if let trailing = reading.trailing {
                let rest = text.trimmed(text.trimmingTrailing(trailing, [UInt8(ascii: ",")]))
                let body = rest.first.map { text.bytes[$0] == UInt8(ascii: ",") ? text.skipSpaces(from: $0 + 1, end: rest.upperBound)..<rest.upperBound : rest } ?? rest
                if !body.isEmpty { layCandidate(text, Candidate(signal: nil, whole: body, body: body, startsGroup: false), into: &builder) }
            }
            return
        }
        var start = candidate.whole.lowerBound
        var inProse = false
        // Prose before a citation that ends it (`Blah blah Foo v. Bar 1 U.S. 1`) is commentary.
        if candidate.signal == nil, reading.citation.lowerBound > candidate.body.lowerBound {
            let lead = text.trimmingTrailing(candidate.body.lowerBound..<reading.citation.lowerBound, [UInt8(ascii: ",")])
            builder.addCommentary(lead)
            for (range, mention) in codeSectionsInProse(text, lead) { builder.addEmbedded(range: range, reading: mention) }
            start = reading.citation.lowerBound
            inProse = true
        }
        builder.addClause(signal: candidate.signal, start: start, reading: reading, startsGroup: candidate.startsGroup)
        layRest(text, after: reading, end: candidate.body.upperBound, inProse: inProse, into: &builder)
    }

    private static func forEachCandidate(_ text: CitationText, _ sentence: Range<Int>, _ body: (Candidate) -> Void) {
        var pieceStart = sentence.lowerBound
        // `Compare A; B, with C`: the *with* of a comparison may come pieces after its signal.
        var comparing = false
        var position = -1
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: sentence) {
            // `Agency, Title; data downloaded on May 2, 2025, https://...`: the remark is the work's own.
            if end < sentence.upperBound, AccessRemark.follows(text, semicolon: end, end: sentence.upperBound)
                || NewsTitleSemicolon.continuesTitle(text, semicolon: end, pieceStart: pieceStart, end: sentence.upperBound)
                || ParallelReportSemicolon.continuesCase(text, semicolon: end, pieceStart: pieceStart, end: sentence.upperBound)
                || JudgePlace.continuesCase(text, semicolon: end, pieceStart: pieceStart, end: sentence.upperBound)
                || SectionListTail.continuesList(text, semicolon: end, pieceStart: pieceStart, end: sentence.upperBound) { continue }
            let piece = text.trimmed(pieceStart..<end)
            pieceStart = end + 1
            position += 1
            guard !piece.isEmpty else { continue }
            var start = piece.lowerBound
            if position > 0, text.has("and ", at: start, end: piece.upperBound) {
                start = text.skipSpaces(from: start + 4, end: piece.upperBound)
            }
            var signal = SignalMatcher.match(in: text, at: start, end: piece.upperBound)
            // A colon lead counts only when what follows it reads as a citation.
            if signal == nil, let lead = SignalMatcher.colonLead(in: text, at: start, end: piece.upperBound),
               CitationForms.read(text, lead.bodyStart..<piece.upperBound) != nil {
                signal = lead
            }
            if let signal, signal.isComparison { comparing = true }
            addConnectorSplits(text, (signal?.bodyStart ?? start)..<piece.upperBound, compare: comparing,
                               opening: (signal, start, startsGroup: position == 0), to: body)
        }
    }

    /// Adds the parts of a clause before and after `, citing`, `, quoting` (and `, with` after
    /// *Compare*) to `found`. The first takes the clause's own signal, start and grouping.
    private static func addConnectorSplits(_ text: CitationText, _ range: Range<Int>, compare: Bool,
                                           opening: (signal: CitationSignal?, start: Int, startsGroup: Bool),
                                           to emit: (Candidate) -> Void) {
        var isFirst = true
        func add(_ signal: CitationSignal?, _ part: Range<Int>) {
            guard !part.isEmpty else { return }
            if isFirst {
                emit(Candidate(signal: opening.signal, whole: opening.start..<part.upperBound, body: part,
                               startsGroup: opening.startsGroup))
            } else {
                emit(Candidate(signal: signal, whole: (signal?.range.lowerBound ?? part.lowerBound)..<part.upperBound,
                               body: part, startsGroup: signal?.text != "with" && signal?.text != "overruling"))
            }
            isFirst = false
        }
        var start = range.lowerBound
        var signal: CitationSignal?
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: range) {
            // Every connector's word starts with c, q, a or w, two bytes after the comma.
            guard comma + 2 < range.upperBound else { continue }
            if let (wordStart, bodyStart) = overruling(text, after: comma, end: range.upperBound) {
                add(signal, text.trimmed(start..<comma))
                signal = CitationSignal(text: "overruling", range: wordStart..<wordStart + 10, bodyStart: bodyStart)
                start = bodyStart
                continue
            }
            let initial = text.bytes[comma + 2]
            guard initial == UInt8(ascii: "c") || initial == UInt8(ascii: "q") || initial == UInt8(ascii: "w")
                || initial == UInt8(ascii: "a") && text.has(", as ", at: comma, end: range.upperBound) else { continue }
            for (position, connector) in SignalMatcher.connectors.enumerated() where text.has(connector, at: comma, end: range.upperBound) {
                if position == SignalMatcher.connectors.count - 1, !compare { continue }
                let length = connector.utf8CodeUnitCount
                let wordStart = comma + 2
                let wordEnd = comma + length - 1
                add(signal, text.trimmed(start..<comma))
                signal = CitationSignal(text: text.string(wordStart..<wordEnd), range: wordStart..<wordEnd, bodyStart: comma + length)
                start = comma + length
            }
        }
        add(signal, text.trimmed(start..<range.upperBound))
    }

    /// Words that may stand between the comma and `overruling`, and after it, before the case.
    private static let overrulingLeads: [StaticString] = ["and ", "partially ", "effectively ", "also "]
    private static let overrulingTails: [StaticString] = ["in part ", "in effect ", "in relevant part "]

    /// `Obergefell v. Hodges, 576 U. S. 644 (2015), overruling Baker v. Nelson, ...` (also `, and
    /// partially overruling`, `, effectively overruling in part`): where the word `overruling`
    /// starts and where the overruled case's citation does, when the comma at `comma` opens such
    /// a phrase.
    private static func overruling(_ text: CitationText, after comma: Int, end: Int) -> (Int, Int)? {
        // The gate: a lower-case word after the comma, as no case name opens.
        guard text.bytes[comma + 1] == UInt8(ascii: " "), Bytes.isLower(text.bytes[comma + 2]) else { return nil }
        var index = comma + 2
        for _ in 0..<2 {
            guard let lead = overrulingLeads.first(where: { text.has($0, at: index, end: end) }) else { break }
            index += lead.utf8CodeUnitCount
        }
        guard text.has("overruling ", at: index, end: end) else { return nil }
        let word = index
        index = text.skipSpaces(from: index + 11, end: end)
        if let tail = overrulingTails.first(where: { text.has($0, at: index, end: end) }) { index += tail.utf8CodeUnitCount }
        guard index < end, Bytes.isUpper(text.bytes[index]) else { return nil }
        return (word, index)
    }

    /// `For a detailed study of ..., see generally X`: prose, then a lower-case signal and a citation.
    /// `afterCommas` false: no top-level comma has a lower-case word after it (`CommaOpenings`).
    private static func leadIn(_ text: CitationText, _ range: Range<Int>, after bodyStart: Int, afterCommas: Bool = true)
        -> (Range<Int>, CitationSignal, ClauseReading)? {
        // Only a signal near the end can introduce the rest as a citation: a long sentence with a
        // signal after every comma would otherwise be read to its end once per comma.
        let earliest = range.upperBound - CitationForms.longestSearched
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: afterCommas ? bodyStart..<range.upperBound : bodyStart..<bodyStart)
        where comma >= earliest {
            let start = text.skipSpaces(from: comma + 1, end: range.upperBound)
            guard start < range.upperBound, Bytes.isLower(text.bytes[start]),
                  let signal = SignalMatcher.match(in: text, at: start, end: range.upperBound),
                  let reading = CitationForms.read(text, signal.bodyStart..<range.upperBound), !isCrossReference(reading) else { continue }
            return (text.trimmed(range.lowerBound..<comma), signal, reading)
        }
        // `For a more detailed description see JAEGER/METZGER, ...`: `see` with no comma before it.
        guard text.contains("see ", in: bodyStart..<range.upperBound) else { return nil }
        for space in text.topLevelOffsets(of: UInt8(ascii: " "), in: bodyStart..<range.upperBound) where space >= earliest {
            guard text.has(" see ", at: space, end: range.upperBound),
                  let signal = SignalMatcher.match(in: text, at: space + 1, end: range.upperBound),
                  let reading = CitationForms.read(text, signal.bodyStart..<range.upperBound), !isCrossReference(reading) else { continue }
            return (text.trimmed(range.lowerBound..<space), signal, reading)
        }
        return nil
    }

    /// The first lower-case signal after a comma of `range` near its end and the declared name
    /// with a page after it (`DeclaredNameForm`), when they run to the end.
    private static func declaredLeadIn(_ text: CitationText, _ range: Range<Int>) -> (CitationSignal, ClauseReading)? {
        let earliest = range.upperBound - CitationForms.longestSearched
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: range) where comma >= earliest {
            let start = text.skipSpaces(from: comma + 1, end: range.upperBound)
            guard start < range.upperBound, Bytes.isLower(text.bytes[start]),
                  let signal = SignalMatcher.match(in: text, at: start, end: range.upperBound),
                  let reading = DeclaredNameForm.read(text, signal.bodyStart..<range.upperBound), reading.pinpoint != nil else { continue }
            return (signal, reading)
        }
        return nil
    }

    /// The prose goes on after a citation it carries: `This law repealed 10 U.S.C. §654, first
    /// added by P.L. 103-160`; `required by P.L. 116-92, §523, and available at https://...`;
    /// `see Maryland Commercial Law Code §13-310.1 and New York ... Law §25.10`. A page given by its
    /// address is another work only after prose: after a citation alone it is that work's address.
    private static func layRest(_ text: CitationText, after reading: ClauseReading, end: Int, inProse: Bool, into builder: inout LayoutBuilder) {
        guard reading.citation.upperBound < end else { return }
        let rest = reading.trailing ?? text.trimmed(reading.citation.upperBound..<end)
        // A closing period or bracket alone says nothing more.
        guard text.bytes[rest].contains(where: { Bytes.isLetter($0) || Bytes.isDigit($0) }) else { return }
        if reading.trailing == nil { builder.addCommentary(rest) }
        // `, amended by Pub. L. No. 90-3, ...`: the law's own history names no other work.
        if LawHistory.isHistory(text, rest) { return }
        for (range, found) in proseCitations(text, rest, addresses: inProse) { builder.addEmbedded(range: range, reading: found) }
    }

    /// The citations the author's prose names after a citation it carries: the cases, codes and
    /// public laws it names (`first added by P.L. 103-160`), and a page it gives by its address
    /// alone (`and available at https://...`).
    private static func proseCitations(_ text: CitationText, _ rest: Range<Int>, addresses: Bool = false) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        var range = rest
        // A sentence names a handful of works; the bound keeps a long one linear.
        for _ in 0..<4 {
            guard range.count > 4, let reading = CitationForms.readMarked(text, range),
                  reading.citation.lowerBound >= range.lowerBound, reading.citation.upperBound <= range.upperBound else { break }
            found.append((reading.citation, reading))
            range = text.trimmed(reading.citation.upperBound..<range.upperBound)
        }
        let atAddress = range.lowerBound + (text.words(in: range).last?.lowerBound ?? range.upperBound) - range.lowerBound
        if addresses, atAddress < range.upperBound, atAddress - 3 >= range.lowerBound, text.has("at ", at: atAddress - 3, end: range.upperBound),
           text.has("http", at: atAddress, end: range.upperBound) {
            let address = ClauseEnds.withoutClosingPeriod(text, atAddress..<range.upperBound)
            if let parsed = FullWorkForm.parse(text, address), parsed.work.url != nil {
                found.append((address, ClauseReading(form: .full(ClauseReading.SharedWork(parsed.work)), pinpoint: nil, citation: address, trailing: nil)))
            }
        }
        return found
    }

    /// Whether a pinpoint is pages marked `p.` or `pp.`, as policy writing cites them.
    private static func isPageMarked(_ pinpoint: Pinpoint?) -> Bool {
        guard let written = pinpoint?.text else { return false }
        return written.hasPrefix("p. ") || written.hasPrefix("pp. ")
    }

    /// Whether a citation the author's sentence leads into is `supra note 29` alone, naming no
    /// work: inside a sentence (`..., see supra note 29, the Act ...`) it points the reader at
    /// the note's discussion, as `supra Part II` does, and cites nothing.
    private static func isCrossReference(_ reading: ClauseReading) -> Bool {
        if case .supra(let name, _?) = reading.form, name.isEmpty { return true }
        return false
    }

    /// The pages `body` is made of alone (`pp. 1-2`, `p. 4`), or nil.
    private static func pagesAlone(_ text: CitationText, _ body: Range<Int>) -> Pinpoint? {
        // The gate: the clause opens with `p`, as few do.
        let first = text.skipSpaces(from: body.lowerBound, end: body.upperBound)
        guard first < body.upperBound, text.bytes[first] == UInt8(ascii: "p") else { return nil }
        let clause = ClauseEnds.withoutClosingPeriod(text, body)
        guard clause.count >= 4, clause.count <= 24, text.bytes[clause.lowerBound] == UInt8(ascii: "p"),
              let pages = PinpointParser.parse(text, at: clause.lowerBound, end: clause.upperBound, allowRoman: false),
              pages.end == clause.upperBound, pages.pinpoint.kind == .page || pages.pinpoint.kind == .pages,
              pages.pinpoint.isMarked else { return nil }
        return pages.pinpoint
    }

    /// Words of the author's sentence that say a work is cited in the parenthesis after them.
    private static let citingWords: [StaticString] = ["report", "study", "studies", "analysis", "paper", "review", "survey", "explained",
                                                      "found", "noted", "concluded", "estimated", "reported", "described", "observed",
                                                      "stated", "testimony", "guidance"]

    /// Whether the author's words just before a parenthesis say a work is cited in it: `As the
    /// agency explained in its 2020 report (Agency, Report Title, p. 4)`, `as one study found (...)`.
    private static func isCitingLead(_ text: CitationText, _ lead: Range<Int>) -> Bool {
        let words = text.words(in: max(lead.lowerBound, lead.upperBound - 60)..<lead.upperBound).suffix(6)
        return words.contains { word in
            citingWords.contains { word.count == $0.utf8CodeUnitCount && text.has($0, at: word.lowerBound, end: word.upperBound, ignoringFirstLetterCase: true) }
        }
    }

    /// A page cited by an address that is all of `inner` (`https://eda.gov/edd`, `www.eda.gov`).
    private static func addressAlone(_ text: CitationText, _ inner: Range<Int>) -> ClauseReading? {
        // The gate: an address opens with `h` or `w` and holds no space.
        guard let first = inner.first, text.bytes[first] == UInt8(ascii: "h") || text.bytes[first] == UInt8(ascii: "w"),
              text.has("https://", at: first, end: inner.upperBound) || text.has("http://", at: first, end: inner.upperBound)
                || text.has("www.", at: first, end: inner.upperBound),
              !text.bytes[inner].contains(UInt8(ascii: " ")),
              let parsed = FullWorkForm.parse(text, inner), parsed.work.url != nil else { return nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(parsed.work)), pinpoint: nil, citation: inner, trailing: nil)
    }

    /// The code sections the author's words before a citation name (`authorized by Section 310H of
    /// the X Act (7 U.S.C. §1936b), as added by ... P.L. 113-79`, `limits the funds (7 U.S.C.
    /// §940c), as P.L. 1-2 required`), in order.
    private static func codeSectionsInProse(_ text: CitationText, _ lead: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        // The gate: a section sign in the words.
        guard text.firstOffset(of: 0xA7, from: lead.lowerBound, end: lead.upperBound) < lead.upperBound else { return [] }
        // Only a titled code's sections: an act's section by the act's name alone (`Section 4 of the
        // Widget Act`) is the law the citation after names.
        var found = CodeSectionMention.find(text, in: lead).filter { mention in
            if case .full(let shared) = mention.1.form { return shared.work.volume != nil }
            return false
        }
        for open in text.topLevelOffsets(of: UInt8(ascii: "("), in: lead) {
            guard let close = text.closingBracket(after: open, end: lead.upperBound),
                  let reading = ActCodeSection.codeSection(text, text.trimmed(open + 1..<close - 1)),
                  !found.contains(where: { $0.0.overlaps(reading.citation) }) else { continue }
            found.append((reading.citation, reading))
        }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Citations the author's prose carries in parentheses: `(UN Doc. A/HRC/29/32)`.
    private static func embeddedCitations(_ text: CitationText, _ range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        for open in text.topLevelOffsets(of: UInt8(ascii: "("), in: range) {
            guard let close = text.closingBracket(after: open, end: range.upperBound) else { continue }
            let inner = text.trimmed(open + 1..<close - 1)
            // `(see Bruce Orwall, "Title," Wall Street Journal, May 30, 2000, https://...)`: a signal
            // makes the parenthetical a citation, in whatever form it is written.
            if let signal = SignalMatcher.match(in: text, at: inner.lowerBound, end: inner.upperBound),
               let reading = CitationForms.read(text, signal.bodyStart..<inner.upperBound) {
                found.append((reading.citation, reading))
                // `(e.g., Connecticut General Statute §53-289a, Georgia Code ... §43-4B-28, and ...)`.
                found += proseCitations(text, text.trimmed(reading.citation.upperBound..<inner.upperBound))
                continue
            }
            // `Congress set a limit (7 U.S.C. §940c(b)(2)).`: a titled code's section the sentence rests on.
            if let reading = ActCodeSection.codeSection(text, inner) {
                found.append((reading.citation, reading))
                continue
            }
            // `(see Budish and Bhave, "Primary-Market Auctions")`: a name an earlier note declared,
            // which the run makes a citation only when one did.
            if let signal = SignalMatcher.match(in: text, at: inner.lowerBound, end: inner.upperBound),
               let reading = DeclaredNameForm.read(text, signal.bodyStart..<inner.upperBound) {
                found.append((reading.citation, reading))
                continue
            }
            // `contact the districts (https://eda.gov/edd) or ...`: an address alone in the author's
            // parenthesis names the page it is of, each its own work.
            if let page = addressAlone(text, inner) {
                found.append((inner, page))
                continue
            }
            // `(Central Bank Figures, http://...)`: a page's short label and its address.
            if let page = LabelledAddress.read(text, inner) {
                found.append((inner, page))
                continue
            }
            // A symbol or a volume fixes a work; so do, in policy writing, an author, a date and the
            // pages cited (`(Live Nation Entertainment, Inc., Form 10-K ..., March 1, 2021, pp. 2, 36)`).
            // Only a parenthesis giving pages (`p. 4`) may be announced by the sentence before it.
            let citingLead = text.contains("p. ", in: inner) && isCitingLead(text, range.lowerBound..<open)
            guard let parsed = FullWorkForm.parse(text, inner, pagesFixWork: citingLead),
                  parsed.work.documentNumber != nil || parsed.work.volume != nil
                    || (!parsed.work.authors.isEmpty && parsed.work.year != nil && isPageMarked(parsed.pinpoint))
                    || (citingLead && (!parsed.work.authors.isEmpty || parsed.work.title.contains(", ")) && isPageMarked(parsed.pinpoint))
            else { continue }
            found.append((inner, ClauseReading(form: .full(ClauseReading.SharedWork(parsed.work)), pinpoint: parsed.pinpoint, citation: inner, trailing: nil)))
        }
        return found
    }
}

/// What follows the top-level commas of a clause, found in one pass over them: the cheap tests
/// of `andJoint`, `caseJoint` and `leadIn`, which each walked the commas again.
private struct CommaOpenings {
    /// A comma opens `, and `.
    var mayJoinWithAnd = false
    /// A comma follows a closing parenthesis and opens ` ` and a capital.
    var mayJoinCases = false
    /// A lower-case word follows a comma, perhaps after spaces: it may be a signal.
    var maySignal = false

    /// The most bytes between an English report's year in brackets and the comma after its page
    /// (`[1999] 1 AC 77,`, `[2009] 2 WLR 310,`).
    private static let longestBracketedReport = 24

    /// Whether the comma at `comma` follows the page of a report cited with its year in brackets
    /// (`[1988] AC 441, `): a digit before it, and `] ` a short way back.
    static func endsBracketedReport(_ bytes: [UInt8], _ comma: Int, lower: Int) -> Bool {
        guard comma > lower, Bytes.isDigit(bytes[comma - 1]) else { return false }
        var index = comma - 1
        while index > lower, comma - index <= longestBracketedReport {
            if bytes[index] == UInt8(ascii: "]") { return bytes[index + 1] == UInt8(ascii: " ") }
            index -= 1
        }
        return false
    }

    init(_ text: CitationText, _ body: Range<Int>) {
        let bytes = text.bytes
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: body) {
            if !mayJoinWithAnd, text.has(", and ", at: comma, end: body.upperBound) { mayJoinWithAnd = true }
            // The capital after the comma first: most commas follow a page, and the look back for a
            // bracketed year is the dearer test.
            if !mayJoinCases, comma > body.lowerBound, comma + 2 < body.upperBound, bytes[comma + 1] == UInt8(ascii: " "), Bytes.isUpper(bytes[comma + 2]),
               bytes[comma - 1] == UInt8(ascii: ")") || Self.endsBracketedReport(bytes, comma, lower: body.lowerBound) { mayJoinCases = true }
            if !maySignal {
                let next = text.skipSpaces(from: comma + 1, end: body.upperBound)
                if next < body.upperBound, Bytes.isLower(bytes[next]) { maySignal = true }
            }
        }
    }
}

/// Collects a footnote's segments and clauses in order, merging neighbouring commentary.
private struct LayoutBuilder {
    let text: CitationText
    var segments: [FootnoteSegment] = []
    var clauses: [FootnoteSegmenter.Clause] = []

    /// Appends `clause`; the first one makes room for a few, as a note's clauses come in ones and
    /// twos and the list is spent once the run has read it (growing it by one made a list each time).
    private mutating func append(_ clause: FootnoteSegmenter.Clause) {
        if clauses.capacity == 0 { clauses.reserveCapacity(4) }
        clauses.append(clause)
    }

    /// Appends `segment`; the first makes room for two, as most notes are a citation and the
    /// author's words about it (growing from one made a second list for those).
    private mutating func appendSegment(_ segment: FootnoteSegment) {
        if segments.capacity == 0 { segments.reserveCapacity(2) }
        segments.append(segment)
    }

    mutating func addClause(signal: CitationSignal?, start: Int, reading: ClauseReading, startsGroup: Bool) {
        let range = start..<reading.citation.upperBound
        append(FootnoteSegmenter.Clause(signal: signal?.text, range: range, reading: reading, startsGroup: startsGroup))
        appendSegment(FootnoteSegment(kind: .citation, textRange: range, text: ""[...]))
        addParentheticalCitations(in: range)
        if let trailing = reading.trailing, let next = Self.chainedSupra(text, after: reading, trailing) {
            // `See ROE, supra note 61, Doe, supra note 20.`: two supras parted by a comma.
            addClause(signal: nil, start: next.citation.lowerBound, reading: next, startsGroup: false)
        } else if let trailing = reading.trailing {
            addCommentary(trailing)
            // `..., 1 U.S. 1 (2020) (stating that “...” (quoting X))` with the first parenthesis never
            // closed leaves the explanation as the author's words: its quoted source is still cited.
            if text.bytes[trailing].contains(UInt8(ascii: "(")) { addParentheticalCitations(in: trailing, citingOnly: true) }
        }
    }

    /// The supra that follows a supra after a comma, its name a few words (`, Doe, supra note 20`).
    private static func chainedSupra(_ text: CitationText, after reading: ClauseReading, _ trailing: Range<Int>) -> ClauseReading? {
        guard case .supra = reading.form, reading.citation.upperBound <= trailing.lowerBound,
              text.bytes[reading.citation.upperBound..<trailing.lowerBound].contains(UInt8(ascii: ",")) else { return nil }
        let body = trailing
        guard !body.isEmpty, let next = SupraForm.read(text, body), case .supra(let name, let note) = next.form, note != nil,
              next.citation.lowerBound == body.lowerBound, (1...4).contains(text.wordCount(in: body.lowerBound..<body.lowerBound + name.utf8.count))
        else { return nil }
        return next
    }

    /// The words that open a parenthetical citing another authority.
    /// How deep parentheticals inside parentheticals are read for citations.
    private static let deepestParenthetical = 3

    private static let citingWords: [StaticString] = ["citing ", "quoting ", "cited in ", "quoted in ", "cited by ", "reprinted in "]

    /// The citations inside the parentheticals of `range`, each a clause of its own that leaves
    /// *Id.* to the citation around it: every citation of a `(citing ...)` or `(quoting ...)`
    /// parenthetical, and the cases, codes and public laws an explanatory one names
    /// (`(overruling Akron v. Akron Center ..., 462 U. S. 416 (1983), and Thornburgh ...)`).
    ///
    /// A parenthetical inside one (`(holding that “...” (quoting Foo v. Bar, ...))`) is read the
    /// same way, to a few levels: explanatory parentheticals end in the source they quote.
    mutating func addParentheticalCitations(in range: Range<Int>, depth: Int = 0, citingOnly: Bool = false) {
        for open in text.topLevelOffsets(of: UInt8(ascii: "("), in: range) {
            guard let close = text.closingBracket(after: open, end: range.upperBound) else { continue }
            let inner = text.trimmed(open + 1..<close - 1)
            guard inner.count > 8 else { continue }
            // Where a law is codified, or what later repealed or amended it, is the law's own history.
            if LawHistory.opens(text, at: inner.lowerBound, end: inner.upperBound) { continue }
            // `Reorganization Plan No. 2 of 1970 (84 Stat. 2085)`: where a numbered law is printed.
            if PresidentialInstrumentForm.isPrinting(text, inner, after: open) { continue }
            let found = clauses.count
            if let word = Self.citingWords.first(where: { text.has($0, at: inner.lowerBound, end: inner.upperBound, ignoringFirstLetterCase: true) }) {
                let body = text.skipSpaces(from: inner.lowerBound + word.utf8CodeUnitCount, end: inner.upperBound)..<inner.upperBound
                // `(citing Means II)`: a name declared for a work, too.
                addParentheticalClauses(in: body) { CitationForms.read($0, $1) ?? DeclaredNameForm.read($0, $1) }
            } else if !citingOnly {
                addParentheticalClauses(in: inner, using: CitationForms.readMarked)
            }
            // The gate: only a parenthetical that holds another may name more.
            guard depth < Self.deepestParenthetical, text.bytes[inner].contains(UInt8(ascii: "(")) else { continue }
            let read = clauses[found...].map(\.range)
            let before = clauses.count
            addParentheticalCitations(in: inner, depth: depth + 1, citingOnly: citingOnly)
            // A citation the reading above took in already is read once.
            if before < clauses.count, !read.isEmpty {
                let nested = clauses[before...].filter { clause in
                    !read.contains { $0.lowerBound == clause.range.lowerBound || clause.range.contains($0.lowerBound) }
                }
                clauses.replaceSubrange(before..., with: nested)
            }
        }
    }

    /// The clauses `read` finds in `body`, piece by piece between semicolons, and again in what
    /// each leaves after it.
    private mutating func addParentheticalClauses(in body: Range<Int>, using read: (CitationText, Range<Int>) -> ClauseReading?) {
        var pieceStart = body.lowerBound
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: body) {
            var piece = text.trimmed(pieceStart..<end)
            pieceStart = end + 1
            // A parenthetical names a handful of works; the bound keeps a long one linear.
            for _ in 0..<8 {
                if text.has("and ", at: piece.lowerBound, end: piece.upperBound) { piece = text.skipSpaces(from: piece.lowerBound + 4, end: piece.upperBound)..<piece.upperBound }
                let signal = SignalMatcher.match(in: text, at: piece.lowerBound, end: piece.upperBound)
                let clauseBody = (signal?.bodyStart ?? piece.lowerBound)..<piece.upperBound
                guard !clauseBody.isEmpty, let reading = read(text, clauseBody) else { break }
                var clause = FootnoteSegmenter.Clause(signal: signal?.text, range: reading.citation.lowerBound..<reading.citation.upperBound,
                                                      reading: reading, startsGroup: false)
                clause.isParenthetical = true
                append(clause)
                guard let rest = reading.trailing, rest.lowerBound >= reading.citation.upperBound else { break }
                piece = text.trimmed(rest.lowerBound..<piece.upperBound)
            }
        }
    }

    /// A clause that may repeat a declared name (`DeclaredNameForm`): a clause for the run to
    /// resolve, inside the commentary's segment, since it is the author's words when no note
    /// declared the name.
    mutating func addDeclared(signal: CitationSignal?, start: Int, reading: ClauseReading, startsGroup: Bool) {
        var clause = FootnoteSegmenter.Clause(signal: signal?.text, range: start..<reading.citation.upperBound, reading: reading, startsGroup: startsGroup)
        clause.isDeclaredName = true
        append(clause)
    }

    /// A citation inside commentary: a clause of its own, inside the commentary's segment.
    mutating func addEmbedded(range: Range<Int>, reading: ClauseReading) {
        append(FootnoteSegmenter.Clause(signal: nil, range: range, reading: reading, startsGroup: true))
    }

    /// The pages the author's words cite by an address or a link (`AddressSources`), each a
    /// clause in its place among the note's clauses.
    mutating func addAddressSources() {
        guard segments.contains(where: { $0.kind == .commentary }) else { return }
        var urls: [String] = []
        for clause in clauses {
            if case .full(let shared) = clause.reading.form, let url = shared.work.url { urls.append(url) }
        }
        for segment in segments where segment.kind == .commentary {
            let range = segment.textRange
            let found = AddressSources.find(text, in: range, citedURLs: urls, clauseStarts: clauses.map(\.range.lowerBound))
            // A page's address outweighs a guess that the words repeat a declared name.
            if !found.isEmpty { clauses.removeAll { clause in clause.isDeclaredName && found.contains { clause.range.overlaps($0.0) } } }
            for (clauseRange, reading) in found where !clauses.contains(where: { $0.range.overlaps(clauseRange) }) {
                let place = clauses.firstIndex { $0.range.lowerBound > clauseRange.lowerBound } ?? clauses.count
                clauses.insert(FootnoteSegmenter.Clause(signal: nil, range: clauseRange, reading: reading, startsGroup: true), at: place)
                if case .full(let shared) = reading.form, let url = shared.work.url { urls.append(url) }
            }
        }
    }

    mutating func addCommentary(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = segments.last, last.kind == .commentary {
            segments[segments.count - 1].textRange = last.textRange.lowerBound..<range.upperBound
        } else {
            appendSegment(FootnoteSegment(kind: .commentary, textRange: range, text: ""[...]))
        }
    }

    consuming func finish() -> FootnoteSegmenter.Layout {
        // Filled in place: a mapped copy was a second list a note.
        for index in segments.indices { segments[index].text = text.substring(segments[index].textRange) }
        return FootnoteSegmenter.Layout(segments: segments, clauses: clauses)
    }
}
