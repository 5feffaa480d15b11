#!/usr/bin/env python3
"""Regenerates legit's tables of reporters, journals, codes and courts from Free Law Project's data.

    pip install reporters-db courts-db pyyaml
    pip install --no-deps citeurl
    python3 scripts/generate-legal-tables.py

writes Sources/EssayKit/Citations/LegalData/LegalTables.swift (do not edit it by hand) and the two
packages' licence notices beside it (NOTICE.md). The tables are sorted text, one entry a line,
fields separated by tabs, read in place by `LegalTable` (binary search, no parsing at load):

- reporters: KEY, EDITION, FIRST YEAR, LAST YEAR (empty when still published), and the COURT id and
  NAME when the reporter reports one court alone and its citations name none (the U.S. Supreme
  Court's reports). KEY is an edition's abbreviation or any variant of it (`U. S.`, `F.Supp.2d`),
  folded by `fold` below, keeping its case. A key shared by several editions has a line for each.
- reportersAnyCase: the reporters' lines again, keyed by KEY in lower case, for a reporter printed in
  another letter case (`F.3D`, `F. SUPP. 2D`), looked up only when the case-kept key finds nothing.
- journals: KEY, ABBREVIATION (the Bluebook form), and the journal's name.
- laws: KEY, ABBREVIATION, KIND (statute, regulation, session, register, other). KEY is the
  abbreviation, a variant of it, or the code's name written out (`Code of Federal Regulations`).
- courts: KEY, the court's courts-db id, its name. KEY is the court's citation string, as a
  court is written in a citation's closing parenthetical (`2d Cir.`, `S.D.N.Y.`).
- states: KEY, ABBREVIATION: a state's name written out (`New York`), folded, and its abbreviation
  (`N.Y.`), from reporters-db's state abbreviations, for codes an essay names in words
  (`Connecticut General Statute`).
- codeSubjects: KEY, CODE: a state's abbreviation and the subject of one of its codes written out
  or abbreviated (`N.Y.` + `Arts and Cultural Affairs`), folded into one key, and the code as
  cited (`N.Y. Arts & Cult. Aff. Law`). The subjects and their abbreviations come from citeurl's
  state-law templates (MIT), the shape of the cite (`N.Y. $law_subject Law`, `Md. Code Ann.,
  $law_subject`) from reporters-db's laws.
- pairs: two consecutive words of any abbreviation above, the first ending in a period, folded
  into one key (`harv.j.l.`, `ala.code`): a period between them ends no sentence.
"""
import importlib.metadata
import os
import re
import sys

import re._parser as sre_parse

import courts_db
import reporters_db
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "EssayKit", "Citations", "LegalData")


def fold(text, keep_case=False):
    """The key a written abbreviation is looked up by: no spaces, curly apostrophes straight, and
    (unless `keep_case`) ASCII letters in lower case. legit's `LegalTable.fold` does the same."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = "".join(ch for ch in text if ch not in " \t")
    if keep_case:
        return text
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in text)


def clean(text):
    return " ".join(str(text).split()).replace("\t", " ")


def year(date):
    return str(date.year) if date else ""


def implied_court(entry):
    """The court a reporter's name says it reports alone: the U.S. Supreme Court's own reports
    (`United States Supreme Court Reports`, `West's Supreme Court Reporter`, `Cranch's Supreme
    Court Reports` ...), whose citations name no court. Other reporters leave the court to the
    citation's parenthetical."""
    if "Supreme Court Report" in entry["name"] and entry["cite_type"] in ("federal", "scotus_early"):
        court = next(c for c in courts_db.courts if c["id"] == "scotus")
        return (court["id"], clean(court["name"]))
    return ("", "")


def reporter_lines():
    lines = set()
    for entries in reporters_db.REPORTERS.values():
        for entry in entries:
            editions = entry["editions"]
            court = implied_court(entry)
            for edition, dates in editions.items():
                lines.add((fold(edition, keep_case=True), edition, year(dates["start"]), year(dates["end"])) + court)
            for variant, edition in entry["variations"].items():
                dates = editions.get(edition)
                if dates is None:
                    continue
                lines.add((fold(variant, keep_case=True), edition, year(dates["start"]), year(dates["end"])) + court)
    return lines


def journal_lines():
    lines = set()
    for abbreviation, entries in reporters_db.JOURNALS.items():
        for entry in entries:
            name = clean(entry.get("name", ""))
            for written in [abbreviation] + list(entry.get("variations") or []):
                lines.add((fold(written), abbreviation, name))
    return lines


LAW_KINDS = {
    "leg_statute": "statute",
    "leg_act": "statute",
    "admin_compilation": "regulation",
    "leg_session": "session",
    "admin_register": "register",
}


def law_lines():
    lines = set()
    for abbreviation, entries in reporters_db.LAWS.items():
        for entry in entries:
            kind = LAW_KINDS.get(entry["cite_type"], "other")
            for written in [abbreviation] + list(entry.get("variations") or []) + law_names(entry):
                lines.add((fold(written), abbreviation, kind))
    return lines


def law_names(entry):
    """A code's names written out (`Code of Federal Regulations`, `United States Code`), without
    their publishers and editions, which essays write in place of the abbreviation."""
    names = []
    for name in entry.get("name", "").split(";"):
        name = re.sub(r"\([^)]*\)", "", name)
        name = re.sub(r",\s*\d{4}\s*$", "", name.strip()).strip()
        if len(name.split()) >= 2 and not any(ch.isdigit() for ch in name):
            names.append(name)
    return names


def court_lines():
    lines = set()
    for court in courts_db.courts:
        written = clean(court.get("citation_string") or "")
        if not written or written == "SCOTUS":
            continue
        lines.add((fold(written), court["id"], clean(court["name"])))
    # The Supreme Court's own parenthetical carries no court, only the year.
    return lines


def state_lines():
    return {(fold(name), abbreviation) for abbreviation, name in reporters_db.STATE_ABBREVIATIONS.items()}


def subject_shapes():
    """For each state whose statutes reporters-db cites by subject, how the subject goes into the
    cite: `N.Y. {} Law` (the reporter group of `(?P<reporter>N\\.Y\\. $law_subject Law)`) or
    `Md. Code Ann., {}` (`$reporter, $law_subject`)."""
    shapes = {}
    for abbreviation, entries in sorted(reporters_db.LAWS.items()):
        for entry in entries:
            if entry["cite_type"] != "leg_statute":
                continue
            for regex in entry.get("regexes") or []:
                group = re.search(r"\(\?P<reporter>(.*?\$law_subject.*?)\)", regex)
                if group:
                    shape = group.group(1).replace("\\", "").replace("$law_subject", "{}")
                    shapes[entry["jurisdiction"]] = shape
                elif regex.startswith("$reporter, $law_subject") and entry["jurisdiction"] not in shapes:
                    shapes[entry["jurisdiction"]] = abbreviation + ", {}"
    return shapes


def written_forms(pattern, limit=64):
    """Every text a small regex of citeurl's matches (`Com(mercial|\\.) ?Law`: `Commercial Law`,
    `Com. Law`, ...), or none when it matches unboundedly many or more than `limit`."""
    def expand(parsed):
        forms = [""]
        for op, arg in parsed:
            if op == sre_parse.LITERAL:
                options = [chr(arg)]
            elif op == sre_parse.SUBPATTERN:
                options = expand(arg[-1])
            elif op == sre_parse.BRANCH:
                options = [form for branch in arg[1] for form in expand(branch)]
            elif op == sre_parse.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
                options = [""] + expand(arg[2])
            elif op == sre_parse.IN and all(kind == sre_parse.LITERAL for kind, _ in arg):
                options = [chr(value) for _, value in arg]
            else:
                raise ValueError(pattern)
            forms = [form + option for form in forms for option in options]
            if len(forms) > limit:
                raise ValueError(pattern)
        return forms
    try:
        return expand(sre_parse.parse(pattern))
    except ValueError:
        return []


def citeurl_templates():
    dist = importlib.metadata.distribution("citeurl")
    template = next(f for f in dist.files if f.name == "state law.yaml")
    return yaml.safe_load(template.read_text(encoding="utf-8"))


# The Bluebook's abbreviation (table T1) of each code that citeurl's state-law templates name by an
# official code of their own (`CIV`) rather than by an abbreviation (California's), written once here:
# the templates give every way of writing the subject, the Bluebook the one a cite uses.
BLUEBOOK_SUBJECTS = {
    "California": {
        "BPC": "Bus. & Prof.", "CCP": "Civ. Proc.", "CIV": "Civ.", "COM": "Com.", "CORP": "Corp.", "EDC": "Educ.",
        "ELEC": "Elec.", "EVID": "Evid.", "FAM": "Fam.", "FIN": "Fin.", "FGC": "Fish & Game", "FAC": "Food & Agric.",
        "GOV": "Gov't", "HNC": "Harb. & Nav.", "HSC": "Health & Safety", "INS": "Ins.", "LAB": "Lab.", "MVC": "Mil. & Vet.",
        "PEN": "Penal", "PROB": "Prob.", "PCC": "Pub. Cont.", "PRC": "Pub. Res.", "PUC": "Pub. Util.", "RTC": "Rev. & Tax.",
        "SHC": "Sts. & High.", "UIC": "Unemp. Ins.", "VEH": "Veh.", "WAT": "Water", "WIC": "Welf. & Inst.",
    },
}


def subject_lines():
    shapes = subject_shapes()
    states = sorted(reporters_db.STATE_ABBREVIATIONS.items(), key=lambda item: -len(item[1]))
    lines = set()
    for name, template in citeurl_templates().items():
        if not isinstance(template, dict):
            continue
        state = next(((abbreviation, full) for abbreviation, full in states if full in name), None)
        if state is None or state[1] not in shapes:
            continue
        for token in (template.get("tokens") or {}).values():
            if not isinstance(token, dict):
                continue
            for edit in token.get("edits") or []:
                if not isinstance(edit, dict) or not isinstance(edit.get("lookup"), dict):
                    continue
                for pattern, subject in edit["lookup"].items():
                    # Some subjects are written as regex replacements (`Bus\\. & Com\\.`): the text is without the escapes.
                    subject = subject.replace("\\.", ".")
                    # Some templates look a subject up to a code of their own (`CIV`), not its abbreviation:
                    # the Bluebook's abbreviation of that code, where written above, else none.
                    if not any(ch.islower() or ch == "." for ch in subject):
                        subject = BLUEBOOK_SUBJECTS.get(state[1], {}).get(subject)
                        if subject is None:
                            continue
                    code = shapes[state[1]].format(subject)
                    for written in set(written_forms(pattern) + [subject]):
                        # A regex's escapes and quotes left in the text are no way of writing it.
                        if written.strip() and not any(sign in written + code for sign in ("\\", '"')):
                            lines.add((fold(state[0]) + fold(written), code))
    return lines


def pairs(abbreviations):
    found = set()
    for written in abbreviations:
        words = written.replace("\u2019", "'").split()
        for first, second in zip(words, words[1:]):
            if first.endswith(".") and len(first) > 1:
                found.add((fold(first) + fold(second),))
    return found


def table(name, doc, lines):
    body = "\n".join("\t".join(fields) for fields in sorted(lines)) + "\n"
    assert '"""' not in body and "\\" not in body, name
    return f'    /// {doc}\n    static let {name} = LegalTable(text: """\n{body}""")\n'


def main():
    versions = {name: importlib.metadata.version(name) for name in ("reporters-db", "courts-db", "citeurl")}
    reporters = reporter_lines()
    reporters_any_case = {(fold(line[0]),) + line[1:] for line in reporters}
    journals = journal_lines()
    laws = law_lines()
    courts = court_lines()
    states = state_lines()
    subjects = subject_lines()
    written = set()
    for entries in reporters_db.REPORTERS.values():
        for entry in entries:
            written.update(entry["editions"])
            written.update(entry["variations"])
    for source in (reporters_db.JOURNALS, reporters_db.LAWS):
        for abbreviation, entries in source.items():
            written.add(abbreviation)
            for entry in entries:
                written.update(entry.get("variations") or [])
    written.update(clean(court.get("citation_string") or "") for court in courts_db.courts)

    swift = (
        "// Generated by scripts/generate-legal-tables.py from reporters-db "
        f"{versions['reporters-db']} and courts-db {versions['courts-db']}\n"
        "// (Free Law Project, BSD 2-Clause) and the state-law templates of citeurl "
        f"{versions['citeurl']} (MIT);\n// see NOTICE.md beside this file. Do not edit by hand.\n\n"
        "/// Reporters, journals, codes and courts, as Free Law Project keeps them.\n"
        "enum LegalTables {\n"
        + table("reporters", "Case reporters: key, edition, first year, last year, implied court id and name.", reporters)
        + "\n"
        + table("reportersAnyCase", "The reporters' lines keyed in lower case, for reporters printed in another case.",
                reporters_any_case)
        + "\n"
        + table("journals", "Law journals: key, abbreviation, name.", journals)
        + "\n"
        + table("laws", "Codes, regulations and session laws: key, abbreviation, kind.", laws)
        + "\n"
        + table("courts", "Courts as their citations write them: key, courts-db id, name.", courts)
        + "\n"
        + table("states", "States by name written out: key, abbreviation.", states)
        + "\n"
        + table("codeSubjects", "A state's abbreviation and a code's subject, folded together: key, the code as cited.", subjects)
        + "\n"
        + table("pairs", "Consecutive words of an abbreviation, the first ending in a period.", pairs(written))
        + "}\n"
    )
    with open(os.path.join(OUT, "LegalTables.swift"), "w", encoding="utf-8") as out:
        out.write(swift)

    notice = [
        "# Notices for the generated legal tables\n",
        "`LegalTables.swift` is generated by `scripts/generate-legal-tables.py` from these packages:\n",
    ]
    urls = {"reporters-db": "https://github.com/freelawproject/reporters-db",
            "courts-db": "https://github.com/freelawproject/courts-db", "citeurl": "https://github.com/raindrum/citeurl"}
    for package in ("reporters-db", "courts-db", "citeurl"):
        dist = importlib.metadata.distribution(package)
        licence = next((f for f in dist.files if f.name in ("LICENSE", "LICENSE.md")), None)
        text = licence.read_text() if licence else ""
        notice.append(f"\n## {package} {versions[package]} ({urls[package]})\n\n```\n{text.strip()}\n```\n")
    with open(os.path.join(OUT, "NOTICE.md"), "w", encoding="utf-8") as out:
        out.write("".join(notice))
    print(f"reporters {len(reporters)}, journals {len(journals)}, laws {len(laws)}, courts {len(courts)}, "
          f"states {len(states)}, code subjects {len(subjects)}, "
          f"pairs {len(pairs(written))}; {len(swift.encode())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
