# End-to-end tests of the terminal under stress: a storm of resizes, a 10×5 terminal, terminals
# that cannot run the explorer, an essay full of escape sequences, signals and Ctrl-C in the
# middle of a search, a file deleted while the explorer is open. Sourced by .ci/e2e, which provides
# $legit and the pass/fail counters. Everything runs on a private tmux server, killed at the end.
stress_server=legit-stress-$$
stress_dir=$(mktemp -d)
stress_tmux() { tmux -L "$stress_server" "$@"; }
stress_pass() { echo "ok   stress: $1"; passes=$((passes + 1)); }
stress_fail() { echo "FAIL stress: $1"; failures=$((failures + 1)); }
# Waits (up to 10 s) for pane $1 to show pattern $3; records a pass or a failure named $2. The
# shell's long lines (the escapes essay's, an error naming a path) are matched joined.
stress_expect() { screen_expect "$stress_server" "$1" stress "$2" "$3" -J; }
# Records whether pane $1 has left the alternate screen with the cursor shown, as a restored terminal does.
stress_restored() {
    local pane=$1 name=$2
    for _ in $(seq 1 50); do
        [ "$(stress_tmux display -p -t "$pane" '#{alternate_on} #{cursor_flag}')" = "0 1" ] && break
        sleep 0.1
    done
    if [ "$(stress_tmux display -p -t "$pane" '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then stress_pass "$name"; else stress_fail "$name"; fi
}
# A shell in a new session $1 of size $2×$3, with a fresh state folder, in the checkout. Not
# `screen_shell`, which starts a new server: here sessions live side by side on one server (the
# resize storm is compared with a fresh start), and tmux's clipboard is on for the escapes check.
stress_shell() {
    mkdir -p "$stress_dir/state-$1"
    stress_tmux new-session -d -s "$1" -x "$2" -y "$3" \
        "env -i HOME=$stress_dir HISTFILE=/dev/null PATH=$PATH LANG=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME=$stress_dir/state-$1 bash --norc --noprofile"
    # With set-clipboard on, an OSC 52 sequence that reached tmux would become a paste buffer.
    stress_tmux set -g set-clipboard on
    stress_tmux send-keys -t "$1" "cd '$PWD'" Enter
}
# Runs the rest of the line in pane $1 so that it writes its pid to $stress_dir/$1.pid first.
stress_run() {
    local pane=$1
    shift
    stress_tmux send-keys -t "$pane" "clear; sh -c 'echo \$\$ > $stress_dir/$pane.pid; exec \"\$@\"' legit $*; echo LEGIT-EXITED-\$?" Enter
}

stress_tmux kill-server 2>/dev/null || true

# 100 resizes within a second, through tiny sizes and back: no crash, and the final frame is the
# frame of a fresh start at the final size.
stress_shell storm 100 30
stress_run storm "'$legit'"
stress_expect storm "resize storm: opens" "\? help"
storm_start=$(date +%s%N)
for size in $(seq 1 100); do
    stress_tmux resize-window -t storm -x $((10 + (size * 37) % 190)) -y $((3 + (size * 17) % 60))
done
storm_ms=$(( ($(date +%s%N) - storm_start) / 1000000 ))
stress_tmux resize-window -t storm -x 120 -y 40
stress_shell fresh 120 40
stress_run fresh "'$legit'"
stress_expect fresh "resize storm: a fresh start at 120×40 to compare with" "\? help"
storm_same=no
for _ in $(seq 1 100); do
    if [ "$(stress_tmux capture-pane -p -t storm)" = "$(stress_tmux capture-pane -p -t fresh)" ]; then storm_same=yes; break; fi
    sleep 0.1
done
if [ "$storm_same" = yes ]; then
    stress_pass "resize storm: 100 resizes in ${storm_ms} ms, then the frame of a fresh start at 120×40"
else
    stress_fail "resize storm: after 100 resizes in ${storm_ms} ms the frame differs from a fresh start"
    diff <(stress_tmux capture-pane -p -t storm) <(stress_tmux capture-pane -p -t fresh) | sed 's/^/     | /' | head -20
fi
stress_tmux send-keys -t storm q
stress_expect storm "resize storm: quits normally" "LEGIT-EXITED-0"
stress_restored storm "resize storm: the terminal is restored"
stress_tmux kill-session -t fresh

# A 10×5 terminal: whole words saying what is needed; q still quits.
stress_shell tiny 10 5
stress_run tiny "'$legit'"
stress_expect tiny "10×5: says it is too small" "^Too small"
stress_expect tiny "10×5: says what it needs" "need 40×12"
stress_tmux send-keys -t tiny q
stress_expect tiny "10×5: q quits" "EXITED-0"
stress_restored tiny "10×5: the terminal is restored"

# TERM=dumb and a TERM with no terminfo entry: the outline and a message, never a broken screen.
stress_shell terms 100 30
stress_run terms "env TERM=dumb '$legit'"
stress_expect terms "TERM=dumb: the outline instead" "60 footnotes, 30 authorities cited"
stress_expect terms "TERM=dumb: says why" "cannot open the explorer: TERM is dumb"
stress_expect terms "TERM=dumb: exits 0" "LEGIT-EXITED-0"
stress_restored terms "TERM=dumb: the screen never left its normal mode"
stress_run terms "env TERM=no-such-terminal '$legit'"
stress_expect terms "unknown TERM: says why and what to try" "terminal type no-such-terminal is unknown here .*try TERM=xterm-256color"
stress_expect terms "unknown TERM: exits 0" "LEGIT-EXITED-0"
stress_restored terms "unknown TERM: the screen never left its normal mode"

# An essay whose title, text and footnote hold escape sequences: clear screen, window title,
# OSC 52 clipboard, colours, a C1 CSI, DEL. The screen shows them as symbols; the pane's title and
# tmux's paste buffers (the clipboard, with set-clipboard on) are untouched.
printf '# Title \033]0;PWNED\007 here\n\nText with \033[2J clear and \033]52;c;cHduZWQ=\007 clipboard, C1 \302\23331m red, DEL \177.<sup>1</sup> More.\n\n---\n\n1. Note \033[31mred\033[0m and \033]2;NOTE\007 title.\n' \
    > "$stress_dir/escapes.md"
stress_shell escapes 100 30
escapes_title=$(stress_tmux display -p -t escapes '#{pane_title}')
stress_run escapes "'$legit' open '$stress_dir/escapes.md'"
stress_expect escapes "escape sequences: shown as symbols in the text" "Text with ␛\[2J clear and ␛\]52;c;cHduZWQ=␇ clipboard, C1 �31m red,"
stress_expect escapes "escape sequences: the title too" "Title ␛\]0;PWNED␇ here"
stress_tmux send-keys -t escapes ":fn 1" Enter
stress_expect escapes "escape sequences: and in a footnote" "Note ␛\[31mred␛\[0m and ␛\]2;NOTE␇ title"
stress_expect escapes "escape sequences: the screen was not cleared" "\? help"
stress_tmux send-keys -t escapes q
stress_expect escapes "escape sequences: quits" "LEGIT-EXITED-0"
if [ "$(stress_tmux display -p -t escapes '#{pane_title}')" = "$escapes_title" ]; then
    stress_pass "escape sequences: the pane's title is unchanged"
else
    stress_fail "escape sequences: the pane's title became '$(stress_tmux display -p -t escapes '#{pane_title}')'"
fi
if [ -z "$(stress_tmux list-buffers 2>/dev/null)" ]; then stress_pass "escape sequences: no clipboard was set"; else stress_fail "escape sequences: a clipboard buffer was set"; fi
for command in "outline" "footnote" "footnote 1" "check" "dump" "dump --json" "export --format graphml"; do
    # shellcheck disable=SC2086
    raw=$("$legit" $command "$stress_dir/escapes.md" 2>&1 | LC_ALL=C grep -c $'\033\|\177\|\302[\200-\237]' || true)
    if [ "$raw" = "0" ]; then stress_pass "escape sequences: legit $command into a pipe sends none raw"; else stress_fail "escape sequences: legit $command sent $raw raw lines"; fi
done

# SIGTERM, SIGHUP and Ctrl-C in the middle of a search, in the library of a folder (explorer.sh
# covers the signals in one essay's search): the terminal is restored every time.
mkdir -p "$stress_dir/folder"
"$legit" generate --count 3 --bytes 20000 --output "$stress_dir/folder"
cp Corpus/kaye-2019-legitimacy.md Corpus/kaye-2019-legitimacy.claims.yaml "$stress_dir/folder/"
for signal in TERM HUP; do
    stress_shell "sig$signal" 100 30
    stress_run "sig$signal" "'$legit' '$stress_dir/folder'"
    stress_expect "sig$signal" "SIG$signal: opens the library" "Library · "
    stress_tmux send-keys -t "sig$signal" "/" "v" "e" "t"
    stress_expect "sig$signal" "SIG$signal: searching" "Search · “vet”"
    kill -"$signal" "$(cat "$stress_dir/sig$signal.pid")"
    stress_expect "sig$signal" "SIG$signal in a search: exits" "LEGIT-EXITED-"
    stress_restored "sig$signal" "SIG$signal in a search: the terminal is restored"
done
# SIGTERM and SIGHUP save the reading place in an essay, as quitting does (issue 16 item 6).
for signal in TERM HUP; do
    stress_shell "place$signal" 100 30
    stress_run "place$signal" "'$legit' open Corpus/kaye-2019-legitimacy.md"
    stress_expect "place$signal" "SIG$signal: opens an essay" "\\? help"
    stress_tmux send-keys -t "place$signal" Space Space Space
    sleep 0.5
    kill -"$signal" "$(cat "$stress_dir/place$signal.pid")"
    stress_expect "place$signal" "SIG$signal in an essay: exits" "LEGIT-EXITED-"
    placed=$(find "$stress_dir/state-place$signal" -name '*.json' | wc -l)
    if [ "$placed" -eq 1 ]; then stress_pass "SIG$signal in an essay: the place is saved"; else stress_fail "SIG$signal in an essay: $placed places saved, not 1"; fi
done
stress_shell ctrlc 100 30
stress_run ctrlc "'$legit' '$stress_dir/folder'"
stress_expect ctrlc "Ctrl-C: opens the library" "Library · "
stress_tmux send-keys -t ctrlc "/" "v" "e" "t"
stress_expect ctrlc "Ctrl-C: searching every essay" "Search · “vet”"
stress_tmux send-keys -t ctrlc C-c
stress_expect ctrlc "Ctrl-C in the library's search: exits 0" "LEGIT-EXITED-0"
stress_restored ctrlc "Ctrl-C in the library's search: the terminal is restored"
stress_run ctrlc "'$legit' open Corpus/kaye-2019-legitimacy.md"
stress_expect ctrlc "Ctrl-C: opens an essay" "\? help"
stress_tmux send-keys -t ctrlc "/" "v" "e" "t"
stress_expect ctrlc "Ctrl-C: searching the essay" "/vet"
stress_tmux send-keys -t ctrlc C-c
stress_expect ctrlc "Ctrl-C in an essay's search: exits 0" "LEGIT-EXITED-0"
stress_restored ctrlc "Ctrl-C in an essay's search: the terminal is restored"

# A 10 MB essay (issue 14 speed, issue 16 item 5): its first screen shows while the rest is read, a
# search typed at once waits for it without holding the keys, and Ctrl-C ends it at once.
"$legit" generate --bytes 10000000 --output "$stress_dir/large.md"
stress_shell large 100 30
stress_run large "'$legit' open '$stress_dir/large.md'"
stress_expect large "10 MB essay: the first screen shows while the rest is read" "Synthetic Essay 1.*(reading the rest of the essay|\? help)"
stress_tmux send-keys -t large "/" "t" "h" "e" Enter "j" "j"
stress_expect large "10 MB essay: a search typed at once is kept" "/the"
stress_tmux send-keys -t large C-c
large_start=$(date +%s%N)
for _ in $(seq 1 100); do stress_tmux capture-pane -p -t large | grep -q "LEGIT-EXITED-" && break; sleep 0.05; done
large_ms=$(( ($(date +%s%N) - large_start) / 1000000 ))
if stress_tmux capture-pane -p -t large | grep -q "LEGIT-EXITED-0" && [ "$large_ms" -lt 2000 ]; then
    stress_pass "10 MB essay: Ctrl-C during the search exits at once (${large_ms} ms)"
else
    stress_fail "10 MB essay: Ctrl-C took ${large_ms} ms or did not exit 0"
fi
stress_restored large "10 MB essay: the terminal is restored"

# A large file whose opening is clean but which is not UTF-8 further in: the opening shows, then
# the explorer ends with the error naming the place, the terminal restored.
{ printf '# Clean Opening\n\n'; head -c 400000 "$stress_dir/large.md"; printf '\n\nbad \377 byte\n'; } > "$stress_dir/bad-later.md"
stress_shell badlater 100 30
stress_run badlater "'$legit' open '$stress_dir/bad-later.md'"
stress_expect badlater "a bad byte deep in a large file: the error names the place" "bad-later\.md:[0-9]+:[0-9]+: error: the file is not valid UTF-8"
stress_expect badlater "a bad byte deep in a large file: exits 1" "LEGIT-EXITED-1"
stress_restored badlater "a bad byte deep in a large file: the terminal is restored"

# A file deleted while the explorer is open: the essay still opens from what was loaded, and its
# place is saved on the way out.
stress_shell deleted 100 30
stress_run deleted "'$legit' '$stress_dir/folder'"
stress_expect deleted "deleted file: the library lists four essays" "Library · .* · 4 essays"
rm "$stress_dir/folder/synthetic-2.md" "$stress_dir/folder/kaye-2019-legitimacy.md" "$stress_dir/folder/kaye-2019-legitimacy.claims.yaml"
stress_tmux send-keys -t deleted Enter
stress_expect deleted "deleted file: the annotated essay still opens" "Legitimacy, Collective Authority"
stress_tmux send-keys -t deleted "]" "]" ":claim no-single-actor" Enter
stress_expect deleted "deleted file: its claims still show" "no-single-actor"
stress_tmux send-keys -t deleted q j j Enter
stress_expect deleted "deleted file: an essay without annotations builds its map now" "Synthetic Essay 2"
stress_tmux send-keys -t deleted "]" q q
stress_expect deleted "deleted file: quits normally" "LEGIT-EXITED-0"
stress_restored deleted "deleted file: the terminal is restored"
saved=$(find "$stress_dir/state-deleted" -name '*.json' | wc -l)
if [ "$saved" -eq 2 ]; then stress_pass "deleted file: both places were saved"; else stress_fail "deleted file: $saved places saved, not 2"; fi

stress_tmux kill-server 2>/dev/null || true
rm -rf "$stress_dir" 2>/dev/null || true
