# End-to-end test of `legit open --annotations FILE --framework FILE` (issue 15 item 1), in tmux:
# an essay whose annotations and framework sit in other folders. The claims of that file are shown
# with that framework's badges, a claim made by keys is saved to that file and not beside the
# essay, and `legit check` reads the file clean. Sourced by .ci/e2e ($legit, check, counting).
elsewhere_server=legit-elsewhere-$$
elsewhere_tmux() { tmux -L "$elsewhere_server" "$@"; }
elsewhere_expect() { screen_expect "$elsewhere_server" elsewhere "annotate elsewhere" "$@"; }
elsewhere_keys() { elsewhere_tmux send-keys -t elsewhere "$@"; sleep 0.2; }

elsewhere_home=$(mktemp -d)
mkdir -p "$elsewhere_home/essays" "$elsewhere_home/notes" "$elsewhere_home/frameworks"
cp Corpus/kaye-2019-legitimacy.md "$elsewhere_home/essays/essay.md"
# A framework of one's own: Caron's, with independence badged Z, so the screen shows which was read.
sed -e 's/^    badge: I$/    badge: Z/' Corpus/frameworks/caron-1993.yaml > "$elsewhere_home/frameworks/mine.yaml"
elsewhere_file="$elsewhere_home/notes/reading.yaml"
cat > "$elsewhere_file" <<'YAML'
# My reading of the essay, kept away from it.
essay: essay.md
claims:
  - id: integrity-challenge
    kind: premise
    quote: "a basic challenge for international governance is to seek designs that promote institutional integrity"
    factors:
      - { factor: independence, stance: states }
  - id: council-must-change
    kind: conclusion
    quote: "in order to bolster its legitimacy, the Security Council must change"
    supports: [integrity-challenge]
YAML
elsewhere_options="--annotations ../notes/reading.yaml --framework ../frameworks/mine.yaml"
screen_shell "$elsewhere_server" elsewhere "$elsewhere_home" "$elsewhere_home" 100 30
elsewhere_tmux send-keys -t elsewhere "cd '$elsewhere_home/essays' && '$legit' open essay.md $elsewhere_options; echo LEGIT-EXITED-\$?" Enter
elsewhere_expect "the claims of the named file are shown, badged by the named framework" "Z··· integrity-challeng"
elsewhere_expect "and its second claim" "···· council-must-chang"

# The first sentence made a claim (kind claim, no factor, no subject, the id as made): saved to that file.
elsewhere_keys ")" c 3 Enter 1 Enter
elsewhere_expect "the new claim is saved" "added claim '1993-study-american-journal' \(claim\) · saved"
elsewhere_keys q
elsewhere_expect "quits" "LEGIT-EXITED-0"
check "the named file holds the new claim" "^3$" grep -c "^  - id: " "$elsewhere_file"
check "in essay order, before the file's first claim" "1993-study-american-journal" sh -c "grep -m1 '^  - id: ' '$elsewhere_file'"
check "the file keeps its comment" "^# My reading of the essay" head -1 "$elsewhere_file"
fails "nothing is written beside the essay" test -e "$elsewhere_home/essays/essay.claims.yaml"
check "legit check reads the file clean" "0 errors" sh -c "cd '$elsewhere_home/essays' && '$legit' check essay.md $elsewhere_options"

# Opened again the same way: the three claims are there.
elsewhere_tmux send-keys -t elsewhere "clear; '$legit' open essay.md $elsewhere_options; echo LEGIT-EXITED-\$?" Enter
elsewhere_expect "reopens with the new claim annotated" "···· 1993-study-americ"
elsewhere_expect "and the file's own" "Z··· integrity-challeng"
elsewhere_keys q
elsewhere_expect "quits again" "LEGIT-EXITED-0"
elsewhere_tmux kill-server 2>/dev/null || true
rm -rf "$elsewhere_home" 2>/dev/null || true   # the shell tmux closes may still write its history there
