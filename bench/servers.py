# SPDX-License-Identifier: GPL-3.0-or-later
"""Start and stop the servers the benchmark talks to: Radicale, Xandikos and crm-sandbox.

Every process is started in its own session (so a stuck one can be killed as a group by
its own PID), listens on 127.0.0.1 only, keeps its data in a temporary directory the caller
owns, and is registered for an atexit stop: a failing benchmark never leaves a server behind.
Request counts come from each server's own log (README.md, "Counting requests").
"""

import atexit
import json
import os
import re
import signal
import socket
import subprocess
import time

import crmapi

RADICALE_CMD = ["/usr/bin/python3", "-m", "radicale"]  # Debian's python: pyenv's may lack it
XANDIKOS_CMD = ["/usr/bin/xandikos"]

# Collection paths inside each server. Radicale's home is /user/ (the owner_only rights of
# Debian's /etc/radicale/rights need the Basic user name "user"); Xandikos' --defaults makes
# these two.
PATHS = {
    "radicale": {"contacts": "/user/contacts/", "events": "/user/calendar/"},
    "xandikos": {"contacts": "/user/contacts/addressbook/", "events": "/user/calendars/calendar/"},
}

_live = []  # every process started here and not yet stopped, for the atexit safety net


def _stop_all():
    for proc in list(_live):
        _terminate(proc)


atexit.register(_stop_all)


def _terminate(proc, grace=5.0):
    """Stop one process we started: SIGTERM to its own group, SIGKILL after a grace period."""
    if proc in _live:
        _live.remove(proc)
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # start_new_session=True: the group id is its PID
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=grace)


def free_port():
    """A loopback port nobody listens on right now (tiny race accepted: we start at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_listening(proc, port, log_path, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    tail = ""
    try:
        with open(log_path, "rb") as f:
            tail = f.read()[-2000:].decode("utf-8", "replace")
    except OSError:
        pass
    _terminate(proc)
    raise RuntimeError("server did not start listening on port %d: %s" % (port, tail))


class _ServerProcess:
    """What both servers share: stopped by PID (terminate, then kill), also as a context."""

    proc = None

    def stop(self):
        if self.proc is not None:
            _terminate(self.proc)
            self.proc = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class DavServer(_ServerProcess):
    """One Radicale or Xandikos instance with one address book and one calendar.

    The benchmark gives every (tool, server, kind) chain its own instance, so each tool
    starts from fresh, equal storage and no server cache is shared between tools.
    """

    def __init__(self, name, root):
        if name not in PATHS:
            raise ValueError("unknown DAV server %r" % name)
        self.name = name
        self.root = root  # storage directory, owned by the caller
        self.log_path = os.path.join(root, "server.log")
        self.port = None
        self.proc = None
        self._prepared = False

    # --- storage -------------------------------------------------------------------------

    def collection_dir(self, kind):
        """Where the server keeps the collection's items on disk."""
        rel = PATHS[self.name][kind].strip("/")
        if self.name == "radicale":
            return os.path.join(self.root, "collection-root", rel)
        return os.path.join(self.root, rel)

    def _prepare(self):
        if self._prepared:
            return
        os.makedirs(self.root, exist_ok=True)
        if self.name == "radicale":
            # Parent collections must exist before their children; the .Radicale.props tag
            # makes the folder an address book or calendar.
            for kind, tag in (("contacts", "VADDRESSBOOK"), ("events", "VCALENDAR")):
                d = self.collection_dir(kind)
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, ".Radicale.props"), "w") as f:
                    json.dump({"tag": tag}, f)
        else:
            # Xandikos creates its collections (git repositories) at its first start with
            # --defaults; seeding needs them to exist, so start once and stop.
            self.start()
            self.stop()
        self._prepared = True

    def seed(self, kind, files):
        """Write items straight into the server's storage (sizes >= 10,000: uploading is too slow).

        files: {name: bytes}. Radicale reads its folder as is. Xandikos serves what is
        committed in the collection's git index (TreeGitStore), so the files are committed
        with git, as Xandikos itself would do item by item. Must be called before start().
        """
        if self.proc is not None:
            raise RuntimeError("seed before start")
        self._prepare()
        d = self.collection_dir(kind)
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        if self.name == "xandikos":
            git = ["git", "-C", d, "-c", "user.name=bench", "-c", "user.email=bench@localhost",
                   "-c", "core.untrackedCache=false", "-c", "index.version=2"]
            subprocess.run(git + ["add", "-A"], check=True, stdout=subprocess.DEVNULL, timeout=600)
            subprocess.run(git + ["commit", "-q", "-m", "bench seed"], check=True,
                           stdout=subprocess.DEVNULL, timeout=600)

    def item_files(self, kind):
        """{name: bytes} of the items the server holds on disk (the correctness checks read these)."""
        d = self.collection_dir(kind)
        ext = ".vcf" if kind == "contacts" else ".ics"
        out = {}
        for name in os.listdir(d):
            if name.endswith(ext) and not name.startswith("."):
                with open(os.path.join(d, name), "rb") as f:
                    out[name] = f.read()
        return out

    # --- process -------------------------------------------------------------------------

    def start(self):
        if self.proc is not None:
            return
        if self.name == "radicale":
            self._prepare()
        os.makedirs(self.root, exist_ok=True)
        self.port = free_port()
        if self.name == "radicale":
            # --logging-level info: one "<METHOD> request for" line per request, our counter.
            cmd = RADICALE_CMD + ["--storage-filesystem-folder", self.root,
                                  "--server-hosts", "127.0.0.1:%d" % self.port,
                                  "--auth-type", "none", "--logging-level", "info"]
        else:
            # Xandikos logs one aiohttp.access line per request at its default level.
            cmd = XANDIKOS_CMD + ["-d", self.root, "-l", "127.0.0.1", "-p", str(self.port), "--defaults"]
        log = open(self.log_path, "ab")
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         start_new_session=True)
        finally:
            log.close()
        _live.append(self.proc)
        _wait_listening(self.proc, self.port, self.log_path)

    def url(self, kind):
        return "http://127.0.0.1:%d%s" % (self.port, PATHS[self.name][kind])

    # --- request counting ----------------------------------------------------------------

    _LINE = {
        "radicale": re.compile(rb"\[INFO\] [A-Z]+ request for '"),
        "xandikos": re.compile(rb'INFO:aiohttp\.access:.*"[A-Z]+ \S+ HTTP/'),
    }

    def request_count(self):
        """HTTP requests the server has logged since it was first started (all restarts).

        The log line is written right after the answer; the client has exited by the time
        we read, but give the server a moment until the count stops moving.
        """
        last = -1
        for _ in range(20):  # bounded: at most ~1 s
            try:
                with open(self.log_path, "rb") as f:
                    n = len(self._LINE[self.name].findall(f.read()))
            except OSError:
                n = 0
            if n == last:
                return n
            last = n
            time.sleep(0.05)
        return last


class Sandbox(_ServerProcess):
    """crm-sandbox on a free loopback port with its own data directory."""

    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data_dir = data_dir
        self.proc = None
        self.url = None

    def start(self, timeout=30.0):
        os.makedirs(self.data_dir, exist_ok=True)
        out_path = os.path.join(self.data_dir, "stdout.log")
        err = open(os.path.join(self.data_dir, "stderr.log"), "ab")
        out = open(out_path, "wb")
        try:
            self.proc = subprocess.Popen([self.binary, "--listen", "127.0.0.1:0", "--data", self.data_dir],
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                         start_new_session=True)
        finally:
            out.close()
            err.close()
        _live.append(self.proc)
        # It prints exactly one line once ready: "listening on http://127.0.0.1:PORT".
        line = re.compile(rb"^listening on (http://127\.0\.0\.1:\d+)\s*$", re.M)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(out_path, "rb") as f:
                m = line.search(f.read())
            if m:
                self.url = m.group(1).decode()
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("crm-sandbox did not report its address (see %s)" % self.data_dir)


# --- client configurations pointing at these servers ---------------------------------------

MODULE = {"contacts": "Contacts", "events": "Events"}
EXT = {"contacts": ".vcf", "events": ".ics"}
DAV_TYPE = {"contacts": "carddav", "events": "caldav"}


def crm_config(path, sandbox_url, kind, remote):
    """crmsync's config: one two-way profile, crm-sandbox (its documented test credentials,
    the refresh token given by command as the CLI requires) ⇄ `remote`."""
    cfg = {"accounts": {
        "zoho": {"type": "zoho", "accounts_url": sandbox_url, "api_url": sandbox_url,
                 "client_id": crmapi.CLIENT_ID, "client_secret": crmapi.CLIENT_SECRET,
                 "refresh_token_command": ["printf", "%s", crmapi.REFRESH_TOKEN]},
        "remote": remote},
        "profiles": [{"name": MODULE[kind], "module": MODULE[kind], "crm": "zoho", "remote": "remote",
                      "direction": "two-way"}]}
    with open(path, "w") as f:
        json.dump(cfg, f, indent=1)
    return path


def dav_account(server, kind):
    """The collection's own URL in `url`, as docs/configuration.md shows it (no `collection`)."""
    return {"type": DAV_TYPE[kind], "url": server.url(kind), "username": "user",
            "password_command": ["printf", "%s", "x"]}


def vdir_config(path, local_dir, status_dir, server, kind):
    """vdirsyncer: a filesystem storage ⇄ the same collection; `collections = null` pairs the
    two storages directly, so `discover` asks nothing."""
    with open(path, "w") as f:
        f.write('[general]\nstatus_path = "%s"\n\n[pair bench]\na = "local"\nb = "remote"\n'
                'collections = null\n\n[storage local]\ntype = "filesystem"\npath = "%s"\n'
                'fileext = "%s"\n\n[storage remote]\ntype = "%s"\nurl = "%s"\nusername = "user"\n'
                'password = "x"\n' % (status_dir, local_dir, EXT[kind], DAV_TYPE[kind], server.url(kind)))
    return path
