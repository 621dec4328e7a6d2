#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string has its Japanese text (and English plural forms): lupdate runs
# over today's sources into copies of the .ts files, exactly as update_translations does,
# and any message it finds new or unfinished fails the test, named.
# Usage: check-translations.sh SOURCE_DIR LUPDATE LRELEASE
set -eu
src=$1 lupdate=$2 lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
find core app ui -name '*.cpp' -o -name '*.h' | sort > "$work/sources.lst"
status=0
for lang in ja en; do
    cp "translations/crmsync_$lang.ts" "$work/crmsync_$lang.ts"
    extra=
    [ "$lang" = en ] && extra="-pluralonly -source-language en -target-language en"
    # shellcheck disable=SC2086
    "$lupdate" -silent -no-obsolete -locations none -I core -I ui -I app $extra \
        @"$work/sources.lst" -ts "$work/crmsync_$lang.ts"
    missing=$(grep -c 'type="unfinished"' "$work/crmsync_$lang.ts" || true)
    if [ "$missing" -gt 0 ]; then
        echo "translations/crmsync_$lang.ts lacks $missing translation(s):"
        grep -B3 'type="unfinished"' "$work/crmsync_$lang.ts" | sed -n 's|.*<source>\(.*\)</source>.*|  \1|p'
        status=1
    fi
    if ! "$lrelease" "$work/crmsync_$lang.ts" -qm "$work/crmsync_$lang.qm" > "$work/lrelease.log" 2>&1; then
        cat "$work/lrelease.log"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete: ja and en plural forms"
exit $status
