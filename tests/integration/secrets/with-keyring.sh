#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service), as reference/protocols.md §5.3 verified on Debian 12:
#   dbus-run-session -- sh -c 'echo -n "testpw" | gnome-keyring-daemon --unlock --components=secrets; <test>'
# with a throwaway HOME (the keyring files land in $HOME/.local/share/keyrings). The XDG
# dirs move with it, XDG_RUNTIME_DIR too: gnome-keyring's control socket lives there, and
# a shared one would hand our --unlock to another test's daemon.
# With --locked first, the keyring is not unlocked: D-Bus activation starts gnome-keyring
# on first use, without a login keyring and without a prompter, so the keychain is there
# but unusable (the "locked" case).
unlock='echo -n "testpw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
if [ "$1" = "--locked" ]; then
    unlock=true
    shift
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/crmsync-keyring.XXXXXX") || exit 1
mkdir -p "$home/run" && chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
unset XDG_CURRENT_DESKTOP # QtKeychain then picks libsecret (protocols.md §5.2)
dbus-run-session -- sh -c "$unlock"' && "$@"' sh "$@"
rc=$?
rm -rf "$home"
exit $rc
