#!/bin/sh
# Records what the real Go toolchain prints for every program here:
# NAME.expected = stdout, then a line "--- exit N", then stderr up to the
# first traceback line ("goroutine N [...]:" or "runtime stack:"), which is all the interpreter
# tests compare (tracebacks hold addresses and absolute paths).
# Usage: tests/interp_progs/regen.sh   (needs /work/venv-go/bin/go)
set -e
GO=${GO:-/work/venv-go/bin/go}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
for f in *.go; do
	n=${f%.go}
	GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod "$GO" build -o "$tmp/$n" "$f"
	set +e
	"$tmp/$n" >"$tmp/out" 2>"$tmp/err"
	code=$?
	set -e
	{
		cat "$tmp/out"
		echo "--- exit $code"
		sed '/^goroutine [0-9]* /,$d; /^runtime stack:/,$d' "$tmp/err"
	} >"$n.expected"
done
rm -rf "$tmp"
