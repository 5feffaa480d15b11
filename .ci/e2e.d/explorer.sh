# End-to-end tests of the explorer in tmux: the paths a reader walks. Sourced by .ci/e2e, which
# provides $legit, pass/fail counting and the `check` helper.
server=legit-e2e-$$
tmuxc() { tmux -L "$server" "$@"; }
# The screen as it is, for the checks that something is not on it.
screen() { tmuxc capture-pane -p -t e2e; }
# Waits (up to 10 s) for the screen to show a pattern; records a pass or a failure.
expect_screen() { screen_expect "$server" e2e explorer "$@"; }
# Keys, then a moment for the explorer to take them before the next (a prompt must open first).
keys() { tmuxc send-keys -t e2e "$@"; sleep 0.15; }

state_home=$(mktemp -d)
screen_shell "$server" e2e "$state_home" "$state_home" 100 30
tmuxc send-keys -t e2e "cd '$PWD' && '$legit'; echo LEGIT-EXITED-\$?" Enter

expect_screen "opens on the title" "Legitimacy, Collective Authority and Internet Governance"
expect_screen "shows the status line" "\? help"
keys ":fn 4" Enter
expect_screen "follows footnote 4" "Footnote 4"
keys Enter
expect_screen "follows footnote 4's citation to Caron's article" "Legitimacy of the Collective Authority"
keys C-o
expect_screen "comes back to footnote 4" "Footnote 4"
keys C-o
expect_screen "comes back to where it started" "Nothing selected"
keys "/veto"
expect_screen "searches as you type" "/veto"
keys Enter n
expect_screen "jumps between matches" "/veto [0-9]+/3"
keys Escape 3
expect_screen "filters by oversight" "lens: Oversight"
keys s
expect_screen "opens the scorecard" "Scorecard"
keys q
tmuxc resize-window -t e2e -x 80 -y 24
expect_screen "re-lays out at 80x24" "\? help"
keys q
expect_screen "quits" "LEGIT-EXITED-0"
if [ "$(tmuxc display -p -t e2e '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then
    echo "ok   explorer: the terminal is restored"; passes=$((passes + 1))
else
    echo "FAIL explorer: the terminal is not restored"; failures=$((failures + 1))
fi

# The reading position comes back on the next open.
tmuxc send-keys -t e2e "clear; '$legit' open Corpus/kaye-2019-legitimacy.md; echo LEGIT-EXITED-\$?" Enter
expect_screen "opens again" "\? help"
keys "]" "]" "]"
expect_screen "goes to the conclusion" "CONCLUSION ·"
keys q
expect_screen "quits again" "LEGIT-EXITED-0"
tmuxc send-keys -t e2e "clear; '$legit'; echo LEGIT-EXITED-\$?" Enter
expect_screen "reopens where the reader was" "· CONCLUSION ·"
keys q

# Signals restore the terminal too. The explorer writes its pid first, so only it gets the signal.
for signal in TERM HUP INT; do
    tmuxc send-keys -t e2e "clear; sh -c 'echo \$\$ > $state_home/legit.pid; exec \"\$@\"' legit '$legit'" Enter
    expect_screen "opens for SIG$signal" "\? help"
    keys "/veto"
    kill -"$signal" "$(cat "$state_home/legit.pid")"
    for _ in $(seq 1 50); do
        [ "$(tmuxc display -p -t e2e '#{alternate_on}')" = "0" ] && break
        sleep 0.1
    done
    if [ "$(tmuxc display -p -t e2e '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then
        echo "ok   explorer: SIG$signal in a search restores the terminal"; passes=$((passes + 1))
    else
        echo "FAIL explorer: SIG$signal left the terminal in the explorer's mode"; failures=$((failures + 1))
    fi
done

# Home and End are one key each whatever TERM says (issue 14, defect 2): under xterm, whose
# description names other sequences than tmux sends, Home once ran three commands.
for term in xterm xterm-256color vt100; do
    tmuxc send-keys -t e2e "clear; env TERM=$term '$legit' open Corpus/kaye-2019-legitimacy.md; echo LEGIT-EXITED-\$?" Enter
    expect_screen "opens under TERM=$term" "\? help"
    keys G
    expect_screen "G goes to the end under TERM=$term" "CONCLUSION · 100%"
    keys Home
    expect_screen "Home goes to the top under TERM=$term" "Introduction · 0%  "
    if screen | grep -qE "does nothing|lens:|filter"; then
        echo "FAIL explorer: Home under TERM=$term was read as several keys"; screen | tail -1 | sed 's/^/     | /'; failures=$((failures + 1))
    else
        echo "ok   explorer: Home under TERM=$term is one key"; passes=$((passes + 1))
    fi
    keys End
    expect_screen "End goes to the end under TERM=$term" "CONCLUSION · 100%  "
    keys q
    expect_screen "quits under TERM=$term" "LEGIT-EXITED-0"
done

# Ctrl-Z gives the terminal back to the shell; fg brings the explorer back, drawn whole; Ctrl-L
# redraws a screen something else wrote on (issue 14, defect 3).
tmuxc send-keys -t e2e "clear" Enter
tmuxc send-keys -t e2e "'$legit' open Corpus/kaye-2019-legitimacy.md" Enter
expect_screen "opens for Ctrl-Z" "\? help"
keys C-z
for _ in $(seq 1 50); do [ "$(tmuxc display -p -t e2e '#{alternate_on}')" = "0" ] && break; sleep 0.1; done
if [ "$(tmuxc display -p -t e2e '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then
    echo "ok   explorer: Ctrl-Z restores the terminal for the shell"; passes=$((passes + 1))
else
    echo "FAIL explorer: Ctrl-Z left the terminal in the explorer's mode"; failures=$((failures + 1))
fi
expect_screen "the shell says the job stopped" "Stopped"
tmuxc send-keys -t e2e "fg" Enter
expect_screen "fg brings the explorer back, drawn whole" "Legitimacy, Collective Authority.* · CONCLUSION · 100%"
expect_screen "fg redraws the panes too" "─ Outline"
printf '\033[5;30HGARBAGE-WRITTEN' > "$(tmuxc display -p -t e2e '#{pane_tty}')"
expect_screen "something writes over the screen" "GARBAGE-WRITTEN"
keys C-l
for _ in $(seq 1 50); do screen | grep -q "GARBAGE-WRITTEN" || break; sleep 0.1; done
if screen | grep -q "GARBAGE-WRITTEN"; then
    echo "FAIL explorer: Ctrl-L left what was written over the screen"; failures=$((failures + 1))
else
    echo "ok   explorer: Ctrl-L redraws the screen"; passes=$((passes + 1))
fi
expect_screen "Ctrl-L keeps the explorer's screen" "\? help  q quit"
keys q
for _ in $(seq 1 50); do [ "$(tmuxc display -p -t e2e '#{alternate_on}')" = "0" ] && break; sleep 0.1; done

tmuxc kill-server 2>/dev/null || true
sleep 0.2
rm -rf "$state_home" 2>/dev/null || true
