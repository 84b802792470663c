#!/usr/bin/env bash
# kill -9 at random moments mid-write, hundreds of times.
#
#   bash tests/kill9.sh [PATH_TO_PLAN]      (default: cargo build, then target/debug/plan)
#   KILL9_ROUNDS=1000 KILL9_SEED=42 bash tests/kill9.sh
#
# Each round starts `plan checkin --date D` in the background, waits a random
# 0-6 ms (a start-up and a write take about 5 ms), and kills it with SIGKILL.
# Then `plan status --json` must work and `plan log --json` must hold every
# check-in confirmed before, and the new one or not, never less and never
# anything else, and every log's backup (`devices/*/*.jsonl.bak`) must be a
# whole log. Leftover files (our temporary files, `.*.plan-tmp.*`, anywhere
# under the plan folder) must be gone after every run that was not killed.
# The plan folder, the config folder (this device's id) and the cache
# folder (the lock) are all in a temporary folder.
# Ends with a line "N passed, 0 failed"; exits 1 if any round failed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${KILL9_ROUNDS:-300}"
seed="${KILL9_SEED:-$$}"
RANDOM="$seed"

if [[ $# -ge 1 ]]; then
    plan="$(realpath "$1")"
else
    (cd "$root" && cargo build --quiet)
    plan="${CARGO_TARGET_DIR:-$root/target}/debug/plan"
fi
[[ -x "$plan" ]] || { echo "kill9: no plan binary at $plan" >&2; exit 2; }

# The interpreter itself, not a version manager's shim: it runs every round.
py="$(python3 -c 'import sys; print(sys.executable)')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLAN_HOME="$work/home"
export HOME="$work/user" XDG_CONFIG_HOME="$work/user/.config" XDG_CACHE_HOME="$work/user/.cache"
unset XDG_DATA_HOME
export PLAN_TODAY=2029-12-31
unset PLAN_FAULT_WRITE_AFTER
confirmed="$work/confirmed.json"
echo '{}' >"$confirmed"

# A sub-millisecond sleep without starting a process: `read` with a timeout
# on a pipe nobody writes to.
exec {never}<> <(:)
pause_us() { read -r -t "$(printf '0.%06d' "$1")" -u "$never" || true; }

PLAN_TODAY=2027-01-01 "$plan" start >/dev/null

# The check after each round, in one Python process: compares the log with
# what was confirmed, updates the confirmed set, counts leftovers.
# Arguments: round, date, mood or "slip", whether the run finished (0/1),
# kills since the last finished run. Prints "kept" or "lost" (with "mid-write"
# when the killed run left new files behind, so it died while writing), or a failure.
check='
import json, os, sys
round_, day, what, finished, kills = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1", int(sys.argv[5])
confirmed_path, home = os.environ["CONFIRMED"], os.environ["PLAN_HOME"]
confirmed = json.load(open(confirmed_path))
status = json.loads(os.environ["STATUS"])
log = {e["date"]: e for e in json.loads(os.environ["LOG"])}
new = {"date": day, "mood": None if what == "slip" else int(what), "urge": None,
       "contact": "initiated" if what == "slip" else "none", "note": None, "notes": []}
problems = []
if len(log) != len(json.loads(os.environ["LOG"])):
    problems.append("a date is listed twice")
with_new = dict(confirmed, **{day: new})
if log == with_new:
    outcome = "kept"
    confirmed = with_new
elif log == confirmed and not finished:
    outcome = "lost"
else:
    missing = sorted(set(confirmed) - set(log))
    extra = sorted(set(log) - set(with_new))
    changed = sorted(d for d in log if d in with_new and log[d] != with_new[d])
    problems.append(f"log does not match: missing {missing}, extra {extra}, changed {changed}, finished {finished}")
    outcome = "bad"
count, resets = status["checkins"], status["no_contact"]["resets"]
if count != len(log):
    problems.append(f"status says {count} check-ins, log has {len(log)}")
slips = sum(1 for e in log.values() if e["contact"] == "initiated")
if resets != slips:
    problems.append(f"status says {resets} resets, log has {slips} slips")

# Our temporary files, anywhere in the plan folder; and every backup of a
# log is a whole log (an event, with its number, on every line).
left = []
for folder, _, names in os.walk(home):
    for n in names:
        path = os.path.join(folder, n)
        if ".plan-tmp." in n:
            left.append(os.path.relpath(path, home))
        elif n.endswith(".jsonl.bak"):
            try:
                events = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
                whole = bool(events) and all(isinstance(e.get("seq"), int) for e in events)
            except (OSError, ValueError, AttributeError):
                whole = False
            if not whole:
                problems.append(f"{os.path.relpath(path, home)} is not a whole log")
left.sort()
if finished and left:
    problems.append(f"a run that finished left {left}")
if not finished and len(left) > 3 * kills:
    problems.append(f"{len(left)} leftovers after {kills} kills in a row: {left}")
left_path = confirmed_path + ".left"
earlier = set(json.load(open(left_path))) if os.path.exists(left_path) else set()
json.dump(sorted(left), open(left_path, "w"))
json.dump(confirmed, open(confirmed_path, "w"))
if problems:
    print(f"round {round_} ({day}): " + "; ".join(problems))
else:
    print(outcome, "mid-write" if set(left) - earlier and not finished else "")
'

passed=0 failed=0 finished_runs=0 kept=0 lost=0 kills=0 midwrite=0
start_day=$(date -d 2027-01-01 +%s)
for ((round = 0; round < rounds; round++)); do
    day="$(date -u -d "@$((start_day + round * 86400 * 3))" +%F)"
    if ((round % 7 == 3)); then what=slip; args=(--contact slip); else what=$((round % 10 + 1)); args=(--mood "$what"); fi
    "$plan" checkin --date "$day" "${args[@]}" >/dev/null 2>&1 &
    pid=$!
    pause_us $(((RANDOM * 32768 + RANDOM) % 6000))
    kill -9 "$pid" 2>/dev/null || true
    # (wait's stderr: bash's "Killed" notice)
    if wait "$pid" 2>/dev/null; then fin=1; kills=0; finished_runs=$((finished_runs + 1)); else fin=0; kills=$((kills + 1)); fi

    if ! status="$("$plan" status --json 2>"$work/err")"; then
        echo "round $round ($day): status failed after kill -9: $(cat "$work/err")"
        failed=$((failed + 1))
        continue
    fi
    if ! log="$("$plan" log --json 2>"$work/err")"; then
        echo "round $round ($day): log failed after kill -9: $(cat "$work/err")"
        failed=$((failed + 1))
        continue
    fi
    result="$(STATUS="$status" LOG="$log" CONFIRMED="$confirmed" "$py" -c "$check" "$round" "$day" "$what" "$fin" "$kills")" ||
        result="round $round ($day): the check itself failed"
    [[ "$result" == *" mid-write" ]] && midwrite=$((midwrite + 1))
    case "${result% *}" in
        kept) kept=$((kept + 1)); passed=$((passed + 1)) ;;
        lost) lost=$((lost + 1)); passed=$((passed + 1)) ;;
        *) echo "$result"; failed=$((failed + 1)) ;;
    esac
done

# One last run that is not killed removes whatever the last kills left.
"$plan" checkin --urge 1 >/dev/null
left="$(find "$PLAN_HOME" -name '*.plan-tmp.*' | wc -l)"
if [[ "$left" != 0 ]]; then
    echo "after a run that finished: $left temporary files left"
    failed=$((failed + 1))
fi

echo "seed $seed: $finished_runs runs finished, $((kept - finished_runs)) were killed after the commit (entry kept), $lost before it (entry not there); $midwrite kills landed mid-write (files left behind)"
echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
