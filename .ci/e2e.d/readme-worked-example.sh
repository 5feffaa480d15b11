# The README's worked example, run as written: every `$ legit ...` line of its first block, in a
# fresh folder holding the Deese remarks as deese.md, must print exactly what the README shows
# (standard output and error as a terminal shows them), and the file it writes must be the
# README's YAML block. Sourced by .ci/e2e ($legit, counting).
worked_home=$(mktemp -d)
mkdir -p "$worked_home/bin"
ln -s "$legit" "$worked_home/bin/legit"
cp Tests/EssayKitTests/Fixtures/real/deese-2022-competition-remarks.md "$worked_home/deese.md"
worked_text=$(awk '/^### A worked example/ { found = 1 } found' README.md)
worked_block=$(awk '/^```$/ && !open { open = 1; next } /^```$/ && open { exit } open' <<<"$worked_text")
worked_yaml=$(awk '/^```yaml$/ { open = 1; next } /^```$/ && open { exit } open' <<<"$worked_text")
worked_command=""
worked_expected=""
worked_run() {
    [ -n "$worked_command" ] || return 0
    local got
    # Some of the README's commands fail on purpose (a quote that anchors twice, a misspelt id):
    # their output is what is compared, and .ci/e2e's `set -e` must not end the run.
    got=$(cd "$worked_home" && PATH="$worked_home/bin:$PATH" bash -c "$worked_command" 2>&1) || true
    if [ "$got" == "$worked_expected" ]; then
        echo "ok   README worked example: $worked_command"; passes=$((passes + 1))
    else
        echo "FAIL README worked example: $worked_command"
        diff <(echo "$worked_expected") <(echo "$got") | sed 's/^/     | /' | head -20
        failures=$((failures + 1))
    fi
}
while IFS= read -r worked_line; do
    if [[ $worked_line == '$ '* ]]; then
        worked_run
        worked_command=${worked_line#\$ }
        worked_expected=""
    else
        worked_expected+="${worked_expected:+$'\n'}$worked_line"
    fi
done <<<"$worked_block"
worked_run
if [ "$(cat "$worked_home/deese.claims.yaml")" == "$worked_yaml" ]; then
    echo "ok   README worked example: the file it wrote is the README's"; passes=$((passes + 1))
else
    echo "FAIL README worked example: the file it wrote differs from the README's"
    diff <(echo "$worked_yaml") "$worked_home/deese.claims.yaml" | sed 's/^/     | /' | head -20
    failures=$((failures + 1))
fi
rm -rf "$worked_home" 2>/dev/null || true
