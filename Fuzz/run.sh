#!/bin/sh
# Runs one fuzzer on its corpus with the settings we use, after `Fuzz/seed.sh` and a build:
#   Fuzz/build.sh
#   Fuzz/run.sh EssayParserFuzzer [SECONDS] [more libFuzzer flags]
# New inputs go into Fuzz/Corpus/<fuzzer>/, crashes, hangs and leaks into Fuzz/Artifacts/<fuzzer>/
# (both ignored by git). SECONDS defaults to 600. Run one fuzzer at a time on a shared machine.
set -eu

fuzz=$(cd "$(dirname "$0")" && pwd)
fuzzer=${1:?usage: Fuzz/run.sh EssayParserFuzzer|CitationFuzzer|AnnotationFuzzer|SearchQueryFuzzer [SECONDS] [FLAGS...]}
seconds=${2:-600}
shift; [ $# -gt 0 ] && shift

case "$fuzzer" in
    EssayParserFuzzer) dict=essay.dict; max_len=8192 ;;
    CitationFuzzer) dict=essay.dict; max_len=4096 ;;
    AnnotationFuzzer) dict=yaml.dict; max_len=4096 ;;
    SearchQueryFuzzer) dict=query.dict; max_len=256 ;;
    *) echo "unknown fuzzer: $fuzzer" >&2; exit 2 ;;
esac
binary="$fuzz/.build/release/$fuzzer"
[ -x "$binary" ] || { echo "build the fuzzers first: Fuzz/build.sh" >&2; exit 2; }
[ -d "$fuzz/Corpus/$fuzzer" ] || "$fuzz/seed.sh"
mkdir -p "$fuzz/Artifacts/$fuzzer"

# Swift's crash reporter would outlive the fuzzer and hold its output open.
SWIFT_BACKTRACE=enable=no exec "$binary" "$fuzz/Corpus/$fuzzer" \
    -dict="$fuzz/Dictionaries/$dict" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$fuzz/Artifacts/$fuzzer/" "$@"
