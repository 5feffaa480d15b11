#!/usr/bin/env python3
"""How many of an essay's notes legit reads, against the notes its text plausibly has.

Usage: scripts/notes-found.py [--legit PATH] [--json OUT] [--compare BEFORE.json] FILE_OR_FOLDER...

For each essay (`*.md` in a folder, `*.source.md` and `*.gold.yaml` left out) it runs
`legit dump --json FILE` and prints:

  read      notes legit read (numbered notes; the author's `*`/`†` notes left out)
  expected  the highest note number the text plausibly has: the end of the longest chain of lines
            opening `N. ` (or `N ` and a capital or a volume, `N 42 U.S.C.`, or holding `N` alone, as pdftotext prints a
            column of numbers apart from the notes' texts) with N running on from 1 in increasing
            order, a gap of up to two allowed (a conversion may glue a note's number to its text);
            a number alone as a page's first or last line is its page number; 0 when the text has
            no such run
  share     read / expected
  beyond    notes read numbered above `expected` (where expected is 10 or more): likely false notes
  marks     distinct note labels the body marks
  cited     notes holding at least one citation
  empty     notes read with no text (a number whose text could not be told from its neighbours')

Totals follow, then the files reading the fewest of their expected notes. With --json the rows
are saved; with --compare a saved table is printed beside this one (before -> after).
"""
import argparse
import json
import os
import re
import subprocess
import sys

NOTE_LINE = re.compile(rb"^\s{0,3}(\d{1,4})(?:\. |\.$|$| (?=[A-Z\"]|\xe2\x80\x9c|\d{1,4} [A-Z]))")


def expected_notes(path):
    """The end of the longest chain of note numbers that lines open with, in increasing order."""
    with open(path, "rb") as handle:
        lines = handle.read().replace(b"\x0c", b"\n\x0c").split(b"\n")
    # A number alone among a page's first or last two lines (after its form feed, or before the
    # next or the file's end) is the page's number, as a footer or a running head prints it.
    page_numbers = set()
    page = []
    for index, line in enumerate(lines + [b"\x0c"]):
        if line.startswith(b"\x0c"):
            filled = [k for k in page if lines[k].strip(b" \x0c")]
            page_numbers.update(filled[:2] + filled[-2:])
            page = []
        page.append(index)
    dotted = []
    plain = []
    for index, line in enumerate(lines):
        line = line.lstrip(b"\x0c")
        match = NOTE_LINE.match(line)
        if not match:
            continue
        number = int(match.group(1))
        is_dotted = line.lstrip()[len(match.group(1)):].startswith(b".")
        if not is_dotted and index in page_numbers and line.strip() == match.group(1):
            continue
        (dotted if is_dotted else plain).append(number)

    def run(numbers):
        # The longest chain in file order, each number one to three above the one before, from
        # 1 to 5: not the first run met, which a page's numbers or a table's may lead astray.
        longest = {}
        best = (0, 0)
        for number in numbers:
            before = max((longest.get(number - step, 0) for step in (1, 2, 3)), default=0)
            length = before + 1 if before or number <= 5 else 0
            if length > longest.get(number, 0):
                longest[number] = length
                # A number alone (a table's cell) is no numbering, unless it is note 1.
                if length >= 2 or number == 1:
                    best = max(best, (length, number))
        return best[1]

    # The dotted form (`12. See ...`) is the law reviews'; the bare one (`12 See ...`) other PDFs'.
    return max(run(dotted), run(plain))


def measure(legit, path):
    result = subprocess.run([legit, "dump", "--json", path], capture_output=True)
    if result.returncode != 0:
        return {"file": os.path.basename(path), "error": result.stderr.decode(errors="replace").strip()[:200]}
    document = json.loads(result.stdout)
    if isinstance(document, list):
        document = document[0]
    if "document" in document:
        document = document["document"]
    notes = [note for note in document.get("footnotes", []) if note.get("number", 0) > 0]
    marks = set()

    def walk(blocks):
        for block in blocks:
            marks.update(block.get("footnotes", []))

    for section in document.get("sections", []):
        walk(section.get("blocks", []))
    expected = expected_notes(path)
    read = len(notes)
    return {
        "file": os.path.basename(path),
        "read": read,
        "expected": expected,
        # Only where the text shows a numbering (ten notes or more): Markdown and web editions show none.
        "beyond": sum(1 for note in notes if expected >= 10 and note["number"] > expected),
        "marks": len(marks),
        "cited": sum(1 for note in notes if note.get("citations")),
        "empty": sum(1 for note in notes if not note.get("text", "").strip()),
    }


def essays(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                if name.endswith(".md") and not name.endswith(".source.md") and name != "README.md":
                    yield os.path.join(argument, name)
        else:
            yield argument


def share(row):
    if row.get("expected"):
        return min(row["read"], row["expected"]) / row["expected"]
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--legit", default=os.environ.get("LEGIT", ".build/debug/legit"))
    parser.add_argument("--json", help="save the rows here")
    parser.add_argument("--compare", help="a table saved before, printed beside this one")
    parser.add_argument("--worst", type=int, default=12)
    parser.add_argument("paths", nargs="+")
    options = parser.parse_args()
    rows = [measure(options.legit, path) for path in essays(options.paths)]
    before = {}
    if options.compare:
        with open(options.compare) as handle:
            before = {row["file"]: row for row in json.load(handle)}
    width = max([len(row["file"][:60]) for row in rows] + [4])
    print(f"{'file':<{width}} {'read':>5} {'exp':>5} {'share':>6} {'beyond':>6} {'marks':>5} {'cited':>5}" + ("  before" if before else ""))
    for row in rows:
        if "error" in row:
            print(f"{row['file'][:60]:<{width}} ERROR {row['error']}")
            continue
        ratio = share(row)
        text = f"{row['file'][:60]:<{width}} {row['read']:>5} {row['expected']:>5} {'' if ratio is None else f'{ratio:.0%}':>6} {row['beyond']:>6} {row['marks']:>5} {row['cited']:>5}"
        if row["file"] in before:
            old = before[row["file"]]
            text += f"  {old.get('read', '?')} read, {old.get('marks', '?')} marks, {old.get('cited', '?')} cited"
        print(text)
    good = [row for row in rows if "error" not in row]
    total_read = sum(min(row["read"], row["expected"]) if row["expected"] else row["read"] for row in good)
    total_expected = sum(row["expected"] for row in good)
    over90 = sum(1 for row in good if (share(row) or 0) > 0.9)
    print()
    print(f"files {len(good)}; notes read {sum(row['read'] for row in good)} (within the expected {total_read}) of {total_expected} expected; "
          f"beyond {sum(row['beyond'] for row in good)}; empty {sum(row.get('empty', 0) for row in good)}; marks {sum(row['marks'] for row in good)}; cited {sum(row['cited'] for row in good)}; "
          f"files > 90% of expected: {over90}; files with 0 notes: {sum(1 for row in good if row['read'] == 0)}")
    worst = sorted((row for row in good if row["expected"]), key=lambda row: share(row))[: options.worst]
    print("worst: " + ", ".join(f"{row['file'][:40]} {row['read']}/{row['expected']}" for row in worst))
    if options.json:
        with open(options.json, "w") as handle:
            json.dump(rows, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
