#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for SECONDS
# (default 60), two at a time. Exits non-zero on any crash, leak, timeout or out-of-memory,
# printing the reproducer. docs/fuzzing.md explains the targets, seeds and limits.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
targets=(fuzz_vcard fuzz_ical fuzz_multistatus fuzz_zohorecord)

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$build" -G Ninja -DCRMSYNC_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
cmake --build "$build" -j2

# Seeds come from tests/data at run time; the corpus a run grows stays in build-fuzz/.
seeds_of() {
    case "$1" in
        fuzz_vcard) ls tests/data/vcard/*.vcf tests/data/interop/*.vcf ;;
        fuzz_ical) ls tests/data/ical/*.ics tests/data/interop/*.ics ;;
        fuzz_multistatus) ls tests/data/fuzz-seeds/multistatus/* ;;
        fuzz_zohorecord) ls tests/data/fuzz-seeds/zohorecord/* ;;
    esac
    # Every input that once failed stays a seed, so the fuzzer retries it first.
    ls tests/data/fuzz-regressions/"${1#fuzz_}"-* 2>/dev/null || true
}

run() {
    local t=$1 dir="$build/fuzz/$1"
    rm -rf "$dir/seeds" "$dir/artifacts"
    mkdir -p "$dir/corpus" "$dir/seeds" "$dir/artifacts"
    seeds_of "$t" | xargs -r cp -t "$dir/seeds"
    # -timeout: one input running longer is a hang; -rss_limit_mb/-malloc_limit_mb: an
    # unbounded allocation is a finding, not a slow machine.
    "$build/tests/fuzz/$t" "$dir/corpus" "$dir/seeds" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for t in "${targets[@]:i:2}"; do
        run "$t" &
        pids+=("$!:$t")
    done
    for p in "${pids[@]}"; do
        t=${p#*:}
        if wait "${p%%:*}"; then
            echo "$t: passed ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz/$t/log" | grep -o '[0-9]*$') runs in ${seconds}s)"
        else
            failed=1
            echo "$t: FAILED; log: $build/fuzz/$t/log" >&2
            grep -E 'ERROR|SUMMARY|Test unit written' "$build/fuzz/$t/log" | head -n 10 >&2 || true
            for a in "$build/fuzz/$t/artifacts/"*; do
                [ -e "$a" ] && echo "  reproducer: $a (rerun: $build/tests/fuzz/$t $a)" >&2
            done
        fi
    done
done
exit "$failed"
