#!/bin/sh
# Builds the fuzzers with libFuzzer and AddressSanitizer, and checks that both really went in.
#
# `--sanitize=fuzzer --sanitize=address` alone is not enough for Swift: SwiftPM hands swiftc two
# `-sanitize=` flags in no fixed order and swiftc keeps only the last, so a build silently lacks
# either coverage (libFuzzer then finds nothing new) or ASan. The `-Xswiftc` flag comes last and
# names both; `--sanitize` still instruments the C targets (libyaml) and links the runtimes.
set -eu
cd "$(dirname "$0")"
swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address "$@"

object=$(find .build/release/EssayKit.build -name 'EssayParser.swift.o' | head -n 1)
if ! nm "$object" | grep -q __sanitizer_cov || ! nm "$object" | grep -q __asan_report; then
    echo "build.sh: $object lacks libFuzzer coverage or ASan instrumentation" >&2
    exit 1
fi
echo "fuzzers built in Fuzz/.build/release/ with coverage and ASan"
