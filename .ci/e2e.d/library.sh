# End-to-end tests of a folder of essays: the commands and the library screen in tmux. Sourced by
# .ci/e2e, which provides $legit, the pass/fail counters and the `check` and `fails` helpers.
library_dir=$(mktemp -d)
"$legit" generate --count 3 --bytes 20000 --output "$library_dir/essays"
cp Corpus/kaye-2019-legitimacy.md Corpus/kaye-2019-legitimacy.claims.yaml "$library_dir/essays/"
mkdir -p "$library_dir/essays/frameworks" "$library_dir/empty"
cp Corpus/frameworks/caron-1993.yaml "$library_dir/essays/frameworks/"
ln -s . "$library_dir/essays/loop"
ln -s loop.md "$library_dir/essays/loop.md"

check "outline of a folder: one heading per essay" "==> .*synthetic-3\.md <==" "$legit" outline "$library_dir/essays"
check "search across a folder names each hit's essay" "kaye-2019-legitimacy\.md  claim " "$legit" search veto "$library_dir/essays"
check "footnote N picks its essay with --essay" "at 553" "$legit" footnote 4 "$library_dir/essays" --essay kaye-2019-legitimacy
printf '# T\n\nText.<sup>1</sup>\n\n---\n\n1. *Id.* at 4.\n' > "$library_dir/unresolved.md"
check "footnote N says why a citation is unresolved, as check does" "unresolved: \\*Id\\.\\* has no earlier citation" "$legit" footnote 1 "$library_dir/unresolved.md"
check "outline --json of a folder is an array with essay fields" '"essay" : ".*synthetic-1\.md"' "$legit" outline --json "$library_dir/essays"
check "a symlink loop in the folder is one line, the others load" "synthetic-2" "$legit" authorities "$library_dir/essays"
fails "footnote N in a folder of several essays needs --essay" "$legit" footnote 4 "$library_dir/essays"
fails "check fails when a file in the folder cannot be read" "$legit" check "$library_dir/essays"
fails "a folder without essays is an error" "$legit" outline "$library_dir/empty"

library_server=legit-e2e-library-$$
library_tmux() { tmux -L "$library_server" "$@"; }
library_expect() { screen_expect "$library_server" lib "library" "$@"; }
library_keys() { library_tmux send-keys -t lib "$@"; sleep 0.15; }

screen_shell "$library_server" lib "$library_dir" "$library_dir/state" 100 30
library_tmux send-keys -t lib "cd '$PWD' && '$legit' '$library_dir/essays'; echo LEGIT-EXITED-\$?" Enter

library_expect "opens on the list of essays" "Library · .* · 5 essays"
library_expect "lists each essay's title, notes and claims" "Legitimacy, Collective Authority.* 60 +75"
library_expect "shows an unreadable file in its place" "loop\.md +cannot be read"
library_keys j j Enter
library_expect "Enter opens the essay under the cursor" "Synthetic Essay 1"
library_expect "an opened essay says q goes back to the list" "q list"
library_keys q
library_expect "q comes back to the list" "Library · .* · 5 essays"
library_keys / v e t o
library_expect "search spans every essay as you type" "Search · “veto” · [0-9]+ hits? in 1 essay"
library_expect "each hit names its essay" "kaye-2019-legitimacy +claim "
library_keys Enter Enter
library_expect "Enter opens the essay at the hit" "/veto [0-9]+/[0-9]+"
library_keys BSpace
library_expect "Backspace at the start comes back to the hits" "Search · “veto”"
library_keys q
library_expect "q leaves the hits for the essays" "Library · .* · 5 essays"
library_keys q
library_expect "q in the list quits" "LEGIT-EXITED-0"
if [ "$(library_tmux display -p -t lib '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then
    echo "ok   library: the terminal is restored"; passes=$((passes + 1))
else
    echo "FAIL library: the terminal is not restored"; failures=$((failures + 1))
fi
library_tmux kill-server 2>/dev/null || true
rm -rf "$library_dir" 2>/dev/null || true
