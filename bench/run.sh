#!/usr/bin/env bash
# bench/run.sh: how fast is `plan`, next to the cost of starting any process?
#
# Builds `plan` in release mode and a hello-world Rust binary (the baseline),
# creates a 30-day and a 10-year history through the `plan` CLI itself, and
# times status (in English, and in Spanish and German), status --short, next, log --days 7, report and checkin on
# both with hyperfine (-N, warm-up, many runs), and export --format json
# (everything, the backup) on ten years. If taskwarrior (`task`) and
# timewarrior (`timew`) are installed, they are timed on same-sized data in
# the same run.
# Prints every mean as a ratio to hello-world, then checks the targets of
# BENCHMARKS.md.
#
# Needs: cargo/rustc (the project's toolchain), hyperfine, GNU coreutils, awk.
# Optional: task, timew.
#
# Knobs (environment):
#   RUNS=200            timed runs of each read command (hyperfine --runs; at least 40)
#   WRITE_RUNS=100      timed runs of each write command (checkin, task add)
#   OTHER_RUNS=40       timed runs of each taskwarrior/timewarrior read
#   WARMUP=5            warm-up runs (hyperfine --warmup)
#   BENCH_END=2025-12-30  the last day of both plan histories
#   BENCH_TMPDIR=DIR    where the histories live (default $TMPDIR or /tmp); put
#                       it on the disk you care about: fsync on tmpfs is free
#   BENCH_KEEP=1        keep the temporary folder (histories, hyperfine JSON)
#   BENCH_SKIP_OTHERS=1 skip taskwarrior and timewarrior even if installed
#   BENCH_STRICT=1      exit 1 when a target is missed (default: report only)
set -euo pipefail

RUNS=${RUNS:-200}
WRITE_RUNS=${WRITE_RUNS:-100}
OTHER_RUNS=${OTHER_RUNS:-40}
WARMUP=${WARMUP:-5}
END=${BENCH_END:-2025-12-30}
YEARS_DAYS=3650
MONTH_DAYS=30

for n in "$RUNS" "$WRITE_RUNS" "$OTHER_RUNS"; do
    if [ "$n" -lt 40 ]; then
        echo "error: runs must be at least 40 (got $n)" >&2
        exit 2
    fi
done
if ! command -v hyperfine >/dev/null; then
    echo "error: hyperfine is not installed (apt-get install hyperfine, or cargo install hyperfine)" >&2
    exit 2
fi

# Never touch the user's own plan, tasks or time records.
unset PLAN_HOME PLAN_TODAY TASKDATA TASKRC TIMEWARRIORDB

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
started=$SECONDS

WORK=$(mktemp -d -p "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}" plan-bench.XXXXXX)
cleanup() {
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- 1. build
say "building plan (release)"
cargo build --release --quiet
target_dir=$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-${CARGO_TARGET_DIR:-$repo/target}}
PLAN="$target_dir/release/plan"
[ -x "$PLAN" ] || { echo "error: no binary at $PLAN" >&2; exit 1; }
echo "$PLAN ($("$PLAN" --version))"

# ---------------------------------------------------------------- 2. baseline
say "building hello-world (rustc -O)"
cat >"$WORK/hello.rs" <<'EOF'
fn main() {
    println!("Hello, world!");
}
EOF
rustc -O -o "$WORK/hello" "$WORK/hello.rs"
HELLO="$WORK/hello"
echo "$HELLO ($(rustc --version))"

# ---------------------------------------------------------------- 3. histories
# Days as YYYY-MM-DD, oldest first: days FIRST COUNT
days() {
    local first=$1 count=$2 i
    for ((i = 0; i < count; i++)); do echo "$first +$i days"; done | date -u -f - +%F
}
day_offset() { date -u -d "$1 $2 days" +%F; }

NOTES=(
    "Woke up thinking about them again, but made coffee and went for a walk before I let myself look at my phone."
    "Saw their car near the station and my heart jumped. Kept walking. Told Sam about it at lunch and felt better."
    "Deleted the old photos folder from my laptop. Felt lighter afterwards, then sad, then mostly fine by the evening."
    "Long call with Mum tonight. She reminded me how much I used to paint before all this, so I dug out the brushes."
    "Bad day at work and the urge to text was strong around 9pm. Wrote it all in here instead of sending it."
    "Went to the climbing gym with Priya. Didn't think about any of it for two whole hours, which is a first."
    "Their birthday is next week. Planning to keep busy: cinema on Friday, the coastal hike on Saturday."
    "Cried in the car after hearing our song on the radio. That's allowed. Still no contact, still here."
    "Cooked a proper dinner for the first time in weeks and ate it at the table. Small win, but a real one."
    "A mutual friend mentioned they're seeing someone. Took a deep breath and changed the subject."
    "Slept badly. Read two chapters of the library book instead of scrolling their profile at 2am."
    "Therapy session: we talked about why I keep replaying the last argument and what I actually needed then."
    "Sorted out the shared streaming accounts by email. Kept it short and polite, the allowed kind of contact."
    "Ran 5k without stopping. Felt strong. Noticed I think about the future more than the past these days."
)

# NOTE=the note of day I: two sentences cut back to a word boundary at
# 100 to 200 characters. (No subshell: this runs 3,650 times.)
note_for() {
    local i=$1 n=${#NOTES[@]}
    NOTE="${NOTES[$(((i * 7 + i / 13) % n))]} ${NOTES[$(((i * 5 + 3) % n))]}"
    NOTE=${NOTE:0:$((100 + i * 37 % 101))}
    NOTE=${NOTE% *}
}

# Each device of a history has its own config and cache folders (its id,
# its key, its read cache), as separate machines would: device K of DIR is
# $WORK/devices/NAME-K. `as_device DIR K` sets them for the commands after it.
as_device() {
    local dir
    dir="$WORK/devices/$(basename "$1")-$2"
    export XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
}

# make_history DIR DAYS [DEVICES]: start a plan DAYS-1 days before END and
# check in every day up to END, each run with PLAN_TODAY set to its day; day
# I is recorded by device I mod DEVICES, all in the one plan folder.
make_history() {
    local home=$1 count=$2 devices=${3:-1} first i day mood urge contact
    first=$(day_offset "$END" "-$((count - 1))")
    as_device "$home" 0
    PLAN_HOME=$home PLAN_TODAY=$first "$PLAN" start --since "$first" >/dev/null
    RANDOM=42
    i=0
    while read -r day; do
        mood=$((3 + i * 5 / count + RANDOM % 5 - 2))
        mood=$((mood < 1 ? 1 : mood > 10 ? 10 : mood))
        urge=$((7 - i * 5 / count + RANDOM % 5 - 2))
        urge=$((urge < 0 ? 0 : urge > 10 ? 10 : urge))
        note_for "$i"
        if ((i % 90 == 89)); then
            contact=slip
        elif ((i % 17 == 5)); then
            contact=allowed
        else
            contact=none
        fi
        as_device "$home" $((i % devices))
        PLAN_HOME=$home PLAN_TODAY=$day "$PLAN" checkin --mood "$mood" --urge "$urge" \
            --contact "$contact" --note "$NOTE" >/dev/null
        i=$((i + 1))
        if ((i % 365 == 0)); then printf '  %d/%d check-ins (%s)\n' "$i" "$count" "$day"; fi
    done < <(days "$first" "$count")
    as_device "$home" 0
    printf '  %d check-ins, %s to %s by %d device(s): %s log files, %s bytes of logs; cache %s bytes\n' \
        "$i" "$first" "$END" "$devices" "$(find "$home/devices" -name '*.jsonl' | wc -l)" \
        "$(find "$home/devices" -name '*.jsonl' -exec cat {} + | wc -c)" \
        "$(PLAN_HOME=$home "$PLAN" status >/dev/null && find "$XDG_CACHE_HOME" -name status.json -exec cat {} + | wc -c)"
}

fstype=$(df -PT "$WORK" | awk 'NR == 2 { print $2 }')
if [ "$fstype" = tmpfs ]; then
    echo "warning: $WORK is on tmpfs, where fsync costs nothing; set BENCH_TMPDIR to a real disk" >&2
fi

say "creating the 30-day history"
H30="$WORK/plan-30d"
t0=$SECONDS
make_history "$H30" "$MONTH_DAYS"
say "creating the 10-year history (3,650 check-ins, one plan process each)"
H10="$WORK/plan-10y"
make_history "$H10" "$YEARS_DAYS"
echo "  took $((SECONDS - t0)) s"
say "creating the 10-year history of three devices (each a third of the days)"
H3="$WORK/plan-10y-3dev"
make_history "$H3" "$YEARS_DAYS" 3
say "encrypting a copy of it (plan encrypt, on device 0)"
H3E="$WORK/plan-10y-3dev-age"
cp -a "$H3" "$H3E"
for k in 0 1 2; do cp -a "$WORK/devices/plan-10y-3dev-$k" "$WORK/devices/plan-10y-3dev-age-$k"; done
as_device "$H3E" 0
PLAN_HOME=$H3E "$PLAN" encrypt | head -1
PLAN_HOME=$H3E "$PLAN" key export 2>/dev/null >"$WORK/key.txt"
for k in 1 2; do as_device "$H3E" "$k"; PLAN_HOME=$H3E "$PLAN" key import "$WORK/key.txt" >/dev/null; done

# Pristine copies for the write benchmarks, and a helper that puts a fresh
# copy in place and flushes it, so one run's copy is not paid for by the
# next run's fsync.
# The read cache lives outside the plan folder, keyed by its path; after a
# copy is put back, a `status` (not timed) warms it again, as the person's
# last command would have.
for h in "$H30" "$H10" "$H3" "$H3E"; do cp -a "$h" "$h.pristine"; done
cat >"$WORK/restore" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
rm -rf "$2"
cp -a "$1" "$2"
find "$2" -exec sync {} +
sync "$(dirname "$2")"
PLAN_HOME=$2 "$3" status >/dev/null
EOF
chmod +x "$WORK/restore"

# ---------------------------------------------------------------- 4. plan
CSVS=()
bench() { # bench NAME hyperfine-args...
    local name=$1
    shift
    hyperfine -N --warmup "$WARMUP" --style basic \
        --export-json "$WORK/$name.json" --export-csv "$WORK/$name.csv" "$@"
    CSVS+=("$WORK/$name.csv")
}

say "timing reads (PLAN_TODAY=$END, $RUNS runs each)"
export PLAN_TODAY=$END
for h in "$H30" "$H10"; do as_device "$h" 0; PLAN_HOME=$h "$PLAN" status >/dev/null; done
as_device "$H10" 0
bench reads --runs "$RUNS" \
    -n "hello-world" "'$HELLO'" \
    -n "status (30d)" "'$PLAN' --home '$H30' status" \
    -n "status (10y)" "'$PLAN' --home '$H10' status" \
    -n "status es (10y)" "'$PLAN' --home '$H10' --lang es status" \
    -n "status de (10y)" "'$PLAN' --home '$H10' --lang de status" \
    -n "status --short (30d)" "'$PLAN' --home '$H30' status --short" \
    -n "status --short (10y)" "'$PLAN' --home '$H10' status --short" \
    -n "next (30d)" "'$PLAN' --home '$H30' next" \
    -n "next (10y)" "'$PLAN' --home '$H10' next" \
    -n "log --days 7 (30d)" "'$PLAN' --home '$H30' log --days 7" \
    -n "log --days 7 (10y)" "'$PLAN' --home '$H10' log --days 7"

say "the report: every check-in on one HTML page ($OTHER_RUNS runs each)"
bench report --runs "$OTHER_RUNS" \
    -n "report (30d)" "'$PLAN' --home '$H30' report" \
    -n "report (10y)" "'$PLAN' --home '$H10' report"

say "three devices, ten years: status from the cache, and folding everything after a sync"
as_device "$H3" 1
PLAN_HOME=$H3 "$PLAN" status >/dev/null
bench devices --runs "$RUNS" \
    -n "status (10y 3dev)" "'$PLAN' --home '$H3' status"
bench fold --runs "$OTHER_RUNS" --prepare "rm -rf '$XDG_CACHE_HOME/plan'" \
    -n "status cold cache (10y 3dev)" "'$PLAN' --home '$H3' status"
as_device "$H3E" 1
PLAN_HOME=$H3E "$PLAN" status >/dev/null
bench devices-age --runs "$RUNS" \
    -n "status (10y 3dev age)" "'$PLAN' --home '$H3E' status"
bench fold-age --runs "$OTHER_RUNS" --prepare "rm -rf '$XDG_CACHE_HOME/plan'" \
    -n "status cold cache (10y 3dev age)" "'$PLAN' --home '$H3E' status"

say "export --format json: everything, read from every log ($OTHER_RUNS runs each)"
# Written to standard output, which hyperfine sends to /dev/null: the cost
# is reading, folding and formatting, not the disk.
as_device "$H10" 0
bench export --runs "$OTHER_RUNS" \
    -n "export json (10y)" "'$PLAN' --home '$H10' export --format json"
as_device "$H3E" 1
bench export-age --runs "$OTHER_RUNS" \
    -n "export json (10y 3dev age)" "'$PLAN' --home '$H3E' export --format json"

say "a 10,000-step playbook with 2,006 steps done"
HUGE="$WORK/plan-huge"
awk 'BEGIN { print "id = \"huge\"\ntitle = \"Huge\"";
             for (i = 0; i < 10000; i++)
                 printf "\n[[steps]]\nid = \"s%d\"\ntitle = \"Step %d\"\nphase = \"self-focus\"\nsummary = \"x\"\ntasks = [\"a\", \"b\"]\n", i, i }' \
    >"$WORK/huge.toml"
as_device "$HUGE" 0
PLAN_HOME=$HUGE "$PLAN" start --playbook "$WORK/huge.toml" >/dev/null
for ((i = 0; i < 2006; i++)); do PLAN_HOME=$HUGE "$PLAN" done >/dev/null; done
bench steps --runs "$OTHER_RUNS" \
    -n "steps (10k steps)" "'$PLAN' --home '$HUGE' steps" \
    -n "steps --json (10k steps)" "'$PLAN' --home '$HUGE' steps --json"

NEXT_DAY=$(day_offset "$END" +1)
say "timing checkin for $NEXT_DAY on a fresh copy each run ($WRITE_RUNS runs each)"
export PLAN_TODAY=$NEXT_DAY
checkin_args="checkin --mood 6 --urge 2 --contact none --note 'Quiet evening. Made soup, called my sister, went to bed early without checking anything. A good, ordinary day.'"
as_device "$H10" 0
bench checkin --runs "$WRITE_RUNS" \
    --prepare "'$WORK/restore' '$H30.pristine' '$H30' '$PLAN'" \
    -n "checkin (30d)" "'$PLAN' --home '$H30' $checkin_args" \
    --prepare "'$WORK/restore' '$H10.pristine' '$H10' '$PLAN'" \
    -n "checkin (10y)" "'$PLAN' --home '$H10' $checkin_args"
as_device "$H3" 1
bench checkin-devices --runs "$WRITE_RUNS" \
    --prepare "'$WORK/restore' '$H3.pristine' '$H3' '$PLAN'" \
    -n "checkin (10y 3dev)" "'$PLAN' --home '$H3' $checkin_args"
as_device "$H3E" 1
bench checkin-age --runs "$WRITE_RUNS" \
    --prepare "'$WORK/restore' '$H3E.pristine' '$H3E' '$PLAN'" \
    -n "checkin (10y 3dev age)" "'$PLAN' --home '$H3E' $checkin_args"
unset PLAN_TODAY

# ---------------------------------------------------------------- 5. others
if [ "${BENCH_SKIP_OTHERS:-0}" = 1 ]; then
    say "skipping taskwarrior and timewarrior (BENCH_SKIP_OTHERS=1)"
else
    if command -v task >/dev/null; then
        say "taskwarrior $(task --version): 3,650 tasks"
        # One task a day over the same ten years. Realistic: all but the
        # last 30 are done (completed.data). Worst case: all 3,650 pending.
        make_tasks() { # make_tasks DIR PENDING
            local dir=$1 pending=$2 i=0 day stamp status
            mkdir -p "$dir/data"
            printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=99.0.0\n' \
                "$dir/data" >"$dir/taskrc"
            while read -r day; do
                stamp=${day//-/}
                if ((i < YEARS_DAYS - pending)); then
                    status="\"status\":\"completed\",\"end\":\"${stamp}T180000Z\""
                else
                    status="\"status\":\"pending\""
                fi
                note_for "$i"
                printf '{"description":"%s","entry":"%sT090000Z",%s,"project":"p%d"}\n' \
                    "${NOTE:0:60}" "$stamp" "$status" $((i % 7))
                i=$((i + 1))
            done < <(days "$(day_offset "$END" "-$((YEARS_DAYS - 1))")" "$YEARS_DAYS") >"$dir/tasks.json"
            TASKRC="$dir/taskrc" TASKDATA="$dir/data" task import "$dir/tasks.json" >/dev/null 2>&1
            printf '  %s: %s pending, %s completed\n' "$dir" \
                "$(wc -l <"$dir/data/pending.data")" "$(wc -l <"$dir/data/completed.data")"
        }
        make_tasks "$WORK/task-done" 30
        make_tasks "$WORK/task-pending" "$YEARS_DAYS"
        cp -a "$WORK/task-done/data" "$WORK/pristine-task"
        export TASKRC="$WORK/task-pending/taskrc"
        bench task-next-pending --runs "$OTHER_RUNS" -n "task next (3650 pending)" "task next"
        export TASKRC="$WORK/task-done/taskrc"
        bench task-next --runs "$OTHER_RUNS" -n "task next (30 pending)" "task next"
        bench task-add --runs "$WRITE_RUNS" \
            --prepare "'$WORK/restore' '$WORK/pristine-task' '$WORK/task-done/data'" \
            -n "task add (30 pending)" "task add Call the bank about the joint account"
        unset TASKRC
    else
        say "taskwarrior (task) not installed: skipped"
    fi

    if command -v timew >/dev/null; then
        say "timewarrior $(timew --version): 3,650 intervals"
        # One interval a day for ten years up to yesterday (the real clock:
        # timew has no override), written in timewarrior's own data format.
        TW="$WORK/timew"
        mkdir -p "$TW/data"
        : >"$TW/timewarrior.cfg"
        days "$(date -u -d "-$YEARS_DAYS days" +%F)" "$YEARS_DAYS" | awk -v dir="$TW/data" '
            { d = $1; gsub("-", "", d); file = dir "/" substr($1, 1, 7) ".data"
              printf "inc %sT090000Z - %sT103000Z # \"deep work\" p%d\n", d, d, NR % 7 > file }
            END { printf "{\n  \"deep work\":{\"count\":%d}\n}\n", NR > (dir "/tags.data") }'
        printf '  %s: %s month files, %s intervals\n' "$TW" "$(ls "$TW/data"/*-*.data | wc -l)" \
            "$(cat "$TW/data"/*-*.data | wc -l)"
        export TIMEWARRIORDB=$TW
        bench timew --runs "$OTHER_RUNS" \
            -n "timew summary" "timew summary" \
            -n "timew summary :week" "timew summary :week"
        # Plain `timew` says nothing is being tracked, and exits 1 for it.
        bench timew-status --runs "$OTHER_RUNS" --ignore-failure -n "timew" "timew"
        unset TIMEWARRIORDB
    else
        say "timewarrior (timew) not installed: skipped"
    fi
fi

# ---------------------------------------------------------------- 6. report
say "results ($(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $fstype, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F))"
if awk -v n="$(nproc)" '{ exit !($1 > n) }' /proc/loadavg; then
    echo "warning: the machine was busy (load $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores):" \
        "other processes share the CPU and disk, so means and ratios are noisy; rerun on a quiet machine"
fi
# hyperfine CSV: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, '
    FNR == 1 { next }
    { n++; name[n] = $1; mean[n] = $2 * 1000; sd[n] = $3 * 1000; med[n] = $4 * 1000; min[n] = $7 * 1000
      if ($1 == "hello-world") hello = $2 * 1000 }
    END {
        printf "%-28s %9s %8s %9s %9s %9s\n", "command", "mean ms", "± ms", "median", "min", "× hello"
        for (i = 1; i <= n; i++)
            printf "%-28s %9.3f %8.3f %9.3f %9.3f %9.2f\n", name[i], mean[i], sd[i], med[i], min[i], mean[i] / hello
    }' "${CSVS[@]}" | tee "$WORK/table.txt"

# mean_of / median_of COMMAND-NAME: milliseconds
mean_of() { awk -F, -v c="$1" '$1 == c { print $2 * 1000 }' "${CSVS[@]}"; }
median_of() { awk -F, -v c="$1" '$1 == c { print $4 * 1000 }' "${CSVS[@]}"; }

say "targets (10-year history; judged on means, medians shown for noise)"
failed=0
check() { # check LABEL COMMAND FACTOR BASE-COMMAND
    awk -v l="$1" -v v="$(mean_of "$2")" -v vm="$(median_of "$2")" -v f="$3" \
        -v b="$(mean_of "$4")" -v bm="$(median_of "$4")" 'BEGIN {
        ok = (v <= f * b)
        printf "%-4s %-36s %6.3f / %6.3f ms = %5.2f×   (medians: %5.2f×)\n", ok ? "PASS" : "FAIL", l, v, b, v / b, vm / bm
        exit ok ? 0 : 1 }' || failed=$((failed + 1))
}
check "status (10y) ≤ 1.5× hello-world" "status (10y)" 1.5 "hello-world"
check "status es (10y) ≤ 1.5× hello-world" "status es (10y)" 1.5 "hello-world"
check "status de (10y) ≤ 1.5× hello-world" "status de (10y)" 1.5 "hello-world"
check "status (10y) ≤ 1.2× status (30d)" "status (10y)" 1.2 "status (30d)"
check "checkin (10y) ≤ 4× hello-world" "checkin (10y)" 4 "hello-world"
check "status (10y 3dev) ≤ 1.5× hello-world" "status (10y 3dev)" 1.5 "hello-world"
check "status, 3 devices ≤ 1.2× status (30d)" "status (10y 3dev)" 1.2 "status (30d)"
check "status, 3 devices, encrypted ≤ 1.5× hello" "status (10y 3dev age)" 1.5 "hello-world"
check "checkin (10y 3dev) ≤ 4× hello-world" "checkin (10y 3dev)" 4 "hello-world"
check "checkin (3 devices, encrypted) ≤ 4× hello" "checkin (10y 3dev age)" 4 "hello-world"
for fold in "status cold cache (10y 3dev)" "status cold cache (10y 3dev age)"; do
    awk -v l="$fold" -v v="$(mean_of "$fold")" 'BEGIN {
        ok = (v < 200); printf "%-4s %-44s %7.1f ms (target: under 200 ms)\n", ok ? "PASS" : "FAIL", l, v
        exit ok ? 0 : 1 }' || failed=$((failed + 1))
done
for name in "export json (10y)" "export json (10y 3dev age)"; do
    awk -v l="$name" -v v="$(mean_of "$name")" 'BEGIN {
        ok = (v < 300); printf "%-4s %-44s %7.1f ms (target: under 300 ms)\n", ok ? "PASS" : "FAIL", l, v
        exit ok ? 0 : 1 }' || failed=$((failed + 1))
done
awk -v v="$(mean_of "report (10y)")" 'BEGIN {
    ok = (v < 1000); printf "%-4s %-36s %6.1f ms (target: under 1 s)\n", ok ? "PASS" : "FAIL", "report (10y)", v
    exit ok ? 0 : 1 }' || failed=$((failed + 1))
awk -v v="$(mean_of "steps (10k steps)")" 'BEGIN {
    ok = (v < 50); printf "%-4s %-36s %6.3f ms (target: under 50 ms)\n", ok ? "PASS" : "FAIL", "steps, 10,000 steps, 2,006 done", v
    exit ok ? 0 : 1 }' || failed=$((failed + 1))
echo
if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "hyperfine JSON: $WORK/*.json"
else
    echo "(hyperfine JSON is in $WORK, removed at exit; BENCH_KEEP=1 keeps it)"
fi
echo "whole run: $((SECONDS - started)) s"
if [ "$failed" -gt 0 ]; then
    echo "$failed target(s) missed"
    if [ "${BENCH_STRICT:-0}" = 1 ]; then exit 1; fi
else
    echo "all targets met"
fi
