#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every dependency, builds, and runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
# The parsers under libFuzzer for a minute each (docs/fuzzing.md).
./scripts/fuzz.sh 60
