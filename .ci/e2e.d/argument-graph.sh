# End-to-end checks of the argument-graph commands; sourced by .ci/e2e (uses its check, fails, $legit).

check "scorecard: the Council fails independence and accountability, oversight partial" \
    "UN Security Council +unmet +unmet +partial" "$legit" scorecard
check "scorecard: the multi-stakeholder model meets all four" \
    "multi-stakeholder +met +met +met +met" "$legit" scorecard
check "scorecard cells name their claims" "council-limited-review" "$legit" scorecard
check "claims --factor oversight lists the ICJ review claim" "council-limited-review" "$legit" claims --factor oversight
check "claims --factor oversight lists the transparency claim" "transparent-disclosure" "$legit" claims --factor oversight
check "claim shows relations both ways" "Supported by +council-no-political-review" "$legit" claim council-limited-review
check "search veto" "council-unrepresentative" "$legit" search veto
check "search folds apostrophes" "thesis" "$legit" search "Caron's framework"
check "audit: no support cycles" "Support cycles: 0" "$legit" audit
check "export json carries every claim" '"id" : "build-confidence"' "$legit" export --format json
check "export dot renders with Graphviz" "<svg" sh -c "'$legit' export --format dot | dot -Tsvg"
check "export graphml is well-formed" "^ok$" sh -c "'$legit' export --format graphml | xmllint --noout - && echo ok"
check "export aif has CA nodes" '"type" : "CA"' "$legit" export --format aif
fails "an unknown factor is an error" "$legit" claims --factor legitimacy
fails "an unknown claim is an error" "$legit" claim no-such-claim
fails "an unknown export format is an error" "$legit" export --format pdf

# `legit open < /dev/null` in a terminal: the outline, and the message names standard input, not output
# (issue 16 item 6); `script` gives standard output a terminal of its own.
check "open with standard input not a terminal says so" "standard input is not a terminal" \
    script -qec "'$legit' open Corpus/kaye-2019-legitimacy.md < /dev/null" /dev/null
