#!/bin/sh
# Replays a fuzzer's corpus with every input grown to SIZE bytes, to find work that grows faster
# than the input. Fuzzing keeps inputs to a few KB (-max_len), where a quadratic scan still looks
# fast; repeated to 256 KB, it takes seconds and trips the timeout.
#
# Usage: Fuzz/scale.sh FUZZER [SIZE] [COUNT]    (defaults: 262144 bytes, 1000 inputs picked at random)
# CitationFuzzer's inputs are joined into one long note first. Grown inputs go to a temporary
# folder; a slow one is written to Fuzz/Artifacts/FUZZER/ as timeout-... and named on the way out.
set -eu

fuzz=$(cd "$(dirname "$0")" && pwd)
fuzzer=${1:?usage: Fuzz/scale.sh EssayParserFuzzer|CitationFuzzer|AnnotationFuzzer|SearchQueryFuzzer [SIZE] [COUNT]}
size=${2:-262144}
count=${3:-1000}
binary="$fuzz/.build/release/$fuzzer"
[ -x "$binary" ] || { echo "build the fuzzers first: Fuzz/build.sh" >&2; exit 2; }
[ -d "$fuzz/Corpus/$fuzzer" ] || { echo "no corpus yet: run Fuzz/seed.sh (and fuzz a while)" >&2; exit 2; }

grown=$(mktemp -d)
trap 'rm -rf "$grown"' EXIT
ls "$fuzz/Corpus/$fuzzer" | shuf -n "$count" --random-source=/dev/zero | while IFS= read -r name; do
    input="$fuzz/Corpus/$fuzzer/$name"
    [ -s "$input" ] || continue
    if [ "$fuzzer" = CitationFuzzer ]; then
        tr '\n' ' ' < "$input" > "$grown/$name.part"
    else
        cp "$input" "$grown/$name.part"
    fi
    # Doubling, so a 20-byte query takes a dozen steps to reach 256 KB.
    while [ "$(wc -c < "$grown/$name.part")" -lt "$size" ]; do
        cat "$grown/$name.part" "$grown/$name.part" > "$grown/$name.double"
        mv "$grown/$name.double" "$grown/$name.part"
    done
    head -c "$size" "$grown/$name.part" > "$grown/$name"
    rm "$grown/$name.part"
done

mkdir -p "$fuzz/Artifacts/$fuzzer"
SWIFT_BACKTRACE=enable=no "$binary" "$grown" -runs=0 -max_len=$((size + 1)) -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 -report_slow_units=3 -artifact_prefix="$fuzz/Artifacts/$fuzzer/"
