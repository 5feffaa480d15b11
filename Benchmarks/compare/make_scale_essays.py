"""Writes the explorer's scale essays (issue 16 item 5) into FOLDER, as the benchmarks build them.

million.md: a million short paragraphs, each marking its own note; note 1 cites a work and every
other note is *Id.*, so a million notes cite one work. attacked.md and attacked.claims.yaml: the
first sentence a claim, and 50,000 claims attacking it.
Usage: python3 make_scale_essays.py FOLDER
"""
import os
import sys


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    count = 1_000_000
    with open(os.path.join(folder, "million.md"), "w") as out:
        out.write("# A Million Notes\n\nAnn Author\n\n")
        out.writelines(f"Point {n} is made.<sup>{n}</sup>\n\n" for n in range(1, count + 1))
        out.write("---\n\n1. Jo Writer, *Councils*, 1 J. L. 2 (2000).\n\n")
        out.writelines(f"{n}. *Id.* at {n}.\n\n" for n in range(2, count + 1))
    attackers = 50_000
    with open(os.path.join(folder, "attacked.md"), "w") as out:
        out.write("# Attacked\n\nAnn Author\n\nThe target claim stands.\n\n")
        out.writelines(f"Objection {n} fails it.\n\n" for n in range(1, attackers + 1))
    with open(os.path.join(folder, "attacked.claims.yaml"), "w") as out:
        out.write("essay: attacked.md\nclaims:\n  - id: target\n    kind: thesis\n    quote: \"The target claim stands.\"\n")
        out.writelines(f"  - id: objection-{n}\n    kind: counterclaim\n    quote: \"Objection {n} fails it.\"\n    attacks: [target]\n"
                       for n in range(1, attackers + 1))


if __name__ == "__main__":
    main()
