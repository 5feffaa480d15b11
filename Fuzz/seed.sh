#!/bin/sh
# Builds the fuzzers' seed corpora, Fuzz/Corpus/<fuzzer>/, from the repository's own fixtures:
# the bundled essay cut into pages, its footnotes, its annotations cut into small files, the
# frameworks, the essays, notes and YAML written into the tests, and the queries the tests search
# for. Inputs in Fuzz/Regressions/<fuzzer>/ (past findings, committed) are added as they are.
# Seeds are kept small (a few KB each), so libFuzzer mutates them quickly.
#
# Usage: Fuzz/seed.sh            (run from anywhere; existing seed files are overwritten)
set -eu

fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
corpus="$fuzz/Corpus"
essay="$root/Corpus/kaye-2019-legitimacy.md"
claims="$root/Corpus/kaye-2019-legitimacy.claims.yaml"

mkdir -p "$corpus/EssayParserFuzzer" "$corpus/CitationFuzzer" "$corpus/AnnotationFuzzer" "$corpus/SearchQueryFuzzer"

# Swift multi-line string literals ("""...""") of a test file, one file each, indentation and
# `\\` escapes undone; interpolations are left as written.
multiline_literals() { # file output-prefix
    awk -v prefix="$2" '
        !inside && /"""[ \t]*$/ { inside = 1; lines = 0; next }
        inside && /^[ \t]*"""/ {
            inside = 0
            match($0, /^[ \t]*/); indent = RLENGTH
            count++
            name = sprintf("%s-%02d", prefix, count)
            for (i = 1; i <= lines; i++) {
                line = substr(text[i], indent + 1)
                gsub(/\\\\/, "\\", line)
                print line > name
            }
            close(name)
            next
        }
        inside { text[++lines] = $0 }
    ' "$1"
}

# --- Essay parser: the essay's header with two pages at a time, and the essays in the tests.
awk -v out="$corpus/EssayParserFuzzer/kaye-pages" '
    NR <= 6 { header = header $0 "\n"; next }
    /^---[ \t]*$/ { pages[++count] = page; page = ""; next }
    { page = page $0 "\n" }
    END {
        pages[++count] = page
        for (i = 1; i < count; i++) {
            name = sprintf("%s-%02d.md", out, i)
            printf "%s%s---\n%s", header, pages[i], pages[i + 1] > name
            close(name)
        }
    }
' "$essay"
for test in "$root"/Tests/EssayKitTests/*.swift; do
    multiline_literals "$test" "$corpus/EssayParserFuzzer/test-$(basename "$test" .swift)"
done

# --- Citations: the essay's footnotes, six consecutive notes a file (so Id. and supra chains
# hold), without their numbers; and the notes written into the citation tests, a file per test file.
awk -v out="$corpus/CitationFuzzer/kaye-notes" '
    /^---[ \t]*$/ { inBlock = 1; next }
    inBlock && /^([0-9]+[a-z]?\.|\\\*) / { sub(/^([0-9]+[a-z]?\.|\\\*) /, ""); notes[++count] = $0; next }
    inBlock && /^<sup>|^[A-Za-z]/ && !/^(DOI|Copyright)/ { inBlock = 0 }
    END {
        for (i = 1; i <= count; i += 3) {
            name = sprintf("%s-%02d.txt", out, i)
            for (j = i; j < i + 6 && j <= count; j++) print notes[j] > name
            close(name)
        }
    }
' "$essay"
for test in "$root"/Tests/EssayKitTests/Citation*.swift; do
    lines=$(sed -n 's/^[ \t]*"\(.*\)",\{0,1\}$/\1/p' "$test" | sed 's/\\"/"/g; s/\\\\/\\/g')
    [ -n "$lines" ] && printf '%s\n' "$lines" > "$corpus/CitationFuzzer/test-$(basename "$test" .swift).txt"
done

# --- Annotations and frameworks: the annotations' head (essay, framework, subjects) with four
# claims at a time, the frameworks, and the YAML written into the argument graph tests.
awk -v out="$corpus/AnnotationFuzzer/kaye-claims" '
    !started && /^  - id:/ && sawClaims { started = 1 }
    /^claims:/ { sawClaims = 1 }
    !started { head = head $0 "\n"; next }
    /^  - id:/ { claims[++count] = "" }
    { claims[count] = claims[count] $0 "\n" }
    END {
        for (i = 1; i <= count; i += 4) {
            name = sprintf("%s-%02d.yaml", out, i)
            printf "%s", head > name
            for (j = i; j < i + 4 && j <= count; j++) printf "%s", claims[j] > name
            close(name)
        }
    }
' "$claims"
cp "$root"/Corpus/frameworks/*.yaml "$root"/Tests/ArgumentGraphTests/Fixtures/*.yaml "$corpus/AnnotationFuzzer/"
for test in "$root"/Tests/ArgumentGraphTests/*.swift; do
    multiline_literals "$test" "$corpus/AnnotationFuzzer/test-$(basename "$test" .swift)"
done

# --- Search queries: the queries the tests run, and a few more shapes of query.
sed -n 's/.*search("\(\([^"\\]\|\\.\)*\)".*/\1/p' "$root"/Tests/ArgumentGraphTests/*.swift | sed 's/\\"/"/g' | sort -u > "$corpus/.queries"
cat >> "$corpus/.queries" <<'QUERIES'
Caron's “judicial review” multi-stakeholder "veto"
"no single actor" dominate
legitimacy of the Security Council
Caron’s framework
multi-stakeholder
“unclosed phrase
ICANN GAC §
QUERIES
number=0
while IFS= read -r query; do
    number=$((number + 1))
    printf '%s' "$query" > "$corpus/SearchQueryFuzzer/query-$(printf %02d $number)"
done < "$corpus/.queries"
rm "$corpus/.queries"

# --- Past findings, kept as regression inputs.
for fuzzer in EssayParserFuzzer CitationFuzzer AnnotationFuzzer SearchQueryFuzzer; do
    if [ -d "$fuzz/Regressions/$fuzzer" ]; then
        cp "$fuzz/Regressions/$fuzzer"/* "$corpus/$fuzzer/" 2>/dev/null || true
    fi
done

for fuzzer in EssayParserFuzzer CitationFuzzer AnnotationFuzzer SearchQueryFuzzer; do
    echo "$fuzzer: $(ls "$corpus/$fuzzer" | wc -l) inputs in Fuzz/Corpus/$fuzzer, $(cat "$corpus/$fuzzer"/* | wc -c) bytes"
done
