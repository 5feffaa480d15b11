# End-to-end tests of pipe tables: an author's table drawn in columns in the explorer, and a
# converter's rows (MarkItDown cuts a justified line into cells) read as the lines they were.
# Sourced by .ci/e2e, which provides $legit, the pass/fail counters and the `check` helper.
tables_dir=$(mktemp -d)
cat > "$tables_dir/authored.md" <<'ESSAY'
# Tables in an Essay

The factors compare as follows.[^1]

| Factor | Met | Why |
| --- | :---: | --- |
| Independence | yes | Chosen by a body that does not answer to the ministry.[^2] |
| Oversight | no | None |

The table shows it.

[^1]: A note.
[^2]: Another.
ESSAY
cat > "$tables_dir/converted.md" <<'ESSAY'
# Rates

The rate is the highest in the Nation.1 Another State
ranks next,2 and a third after it.3
——————
1 Roe v. Wade, 410 U. S. 113, 163 (1973).
| 2See    | CDC,  | Infant  | Mortality  | Rates  | by  State  | (Mar.  | 3,  2022),  |
| ------- | ----- | ------- | ---------- | ------ | ---------- | ------ | ----------- |
https://www.cdc.gov/nchs/pressroom/sosmap/infant_mortality_rates.
3 Id., at 2.
ESSAY

check "a converter's row that opens a note starts it, cells joined by single spaces" "See CDC, Infant Mortality Rates by State \(Mar\. 3, 2022\)" "$legit" footnote 2 "$tables_dir/converted.md"
check "the note after it is found" "Id\., at 2" "$legit" footnote 3 "$tables_dir/converted.md"

tables_server=legit-e2e-tables-$$
tables_tmux() { tmux -L "$tables_server" "$@"; }
tables_expect() { screen_expect "$tables_server" tab "tables" "$@"; }
screen_shell "$tables_server" tab "$tables_dir" "$tables_dir/state" 100 30
tables_tmux send-keys -t tab "cd '$PWD' && '$legit' open '$tables_dir/authored.md'; echo LEGIT-EXITED-\$?" Enter
tables_expect "the header's cells stand in aligned columns" "│ Factor        Met  Why"
tables_expect "a rule under the header" "│ ─────────────"
tables_expect "each row's cells under their header" "│ Oversight     no   None"
if tables_tmux capture-pane -p -t tab | grep -q "| "; then
    echo "FAIL tables: the table is drawn with raw pipes"; failures=$((failures + 1))
else
    echo "ok   tables: no raw pipes"; passes=$((passes + 1))
fi
tables_tmux send-keys -t tab q
tables_expect "q quits" "LEGIT-EXITED-0"
tables_tmux kill-server 2>/dev/null || true
rm -rf "$tables_dir" 2>/dev/null || true   # the shell tmux closes may still write its history there
