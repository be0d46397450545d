#!/usr/bin/env bash
# go-as-gorun.sh: gorun's command line, carried out by the real Go toolchain.
# It checks the golden expectations and the harnesses themselves: with it,
# every golden program and every error-corpus case must pass.
#
#   GORUN_BIN=scripts/go-as-gorun.sh GORUN_TEST_PRUNE_PENDING=1 cargo test --test golden
#   (then restore PENDING with git checkout: it has been emptied)
#
# Understands: [check] [--error-format=go] [--deterministic] FILE.go [ARGS...]
# (--deterministic = the playground's faketime on one P, as regen-golden.sh).
set -u
GO=${GO:-/work/venv-go/bin/go}
command -v "$GO" >/dev/null || GO=go
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=
here=$(cd "$(dirname "$0")" && pwd)
check=0 det=0
while [ $# -gt 0 ]; do
    case "$1" in
        check) check=1 ;;
        --error-format=go) ;;
        --deterministic) det=1 ;;
        *) break ;;
    esac
    shift
done
file=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tags=()
[ $det = 1 ] && tags=(-tags faketime)
if ! "$GO" build "${tags[@]}" -o "$tmp/prog" "$file" 2>"$tmp/err"; then
    grep -v '^# ' "$tmp/err" | sed "s|$("$GO" env GOROOT)|\$GOROOT|g" >&2
    exit 1
fi
[ $check = 1 ] && exit 0
if [ $det = 1 ]; then
    "$GO" build -o "$tmp/pbdecode" "$here/pbdecode.go" || exit 2
    GOMAXPROCS=1 "$tmp/prog" "$@" >"$tmp/out" 2>"$tmp/err2"
    st=$?
    "$tmp/pbdecode" <"$tmp/out"
    "$tmp/pbdecode" <"$tmp/err2" >&2
    exit $st
fi
"$tmp/prog" "$@"
