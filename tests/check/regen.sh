#!/bin/sh
# Regenerates the expected outputs of the checker's error corpus from the real
# Go toolchain: for each errors/NAME.go, errors/NAME.out holds what `go build`
# prints (without the "# command-line-arguments" header and the "./" prefix;
# GOROOT is shown as $GOROOT). A program that builds gets "OK".
# Usage: tests/check/regen.sh [GO]
set -e
GO=${1:-/work/venv-go/bin/go}
export GOTOOLCHAIN=local GOPROXY=off
root=$("$GO" env GOROOT)
cd "$(dirname "$0")/errors"
for f in *.go; do
	out=${f%.go}.out
	if "$GO" build -o /dev/null "$f" >/tmp/check_regen.txt 2>&1; then
		echo OK >"$out"
	else
		grep -v '^#' /tmp/check_regen.txt | sed -e 's|^\./||' -e "s|$root|\$GOROOT|g" >"$out"
	fi
done
