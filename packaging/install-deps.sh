#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package CRM Sync needs to build, test and run.
# Why each is here: ../shared/reference/debian-notes.md (kept in docs/building.md).
set -eu
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
# radicale, xandikos: the real CalDAV/CardDAV servers the tests start; vdirsyncer: the
# "second device" client in tst_cli_dav and the comparison in bench/ (issue #6).
# clang, libclang-rt-14-dev: the compiler and the libFuzzer/ASan/UBSan runtimes of the fuzz
# job (scripts/fuzz.sh, docs/fuzzing.md); GCC has no libFuzzer.
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
    build-essential cmake ninja-build pkg-config git ca-certificates \
    qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev \
    qt6-networkauth-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools \
    qtkeychain-qt6-dev libical-dev tzdata qt6-translations-l10n \
    curl python3 \
    radicale xandikos vdirsyncer \
    gnome-keyring libsecret-tools dbus-daemon dbus-bin openssl \
    clang libclang-rt-14-dev
