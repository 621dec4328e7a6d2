#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark harness (issue #6): bench/run.sh [--smoke] [options] [SIZE...] (default 1000).
# Thin on purpose: it only checks that the binaries are built, then hands over to bench.py
# (Python 3 standard library only). See bench/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${CRMSYNC_BUILD_DIR:-build}
case "$build" in /*) ;; *) build=$root/$build ;; esac

for bin in "$build/app/crmsync" "$build/emulators/crm-sandbox/crm-sandbox"; do
    if [ ! -x "$bin" ]; then
        echo "bench: $bin is missing; build first:" >&2
        echo "  cmake --preset default && cmake --build --preset default" >&2
        echo "  (or set CRMSYNC_BUILD_DIR to an existing build directory)" >&2
        exit 2
    fi
done
export CRMSYNC_BUILD_DIR=$build
exec python3 "$root/bench/bench.py" "$@"
