# End-to-end test of headings made from an essay's own contents list: a CRS web edition sets its
# section headings as plain paragraphs, and its contents list of links names them. The outline must
# list the sections, and selecting one must show it. Sourced by .ci/e2e, which provides $legit,
# the pass/fail counters and the `check` helper.
contents_dir=$(mktemp -d)
# A copy without the annotations beside the fixture, so the outline holds sections alone.
cp Tests/EssayKitTests/Fixtures/real/crs-2026-event-tickets-web.md "$contents_dir/tickets.md"
cp Tests/EssayKitTests/Fixtures/real/crs-2026-fdca-preemption-pdftotext.md "$contents_dir/fdca.md"

check "contents: a pdftotext report's dot-leader entries are its sections" "Preemption Based on the FD&C Act’s Enforcement Scheme" "$legit" outline "$contents_dir/fdca.md"
check "contents: a web edition's linked entries are its sections" "Legislative Considerations" "$legit" outline "$contents_dir/tickets.md"

contents_server=legit-e2e-contents-$$
contents_tmux() { tmux -L "$contents_server" "$@"; }
contents_expect() { screen_expect "$contents_server" toc "contents" "$@"; }
contents_keys() { contents_tmux send-keys -t toc "$@"; sleep 0.15; }
screen_shell "$contents_server" toc "$contents_dir" "$contents_dir/state" 120 30
contents_tmux send-keys -t toc "cd '$PWD' && '$legit' open '$contents_dir/tickets.md'; echo LEGIT-EXITED-\$?" Enter
contents_expect "the outline lists the first section after the contents" "^  Overview of Event Tick"
contents_expect "the outline lists a section set as a plain paragraph" "^  Ticket Pricing"
contents_expect "the outline lists the last section" "^  Legislative Considerat"
# To the outline, down (j) until the cursor (reverse video) is on Ticket Pricing, and open it.
contents_keys BTab
contents_on_entry=no
for _ in $(seq 1 30); do
    contents_keys j
    if contents_tmux capture-pane -p -e -t toc | grep -qE -- $'\e\\[[0-9;]*7m[^│]*Ticket Pricing'; then contents_on_entry=yes; break; fi
done
if [ "$contents_on_entry" = yes ]; then
    echo "ok   contents: j walks the outline to Ticket Pricing"; passes=$((passes + 1))
else
    echo "FAIL contents: j never reached Ticket Pricing in the outline"; failures=$((failures + 1))
fi
contents_keys Enter
contents_expect "the outline marks the section opened" "^▸ Ticket Pricing"
contents_expect "selecting it shows the section's text" "In the primary market, tickets are often priced"
contents_expect "the status line names the section" "· Ticket Pricing ·"
contents_keys q
contents_expect "q quits" "LEGIT-EXITED-0"
contents_tmux kill-server 2>/dev/null || true
rm -rf "$contents_dir" 2>/dev/null || true   # the shell tmux closes may still write its history there
