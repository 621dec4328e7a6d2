# SPDX-License-Identifier: GPL-3.0-or-later
"""Timing child processes, and the result rows and Markdown tables built from them."""

import json
import os
import signal
import subprocess
import sys
import time


class Run:
    """One finished (or killed) child: wall seconds, peak RSS, exit code, output."""

    def __init__(self, secs, rss_kib, rc, timed_out, stdout, stderr):
        self.secs, self.rss_kib, self.rc, self.timed_out = secs, rss_kib, rc, timed_out
        self.stdout, self.stderr = stdout, stderr

    @property
    def rss_mb(self):
        return self.rss_kib / 1024.0


# The launcher forks and execs the measured command and reports what os.wait4 says about it.
# Why not wait4 the command straight from this process: Linux carries a process's peak RSS
# across exec (signal->maxrss), and a child forked (or vforked) from this driver starts with
# the driver's own peak, which at 100,000 records is far larger than crmsync's. Forked from
# this small, freshly exec'ed interpreter (-I -S: ~5 MB), the inherited floor is negligible.
# It also takes the wall time from fork to reap, so interpreter start-up is not counted.
LAUNCHER = r"""
import json, os, sys, time
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    except OSError as e:
        sys.stderr.write("cannot run %s: %s\n" % (sys.argv[2], e))
    os._exit(127)
_, status, ru = os.wait4(pid, 0)
t1 = time.perf_counter()
with open(sys.argv[1], "w") as f:
    json.dump({"secs": t1 - t0, "rss_kib": ru.ru_maxrss, "rc": os.waitstatus_to_exitcode(status)}, f)
"""


def run_timed(cmd, timeout, log_prefix, cwd=None, stdin_path=None):
    """Run cmd, return a Run: whole-process wall time and the command's own peak RSS.

    Output goes to files (log_prefix.out/.err), so a chatty child never blocks on a pipe.
    On timeout the launcher's own process group (start_new_session), which holds the
    command, is killed and the run is marked as timed out.
    """
    out_path, err_path, res_path = log_prefix + ".out", log_prefix + ".err", log_prefix + ".rusage"
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    t0 = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", LAUNCHER, res_path] + list(cmd),
                                cwd=cwd, stdin=stdin, stdout=out, stderr=err, start_new_session=True)
        try:
            proc.wait(timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(30)
    if stdin_path:
        stdin.close()
    elapsed = time.perf_counter() - t0
    res = {}
    if not timed_out:
        try:
            with open(res_path) as f:
                res = json.load(f)
        except (OSError, ValueError):
            res = {}
    with open(out_path, "rb") as f:
        stdout = f.read().decode("utf-8", "replace")
    with open(err_path, "rb") as f:
        stderr = f.read().decode("utf-8", "replace")
    rc = res.get("rc", proc.returncode if not timed_out else -9)
    return Run(res.get("secs", elapsed), res.get("rss_kib", 0), rc, timed_out, stdout, stderr)


class Cell:
    """One tool's measurement of one step."""

    def __init__(self, secs=None, status="ok", reason=""):
        self.secs = secs
        self.status = status  # ok | FAILED | TIMEOUT | skipped
        self.reason = reason
        self.rss_mb = None
        self.dav = None       # HTTP requests the DAV server logged during the step
        self.zoho = None      # CRM API calls (crm-sandbox /__sandbox/stats "requests")
        self.credits = None
        self.tokens = None    # token-endpoint calls
        self.json_requests = None  # "requests" summed over the --json report's profiles
        self.extra = ""

    def fail(self, reason, status="FAILED"):
        if self.status == "ok":
            self.status = status
        self.reason = (self.reason + "; " if self.reason else "") + reason


class Row:
    def __init__(self, size, server, kind, step):
        self.size, self.server, self.kind, self.step = size, server, kind, step
        self.cells = {}  # tool -> Cell
        self.notes = []

    def failed(self):
        return any(c.status in ("FAILED", "TIMEOUT") for c in self.cells.values())


class Results:
    STEP_ORDER = ["first upload", "first sync CRM→folder", "no-change", "1% local edits",
                  "1% server edits", "first download"]

    def __init__(self):
        self.rows = {}
        self.strategies = []  # (size, server, kind, strategy, secs or None, requests, note)
        self.header = []
        self.skipped = []  # "what was not measured, and why" lines under the main table

    def row(self, size, server, kind, step):
        key = (size, server, kind, step)
        if key not in self.rows:
            self.rows[key] = Row(size, server, kind, step)
        return self.rows[key]

    def cell(self, size, server, kind, step, tool):
        r = self.row(size, server, kind, step)
        r.cells.setdefault(tool, Cell())
        return r.cells[tool]

    def fail_chain(self, size, server, kind, tool, reason):
        """A correctness check at the end of a chain failed: every step of it is suspect."""
        for (sz, sv, kd, _), r in self.rows.items():
            if (sz, sv, kd) == (size, server, kind) and tool in r.cells:
                r.cells[tool].fail(reason)

    @classmethod
    def merge(cls, runs):
        """Several repetitions of the same run → one: the median time of each cell.

        A cell that failed in any repetition stays failed (with every reason); peak RSS is the
        highest seen; request counts are the median, with a note when they varied (they
        should not: the same steps send the same requests).
        """
        if len(runs) == 1:
            return runs[0]
        out = cls()
        out.header = runs[0].header + ["- each time is the median of %d repetitions" % len(runs)]
        for key in runs[0].rows:
            rows = [r.rows[key] for r in runs if key in r.rows]
            row = out.row(*key)
            for r in rows:
                row.notes += [n for n in r.notes if n not in row.notes]
            for tool in rows[0].cells:
                cells = [r.cells[tool] for r in rows if tool in r.cells]
                m = row.cells[tool] = Cell()
                for c in cells:
                    if c.status != "ok":
                        m.fail(c.reason, c.status)
                    elif c.reason and c.reason not in m.reason:
                        m.reason = (m.reason + "; " if m.reason else "") + c.reason
                ok = sorted((c for c in cells if c.status == "ok" and c.secs is not None), key=lambda c: c.secs)
                if ok:
                    m.secs = ok[len(ok) // 2].secs
                for attr in ("dav", "zoho", "credits", "tokens", "json_requests"):
                    vals = sorted(getattr(c, attr) for c in cells if getattr(c, attr) is not None)
                    if vals:
                        setattr(m, attr, vals[len(vals) // 2])
                        if vals[0] != vals[-1]:
                            m.reason = (m.reason + "; " if m.reason else "") + "%s varied %d–%d" % (
                                attr, vals[0], vals[-1])
                rss = [c.rss_mb for c in cells if c.rss_mb is not None]
                m.rss_mb = max(rss) if rss else None
                m.extra = ",".join(sorted({c.extra for c in cells if c.extra}))
        for r in runs:
            out.skipped += [line for line in r.skipped if line not in out.skipped]
        groups = {}
        for r in runs:
            for s in r.strategies:
                groups.setdefault(s[:4], []).append(s)
        for key, items in groups.items():
            secs = sorted(s[4] for s in items if s[4] is not None)
            reqs = sorted(s[5] for s in items if s[5] is not None)
            notes = sorted({s[6] for s in items if s[6]})
            out.strategies.append(key + (secs[len(secs) // 2] if secs else None,
                                         reqs[len(reqs) // 2] if reqs else None, "; ".join(notes)))
        return out

    def any_failed(self):
        return any(r.failed() for r in self.rows.values())

    def ordered(self):
        servers = {"folder": 0, "radicale": 1, "xandikos": 2}
        return sorted(self.rows.values(), key=lambda r: (r.size, servers.get(r.server, 9), r.kind,
                                                        self.STEP_ORDER.index(r.step)))

    # --- Markdown ------------------------------------------------------------------------

    @staticmethod
    def _secs(c):
        if c is None:
            return "—"
        if c.status == "ok":
            return "%.2f" % c.secs
        return c.status

    @staticmethod
    def _ratio(a, b):
        if a is None or b is None or a.status != "ok" or b.status != "ok" or not b.secs:
            return "—"
        return "%.1f×" % (a.secs / b.secs)

    @staticmethod
    def _num(v, fmt="%d"):
        return "—" if v is None else fmt % v

    def _crm_side(self, row):
        """Seconds of the CRM-side floor (N/100 inserts) for a first download row, if measured."""
        if row.step != "first download":
            return None
        for size, server, kind, name, secs, _, _ in self.strategies:
            if (size, server, kind) == (row.size, row.server, row.kind) and name.startswith("CRM side") and secs:
                return secs
        return None

    def markdown(self):
        out = list(self.header)
        out += ["", "| size | server | kind | step | ours s | vdirsyncer s | floor s | ours/floor | "
                "vdirsyncer/ours | ours DAV requests | ours Zoho calls | ours peak RSS MB | "
                "vdirsyncer peak RSS MB | notes |",
                "|" + "---|" * 14]
        for r in self.ordered():
            o, v, f = (r.cells.get(t) for t in ("ours", "vdirsyncer", "floor"))
            notes, by_reason = list(r.notes), {}
            for tool, c in (("ours", o), ("vdirsyncer", v), ("floor", f)):
                if c is not None and c.reason:
                    by_reason.setdefault(c.reason, []).append(tool)
            notes += ["%s: %s" % (", ".join(tools), reason) for reason, tools in by_reason.items()]
            crm_side = self._crm_side(r)
            if crm_side is not None and o is not None and f is not None and o.status == f.status == "ok":
                # Ours also inserts the N records into the CRM; the DAV floor does not.
                notes.append("ours / (floor + CRM side %.2f s) = %.1f×" % (crm_side, o.secs / (f.secs + crm_side)))
            out.append("| %s |" % " | ".join([
                str(r.size), r.server, r.kind, r.step, self._secs(o), self._secs(v), self._secs(f),
                self._ratio(o, f), self._ratio(v, o),
                self._num(o.dav if o else None), self._num(o.zoho if o else None),
                self._num(o.rss_mb if o else None, "%.1f"), self._num(v.rss_mb if v else None, "%.1f"),
                "; ".join(notes).replace("|", "/")]))
        if self.skipped:
            out += ["", "Not measured:", ""] + ["- " + line for line in self.skipped]
        if self.strategies:
            out += ["", "Floor, first download, by strategy (the fastest is the floor above):", "",
                    "| size | server | kind | strategy | seconds | requests | note |", "|---|---|---|---|---|---|---|"]
            for size, server, kind, name, secs, reqs, note in self.strategies:
                out.append("| %d | %s | %s | %s | %s | %s | %s |" % (
                    size, server, kind, name, "—" if secs is None else "%.3f" % secs,
                    "—" if reqs is None else reqs, note.replace("|", "/")))
        out += ["", "Details (requests seen by each server; Zoho credits; what `--json` reported):", "",
                "| size | server | kind | step | vdirsyncer DAV requests | floor DAV requests | "
                "ours Zoho credits | ours token calls | ours --json requests | ours exit |",
                "|" + "---|" * 10]
        for r in self.ordered():
            o, v, f = (r.cells.get(t) for t in ("ours", "vdirsyncer", "floor"))
            out.append("| %s |" % " | ".join([
                str(r.size), r.server, r.kind, r.step, self._num(v.dav if v else None),
                self._num(f.dav if f else None), self._num(o.credits if o else None),
                self._num(o.tokens if o else None), self._num(o.json_requests if o else None),
                (o.extra or "—") if o else "—"]))
        return "\n".join(out) + "\n"
