# End-to-end test of annotating in the explorer (issue 15 item 3), in tmux: an essay with no
# annotations copied to a temporary folder, three claims made and related by keys, quit, opened
# again: the claims and the scorecard are there. Sourced by .ci/e2e ($legit, check, counting).
annotate_server=legit-annotate-$$
annotate_tmux() { tmux -L "$annotate_server" "$@"; }
annotate_expect() { screen_expect "$annotate_server" annotate "annotate" "$@"; }
annotate_keys() { annotate_tmux send-keys -t annotate "$@"; sleep 0.2; }

annotate_home=$(mktemp -d)
cp Corpus/kaye-2019-legitimacy.md "$annotate_home/essay.md"
annotate_file="$annotate_home/essay.claims.yaml"
screen_shell "$annotate_server" annotate "$annotate_home" "$annotate_home" 100 30
annotate_tmux send-keys -t annotate "cd '$annotate_home' && '$legit' open essay.md; echo LEGIT-EXITED-\$?" Enter
annotate_expect "opens the unannotated essay with suggestions" "~characteristics-pr"

# 1. The quoted passage as a claim: independence not met, accountability met, about a new subject.
annotate_keys ")" ")" c
annotate_expect "c opens the claim form on the selected sentence" "New claim"
annotate_keys 3 1 1 1 j m Enter 2 i c a n n Enter Enter
annotate_expect "the first claim is saved" "added claim 'basic-challenge-international-governance' \(claim\)"
# 2. The next sentence, a counterclaim about the same subject, attacking the first.
annotate_keys ")" c 5 Enter 2 Enter
annotate_expect "the second claim is saved" "added claim 'characteristics-process-decision-integrity'"
annotate_keys R 2 b a s
annotate_expect "R picks the claim by a few letters" "> bas"
annotate_keys Enter
annotate_expect "the relation is saved" "'characteristics-process-decision-integrity' attacks 'bas"
# 3. A third, a span of the next sentence made one word longer, on participation; undone and redone.
annotate_keys ")" w c 1 4 Enter 2 Enter
annotate_expect "the third claim is saved" "added claim 'how-one-ensure-institution' \(thesis\)"
annotate_keys u
annotate_expect "u undoes it" "undone: added claim 'how-one-ensure-institution'"
annotate_keys C-r
annotate_expect "Ctrl-R makes it again" "redone: added claim 'how-one-ensure-institution'"
annotate_keys q
annotate_expect "quits" "LEGIT-EXITED-0"
check "the annotation file holds the three claims" "^3$" grep -c "^    kind: " "$annotate_file"
check "the relation is in the file" "attacks: \[basic-challenge-international-governance\]" cat "$annotate_file"
check "legit check reads it cleanly" "0 errors" "$legit" check "$annotate_home/essay.md"

# Opened again: the claims are annotated (no ~ mark) and the scorecard rates the new subject.
annotate_tmux send-keys -t annotate "clear; '$legit' open essay.md; echo LEGIT-EXITED-\$?" Enter
annotate_expect "reopens with the first claim annotated" "IA·· basic-challenge-in"
annotate_expect "and the third" "···P how-one-ensure-ins"
annotate_keys s
annotate_expect "the scorecard rates the new subject" "Icann"
annotate_keys q q
annotate_expect "quits again" "LEGIT-EXITED-0"
annotate_tmux kill-server 2>/dev/null || true
rm -rf "$annotate_home" 2>/dev/null || true   # the shell tmux closes may still write its history there
