"""Times the reference tools on the bundled essay, for comparison with legit's own benchmark.

nupunkt splits the body into sentences; eyecite scans the footnotes for citations. Both read the
text legit itself parsed (`legit dump --json`), so all three see the same words.
Usage: python3 reference_tools.py DUMP.json [ITERATIONS]
"""
import json
import statistics
import sys
import time


def median_ms(function, iterations):
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    document = json.load(open(sys.argv[1]))
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    body = "\n\n".join(block["text"] for section in document["sections"] for block in section["blocks"])
    notes = "\n".join(note["text"] for note in document["footnotes"])

    import nupunkt
    sentences = nupunkt.sent_tokenize(body)
    print(f"nupunkt {getattr(nupunkt, '__version__', '?')}: {len(sentences)} sentences in the body, "
          f"median {median_ms(lambda: nupunkt.sent_tokenize(body), iterations):.2f} ms")

    from eyecite import get_citations
    from eyecite.models import IdCitation, SupraCitation
    found = get_citations(notes)
    ids = sum(isinstance(c, IdCitation) for c in found)
    supras = sum(isinstance(c, SupraCitation) for c in found)
    print(f"eyecite: {len(found)} citations in the footnotes ({ids} Id., {supras} supra), "
          f"median {median_ms(lambda: get_citations(notes), iterations):.2f} ms")


if __name__ == "__main__":
    main()
