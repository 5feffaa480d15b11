# End-to-end tests of the explorer on odd files: surrogates written as UTF-8 (CESU-8), a note that
# marks itself and a note never defined, form feeds between every character. Each opens, survives
# 20×5 and 300×80, answers a jump to a note that does not exist and searches for nothing and for
# regular-expression punctuation, and quits with the terminal restored. Sourced by .ci/e2e, which
# provides $legit, the pass/fail counters and `screen_shell`/`screen_expect`.
odd_server=legit-odd-$$
odd_dir=$(mktemp -d)
odd_tmux() { tmux -L "$odd_server" "$@"; }
odd_expect() { screen_expect "$odd_server" odd "odd files" "$@"; }
odd_keys() { odd_tmux send-keys -t odd "$@"; sleep 0.15; }
# CESU-8: "The rate 𝑟 is set." with 𝑟 (U+1D45F) as its surrogates D835 DC5F, three bytes each.
printf '# Surrogates\n\nThe rate \355\240\265\355\261\237 is set.[^1]\n\n[^1]: Ann Roe, A Treatise 4 (1990).\n' > "$odd_dir/cesu.md"
printf '# Marks\n\nA claim.[^1]\n\n[^1]: See this note[^1] and a lost one[^9].\n' > "$odd_dir/marks.md"
printf '#\f \fT\fi\ft\fl\fe\n\nS\fo\fm\fe\f \ft\fe\fx\ft\f.\n' > "$odd_dir/feeds.md"
screen_shell "$odd_server" odd "$odd_dir" "$odd_dir" 100 30
for odd_file in cesu marks feeds; do
    odd_tmux send-keys -t odd "clear; '$legit' open '$odd_dir/$odd_file.md'; echo ODD-EXITED-\$?" Enter
    odd_expect "$odd_file: opens" "\? help"
    odd_tmux resize-window -t odd -x 20 -y 5
    odd_expect "$odd_file: 20×5 says what it needs" "40×12"
    odd_tmux resize-window -t odd -x 300 -y 80
    odd_expect "$odd_file: 300×80 lays out again" "\? help"
    odd_keys ":fn 99999" Enter
    odd_expect "$odd_file: a note that does not exist is named" "no footnote 99999"
    odd_keys "/" Enter
    odd_expect "$odd_file: an empty search says what to do" "no search yet"
    odd_keys "/" ".*[(" Enter
    odd_expect "$odd_file: a search of punctuation finds nothing, calmly" "no matches for \.\*\[\("
    odd_tmux resize-window -t odd -x 100 -y 30
    odd_keys q
    odd_expect "$odd_file: quits" "ODD-EXITED-0"
    if [ "$(odd_tmux display -p -t odd '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then
        echo "ok   odd files: $odd_file: the terminal is restored"; passes=$((passes + 1))
    else
        echo "FAIL odd files: $odd_file: the terminal is not restored"; failures=$((failures + 1))
    fi
done
odd_tmux send-keys -t odd "clear; '$legit' open '$odd_dir/cesu.md'; echo CESU-DONE" Enter
odd_expect "cesu: reads the letter the surrogates encode" "The rate 𝑟 is set"
odd_keys q
odd_expect "cesu: quits again" "CESU-DONE"
odd_tmux send-keys -t odd "clear; '$legit' open '$odd_dir/marks.md'; echo MARKS-DONE" Enter
odd_keys ":fn 1" Enter
odd_expect "marks: the note shows its own markers" "See this note¹ and a lost one⁹"
odd_expect "marks: and names the note never defined" "footnote 9, never defined"
odd_keys q
odd_expect "marks: quits again" "MARKS-DONE"
odd_tmux kill-server 2>/dev/null || true
rm -rf "$odd_dir" 2>/dev/null || true   # the shell tmux closes may still write its history there
