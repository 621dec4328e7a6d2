#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo: starts crm-sandbox (a local Zoho CRM emulator) with ~200 demo records and
# syncs Contacts, Leads, Vendors, Tasks and Events both ways with folders of .vcf/.ics
# files under ./demo, printing the report. Run it again to sync again; the sandbox keeps
# running (and keeps its data) so you can edit on both sides in between.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${CRMSYNC_BUILD_DIR:-$root/build}
demo=${CRMSYNC_DEMO_DIR:-$root/demo}
sandbox_bin=$build/emulators/crm-sandbox/crm-sandbox
crmsync_bin=$build/app/crmsync

for bin in "$sandbox_bin" "$crmsync_bin"; do
    [ -x "$bin" ] || { echo "demo: $bin is missing; build first (cmake --preset default && cmake --build build)" >&2; exit 2; }
done
mkdir -p "$demo/sandbox" "$demo/contacts" "$demo/leads" "$demo/vendors" "$demo/tasks" "$demo/events"

if [ -f "$demo/sandbox.pid" ] && kill -0 "$(cat "$demo/sandbox.pid")" 2>/dev/null && [ -f "$demo/sandbox.url" ]; then
    url=$(cat "$demo/sandbox.url")
else
    # Port 0: the sandbox picks a free loopback port and prints it.
    "$sandbox_bin" --listen 127.0.0.1:0 --data "$demo/sandbox" --seed-demo > "$demo/sandbox.log" 2>&1 &
    echo $! > "$demo/sandbox.pid"
    url=
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$demo/sandbox.log" | head -n 1)
        [ -n "$url" ] && break
        kill -0 "$(cat "$demo/sandbox.pid")" 2>/dev/null || { cat "$demo/sandbox.log" >&2; exit 4; }
        sleep 0.1
    done
    [ -n "$url" ] || { echo "demo: crm-sandbox did not start; see $demo/sandbox.log" >&2; exit 4; }
    echo "$url" > "$demo/sandbox.url"
fi

# The refresh token is the emulator's documented test fixture (emulators/crm-sandbox/README.md),
# handed over by command as a real one would be: secrets never sit inline in a config.
cat > "$demo/config.json" <<JSON
{
  "accounts": {
    "zoho": {"type": "zoho", "accounts_url": "$url", "api_url": "$url",
             "client_id": "sandbox-client", "client_secret": "sandbox-secret",
             "refresh_token_command": ["printf", "%s", "sandbox-refresh"]},
    "contacts-folder": {"type": "folder", "path": "contacts"},
    "leads-folder": {"type": "folder", "path": "leads"},
    "vendors-folder": {"type": "folder", "path": "vendors"},
    "tasks-folder": {"type": "folder", "path": "tasks"},
    "events-folder": {"type": "folder", "path": "events"}
  },
  "profiles": [
    {"name": "contacts", "module": "Contacts", "crm": "zoho", "remote": "contacts-folder",
     "direction": "two-way", "conflict": "merge", "defaults": {"Last_Name": "(no name)"}},
    {"name": "leads", "module": "Leads", "crm": "zoho", "remote": "leads-folder",
     "direction": "two-way", "conflict": "crm-wins", "defaults": {"Last_Name": "(no name)", "Company": "(unknown)"}},
    {"name": "vendors", "module": "Vendors", "crm": "zoho", "remote": "vendors-folder",
     "direction": "crm-to-remote", "conflict": "crm-wins"},
    {"name": "tasks", "module": "Tasks", "crm": "zoho", "remote": "tasks-folder",
     "direction": "two-way", "conflict": "newest-wins"},
    {"name": "events", "module": "Events", "crm": "zoho", "remote": "events-folder",
     "direction": "two-way", "conflict": "merge"}
  ]
}
JSON

set +e
"$crmsync_bin" sync --config "$demo/config.json" --state-dir "$demo/state" "$@"
code=$?
set -e
cat <<TXT

The CRM emulator keeps running at $url (pid $(cat "$demo/sandbox.pid")); its records are in
$demo/sandbox and the synced files in $demo/{contacts,leads,vendors,tasks,events}.
Edit a .vcf or .ics file, or a record in the emulator (see emulators/crm-sandbox/README.md),
then run scripts/demo.sh again. Stop the emulator with: kill $(cat "$demo/sandbox.pid")
TXT
exit $code
