#!/bin/sh
# Records gc's error output for every tests/syntax_data/errors/*.go into
# tests/syntax_data/errors/expected.txt, one `NAME.go:LINE:COL: MESSAGE`
# line per error gc prints (a file without errors gets `NAME.go: ok`).
# Made with: sh tests/syntax_data/record_errors.sh
# (Go 1.27: GO=/work/venv-go/bin/go by default; GOTOOLCHAIN=local GOPROXY=off)
set -e
GO=${GO:-/work/venv-go/bin/go}
cd "$(dirname "$0")/errors"
: > expected.txt
for f in *.go; do
	out=$(GOTOOLCHAIN=local GOPROXY=off GOFLAGS= "$GO" build -o /dev/null "$f" 2>&1 | grep -a -v '^#' | grep -a . | sed 's|^\./||' || true)
	if [ -z "$out" ]; then
		echo "$f: ok" >> expected.txt
	else
		echo "$out" >> expected.txt
	fi
done
