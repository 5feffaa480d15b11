# `legit annotate add` and `rm`, each killed with SIGKILL at a random moment of its run, 100 times
# over one growing annotation file: after every kill the file reads back whole (`legit check`: no
# error) and holds every claim it had, plus at most the one being added (less at most the one being
# removed). Sourced by .ci/e2e, which provides $legit, check and the pass/fail counters.
kill_dir=$(mktemp -d)
kill_fail() { echo "FAIL annotate kill: $1"; failures=$((failures + 1)); }
cp Corpus/kaye-2019-legitimacy.md "$kill_dir/essay.md"
kill_yaml="$kill_dir/essay.claims.yaml"
# The bundled reading's 70 plain quotes, each anchoring once in the essay.
mapfile -t kill_quotes < <(sed -n 's/^    quote: "\(.*\)"$/\1/p' Corpus/kaye-2019-legitimacy.claims.yaml)
kill_ids() { [ -e "$kill_yaml" ] && sed -n 's/^  - id: //p' "$kill_yaml" | sort; true; }
# How long one unkilled add takes here, so that kills fall anywhere in a run, its save included.
kill_start=$(date +%s%N)
(cd "$kill_dir" && "$legit" annotate add essay.md --quote "${kill_quotes[0]}" --kind claim --id q0 >/dev/null 2>&1)
kill_ms=$(( ($(date +%s%N) - kill_start) / 1000000 + 5 ))
kill_landed=0 kill_before=0 kill_torn=0 kill_leftovers=0
for round in $(seq 1 100); do
    before=$(kill_ids)
    if [ "$round" -lt "${#kill_quotes[@]}" ]; then
        changed="q$round"
        (cd "$kill_dir" && exec "$legit" annotate add essay.md --quote "${kill_quotes[$round]}" --kind claim --id "$changed" >/dev/null 2>&1) &
    else
        changed="q$((round - ${#kill_quotes[@]}))"
        (cd "$kill_dir" && exec "$legit" annotate rm essay.md "$changed" >/dev/null 2>&1) &
    fi
    writer=$!
    # One timed run is a single sample: where ten rounds in a row were all killed before saving, runs
    # take longer here now than that sample, so the window grows until kills fall on both sides.
    if [ $((round % 10)) -eq 1 ] && [ "$round" -gt 1 ] && [ "$kill_landed" -eq 0 ]; then kill_ms=$((kill_ms * 2)); fi
    sleep "$(awk -v ms="$kill_ms" -v r="$RANDOM" 'BEGIN { printf "%.4f", ms * r / 32767 / 1000 }')"
    kill -9 "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    if ! out=$("$legit" check "$kill_dir/essay.md" 2>&1) || ! grep -qE "(^| )0 errors" <<<"$out"; then
        kill_fail "round $round: the file does not read back whole"; echo "$out" | grep -v ": note:" | head -5
        kill_torn=$((kill_torn + 1)); break
    fi
    after=$(kill_ids)
    expected_with=$(printf '%s\n%s\n' "$before" "$changed" | grep -v '^$' | sort -u)
    expected_without=$(grep -vx -- "$changed" <<<"$before" || true)
    if [ "$after" = "$before" ]; then
        kill_before=$((kill_before + 1))
    elif [ "$after" = "$expected_with" ] || [ "$after" = "$expected_without" ]; then
        kill_landed=$((kill_landed + 1))
    else
        kill_fail "round $round: claims lost or made up: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"; kill_torn=$((kill_torn + 1)); break
    fi
    for leftover in "$kill_dir"/.essay.claims.yaml.*.tmp; do
        [ -e "$leftover" ] && { kill_leftovers=$((kill_leftovers + 1)); rm -f "$leftover"; }
    done
done
if [ "$kill_torn" -eq 0 ]; then
    echo "ok   annotate kill: 100 kills (within ~${kill_ms} ms of a run's start): $kill_landed edits saved, $kill_before killed before saving, $kill_leftovers mid-write; the file always whole, no claim lost"
    passes=$((passes + 1))
fi
if [ "$kill_landed" -eq 0 ] || [ "$kill_before" -eq 0 ]; then
    kill_fail "the kills did not fall both before and after saves ($kill_landed saved, $kill_before before)"
fi
rm -rf "$kill_dir" 2>/dev/null || true
