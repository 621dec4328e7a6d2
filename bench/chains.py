# SPDX-License-Identifier: GPL-3.0-or-later
"""One "chain" per (tool, size, server, kind): fresh servers, then the steps in order.

Every chain starts from its own empty storage (a new crm-sandbox, a new DAV server
instance, a new state directory), so no tool benefits from another's caches. Steps that
depend on each other (no-change needs a first sync) run in one chain; correctness is checked
after each step where it is cheap and always at the end (item count == N, no duplicate
UIDs); a failed check marks the cells FAILED with the reason, never a number.
"""

import json
import os
import time
import shutil

import crmapi
import datagen
import measure
import servers
import wirefloor

MODULE, EXT = servers.MODULE, servers.EXT
MARK_FIELD = {"contacts": "Title", "events": "Event_Title"}
LOCAL_MARK, SERVER_MARK = "bench-local-edit", "bench-server-edit"
SEED_ON_DISK_FROM = 10000  # uploading this many through Radicale/Xandikos takes too long
DAV_STEPS = ["first upload", "no-change", "1% local edits", "1% server edits", "first download"]
SEEDED_STEPS = ["first download", "no-change", "1% local edits", "1% server edits"]


class ChainAborted(Exception):
    pass


def edited(n):
    """How many items a "1%" step edits: at least one."""
    return max(1, n // 100)


def pick(items, n, offset):
    """n items spread 100 apart from offset: local and server edits never touch the same item."""
    return [items[(offset + 100 * k) % len(items)] for k in range(n)] if items else []


def dir_items(d, kind):
    out = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(EXT[kind]) and not name.startswith("."):
            with open(os.path.join(d, name), "rb") as f:
                out[name] = f.read()
    return out


def check_items(items, n, what):
    """None when items (name → bytes) are n items with n distinct UIDs, else the reason."""
    uids = [datagen.uid_of(v) for v in items.values()]
    if len(items) != n:
        return "%s holds %d items, expected %d" % (what, len(items), n)
    if len(set(uids)) != n:
        return "%s has %d duplicate UIDs" % (what, n - len(set(uids)))
    return None


def marked(items, marker):
    return sum(datagen.has_marker(v, marker) for v in items.values())


class Chains:
    def __init__(self, bench):
        self.b = bench  # paths, options, results

    # --- shared pieces -------------------------------------------------------------------

    def sandbox(self, d, kind, n):
        sb = servers.Sandbox(self.b.sandbox_bin, os.path.join(d, "sandbox")).start()
        crm = crmapi.Crm(sb.url)
        if n:
            crm.insert(MODULE[kind], datagen.records(kind, n, self.b.seed))
        return sb, crm

    def dav_server(self, d, name, kind, seed_n):
        srv = servers.DavServer(name, os.path.join(d, name))
        if seed_n:
            srv.seed(kind, datagen.files(kind, seed_n, self.b.seed))
        srv.start()
        if seed_n:
            # Warm the server's per-item caches (Radicale parses and caches every item it
            # first reads): one untimed full listing, so no tool pays for a cold start that
            # a long-running server would not have.
            warm = wirefloor.DavClient(srv.url(kind), kind)
            warm.sync_collection(None)
            warm.close()
        return srv

    def server_edits(self, srv, kind, n):
        """Another client changes n items on the server (untimed): GET, edit, PUT If-Match."""
        c = wirefloor.DavClient(srv.url(kind), kind)
        try:
            _, etags, _ = c.sync_collection(None)
            hrefs = sorted(h for h, e in etags.items() if e)
            for k, h in enumerate(pick(hrefs, n, min(50, len(hrefs) // 2))):
                data, etag = c.get(h)
                c.put(h, datagen.edit_item(data, kind, "%s %d" % (SERVER_MARK, k)), etag)
        finally:
            c.close()

    def cells(self, size, server, kind, tool, steps):
        return {s: self.b.results.cell(size, server, kind, s, tool) for s in steps}

    def abort(self, cells, exc):
        what = exc if isinstance(exc, str) else "%s: %s" % (type(exc).__name__, exc)
        for c in cells.values():
            if c.status == "ok":  # measured ones too: the chain's final check never ran
                c.fail("%s: chain aborted: %s" % ("not run" if c.secs is None else "unverified", str(what)[:300]))

    def log(self, d, step):
        return os.path.join(d, step.replace(" ", "-").replace("%", "pct"))

    # --- ours ------------------------------------------------------------------------------

    def ours_step(self, cell, cfg, state, crm, srv, logp):
        crm.reset_stats()
        before = srv.request_count() if srv else None
        run = measure.run_timed([self.b.crmsync, "sync", "--config", cfg, "--state-dir", state, "--json"],
                                self.b.timeout, logp)
        cell.secs, cell.rss_mb = run.secs, run.rss_mb
        if srv:
            cell.dav = srv.request_count() - before
        st = crm.stats()
        cell.zoho, cell.credits, cell.tokens = st.get("requests"), st.get("credits"), st.get("token_requests")
        cell.extra = str(run.rc)
        if run.timed_out:
            cell.fail("killed after %d s" % self.b.timeout, "TIMEOUT")
            return None
        try:
            profiles = json.loads(run.stdout).get("profiles", [])
        except ValueError:
            cell.fail("no --json report (exit %d): %s" % (run.rc, run.stderr.strip()[-200:]))
            return None
        cell.json_requests = sum(p.get("requests", 0) for p in profiles)
        bad = [p for p in profiles if p.get("status") != "ok"]
        if run.rc != 0 or bad or not profiles:
            errs = [e.get("message", "") for p in profiles for e in p.get("errors", [])]
            cell.fail("exit %d, %d errors: %s" % (run.rc, len(errs), "; ".join(errs[:2])[:300]))
        return profiles[0] if profiles else None

    @staticmethod
    def expect(cell, report, side=None, key=None, value=0):
        """Exactly `value` for side.key; any other write is noted (a no-change run writes nothing)."""
        if report is None:
            return
        for s in ("crm", "remote"):
            for k in ("created", "updated", "deleted"):
                got, want = report.get(s, {}).get(k, 0), value if (s, k) == (side, key) else 0
                if (s, k) == (side, key) and got != want:
                    cell.fail("%s %s %d, expected %d" % (s, k, got, want))
                elif (s, k) != (side, key) and got:
                    cell.reason = (cell.reason + "; " if cell.reason else "") + "also %s %s %d" % (s, k, got)

    def chain_ours(self, size, server, kind):
        seeded = size >= self.b.seed_from
        steps = SEEDED_STEPS if seeded else DAV_STEPS
        cells = self.cells(size, server, kind, "ours", steps)
        if seeded:
            skip = self.b.results.cell(size, server, kind, "first upload", "ours")
            skip.status, skip.reason = "skipped", "≥%d: server seeded on disk" % self.b.seed_from
        d = self.b.new_dir("ours-%s-%s-%d" % (server, kind, size))
        procs, n1 = [], edited(size)
        try:
            srv = self.dav_server(d, server, kind, size if seeded else 0)
            procs.append(srv)
            sb, crm = self.sandbox(os.path.join(d, "a"), kind, 0 if seeded else size)
            procs.append(sb)
            cfg = servers.crm_config(os.path.join(d, "config.json"), sb.url, kind, servers.dav_account(srv, kind))
            state = os.path.join(d, "state")
            if not seeded:
                rep = self.ours_step(cells["first upload"], cfg, state, crm, srv, self.log(d, "up"))
                self.expect(cells["first upload"], rep, "remote", "created", size)
            else:
                rep = self.ours_step(cells["first download"], cfg, state, crm, srv, self.log(d, "down"))
                self.expect(cells["first download"], rep, "crm", "created", size)
            rep = self.ours_step(cells["no-change"], cfg, state, crm, srv, self.log(d, "quiet"))
            self.expect(cells["no-change"], rep)

            recs = sorted(crm.list_all(MODULE[kind], MARK_FIELD[kind]), key=lambda r: r["id"])
            crm.update(MODULE[kind], [{"id": r["id"], MARK_FIELD[kind]: "%s %d" % (LOCAL_MARK, k)}
                                      for k, r in enumerate(pick(recs, n1, 0))])
            c = cells["1% local edits"]
            self.expect(c, self.ours_step(c, cfg, state, crm, srv, self.log(d, "local")), "remote", "updated", n1)
            if marked(srv.item_files(kind), LOCAL_MARK) != n1:
                c.fail("the server holds %d locally edited items, expected %d"
                       % (marked(srv.item_files(kind), LOCAL_MARK), n1))

            self.server_edits(srv, kind, n1)
            c = cells["1% server edits"]
            self.expect(c, self.ours_step(c, cfg, state, crm, srv, self.log(d, "server")), "crm", "updated", n1)
            got = sum(SERVER_MARK in (r.get(MARK_FIELD[kind]) or "") for r in crm.list_all(MODULE[kind], MARK_FIELD[kind]))
            if got != n1:
                c.fail("the CRM holds %d server-edited records, expected %d" % (got, n1))

            if not seeded:
                sb2, crm2 = self.sandbox(os.path.join(d, "b"), kind, 0)
                procs.append(sb2)
                cfg2 = servers.crm_config(os.path.join(d, "config-b.json"), sb2.url, kind, servers.dav_account(srv, kind))
                c = cells["first download"]
                rep = self.ours_step(c, cfg2, os.path.join(d, "state-b"), crm2, srv, self.log(d, "down"))
                self.expect(c, rep, "crm", "created", size)
                if len(crm2.list_all(MODULE[kind], MARK_FIELD[kind])) != size:
                    c.fail("the new CRM holds %d records" % len(crm2.list_all(MODULE[kind], MARK_FIELD[kind])))
            reason = check_items(srv.item_files(kind), size, "the server")
            n_crm = len(crm.list_all(MODULE[kind], "id"))
            if reason is None and n_crm != size:
                reason = "the CRM holds %d records, expected %d" % (n_crm, size)
            if reason:
                self.b.results.fail_chain(size, server, kind, "ours", reason)
        except Exception as e:  # noqa: BLE001 — ends this chain only; the others still run
            self.abort(cells, e)
        finally:
            for p in procs:
                p.stop()

    # --- CRM ⇄ folder (every size; the only chain at 100,000) --------------------------------

    def chain_folder(self, size, kind):
        """Returns the folder our CLI wrote (vdirsyncer's local side), or None."""
        step1 = "first sync CRM→folder"
        cells = self.cells(size, "folder", kind, "ours", [step1, "no-change"])
        d = self.b.new_dir("folder-%s-%d" % (kind, size))
        folder = os.path.join(d, "folder")
        os.makedirs(folder)
        sb = None
        try:
            sb, crm = self.sandbox(d, kind, size)
            cfg = servers.crm_config(os.path.join(d, "config.json"), sb.url, kind, {"type": "folder", "path": folder})
            state = os.path.join(d, "state")
            rep = self.ours_step(cells[step1], cfg, state, crm, None, self.log(d, "first"))
            self.expect(cells[step1], rep, "remote", "created", size)
            rep = self.ours_step(cells["no-change"], cfg, state, crm, None, self.log(d, "quiet"))
            self.expect(cells["no-change"], rep)
            reason = check_items(dir_items(folder, kind), size, "the folder")
            if reason:
                self.b.results.fail_chain(size, "folder", kind, "ours", reason)
            # The targets, stated next to what was measured.
            first, quiet = cells[step1], cells["no-change"]
            row = self.b.results.row(size, "folder", kind, step1)
            if first.zoho is not None:
                row.notes.append("Zoho reads %d (N/200 = %d)" % (first.zoho, -(-size // 200)))
            if first.rss_mb is not None:
                row.notes.append("RSS target < 150 MB: %s" % ("met" if first.rss_mb < 150 else "MISSED"))
            if quiet.zoho is not None:
                self.b.results.row(size, "folder", kind, "no-change").notes.append(
                    "target ≤ 2 Zoho calls: %s" % ("met" if quiet.zoho <= 2 else "MISSED"))
            return folder if reason is None else None
        except Exception as e:  # noqa: BLE001 — ends this chain only; the others still run
            self.abort(cells, e)
            return None
        finally:
            if sb:
                sb.stop()

    # --- vdirsyncer ------------------------------------------------------------------------

    def vdir_step(self, cell, conf, srv, logp, sub="sync"):
        before = srv.request_count()
        run = measure.run_timed(["vdirsyncer", "-c", conf, sub], self.b.timeout, logp, stdin_path=self.b.yes_file)
        if sub != "sync":
            if run.rc != 0 or run.timed_out:
                raise ChainAborted("vdirsyncer %s failed (exit %d): %s" % (sub, run.rc, run.stderr.strip()[-200:]))
            return
        cell.secs, cell.rss_mb, cell.dav = run.secs, run.rss_mb, srv.request_count() - before
        if run.timed_out:
            cell.fail("killed after %d s" % self.b.timeout, "TIMEOUT")
        elif run.rc != 0:
            cell.fail("exit %d: %s" % (run.rc, run.stderr.strip()[-200:]))

    def chain_vdir(self, size, server, kind, source):
        seeded = size >= self.b.seed_from
        steps = SEEDED_STEPS if seeded else DAV_STEPS
        cells = self.cells(size, server, kind, "vdirsyncer", steps)
        if seeded:
            skip = self.b.results.cell(size, server, kind, "first upload", "vdirsyncer")
            skip.status, skip.reason = "skipped", "≥%d: server seeded on disk" % self.b.seed_from
        if not seeded and source is None:
            self.abort(cells, "no source folder (the CRM → folder chain failed)")
            return
        d = self.b.new_dir("vdir-%s-%s-%d" % (server, kind, size))
        local = os.path.join(d, "local")
        n1, srv = edited(size), None
        try:
            srv = self.dav_server(d, server, kind, size if seeded else 0)
            if seeded:
                os.makedirs(local)
            else:
                shutil.copytree(source, local)
            conf = servers.vdir_config(os.path.join(d, "conf-a"), local, os.path.join(d, "status-a"), srv, kind)
            self.vdir_step(None, conf, srv, self.log(d, "discover"), "discover")
            first = "first download" if seeded else "first upload"
            self.vdir_step(cells[first], conf, srv, self.log(d, first))
            reason = check_items(dir_items(local, kind) if seeded else srv.item_files(kind), size, "after it, one side")
            if reason:
                cells[first].fail(reason)
            self.vdir_step(cells["no-change"], conf, srv, self.log(d, "quiet"))

            files = dir_items(local, kind)
            for k, name in enumerate(pick(sorted(files), n1, 0)):
                with open(os.path.join(local, name), "wb") as f:
                    f.write(datagen.edit_item(files[name], kind, "%s %d" % (LOCAL_MARK, k)))
            self.vdir_step(cells["1% local edits"], conf, srv, self.log(d, "local"))
            if marked(srv.item_files(kind), LOCAL_MARK) != n1:
                cells["1% local edits"].fail("the server holds %d edited items, expected %d"
                                             % (marked(srv.item_files(kind), LOCAL_MARK), n1))
            self.server_edits(srv, kind, n1)
            self.vdir_step(cells["1% server edits"], conf, srv, self.log(d, "server"))
            if marked(dir_items(local, kind), SERVER_MARK) != n1:
                cells["1% server edits"].fail("the folder holds %d server-edited items, expected %d"
                                              % (marked(dir_items(local, kind), SERVER_MARK), n1))
            if not seeded:
                down = os.path.join(d, "download")
                os.makedirs(down)
                conf2 = servers.vdir_config(os.path.join(d, "conf-b"), down, os.path.join(d, "status-b"), srv, kind)
                self.vdir_step(None, conf2, srv, self.log(d, "discover-b"), "discover")
                self.vdir_step(cells["first download"], conf2, srv, self.log(d, "down"))
                reason = check_items(dir_items(down, kind), size, "the new folder")
                if reason:
                    cells["first download"].fail(reason)
            reason = check_items(srv.item_files(kind), size, "the server")
            if reason:
                self.b.results.fail_chain(size, server, kind, "vdirsyncer", reason)
        except Exception as e:  # noqa: BLE001 — ends this chain only; the others still run
            self.abort(cells, e)
        finally:
            if srv:
                srv.stop()

    # --- the wire floor ----------------------------------------------------------------------

    def floor_step(self, cell, srv, fn, *args):
        before = srv.request_count()
        cell.secs, reqs = fn(*args)
        cell.dav = srv.request_count() - before
        if cell.dav != reqs:
            cell.fail("wirefloor counted %d requests, the server logged %d" % (reqs, cell.dav))

    def floor_download(self, cell, fl, srv, size, server, kind):
        best = None
        for name in wirefloor.Floor.STRATEGIES:
            before = srv.request_count()
            try:
                secs, reqs, got = fl.first_download(name, size)
            except wirefloor.DavError as e:
                self.b.results.strategies.append((size, server, kind, name, None, None, "not usable: %s" % e))
                continue
            dav = srv.request_count() - before
            reason = check_items(got, size, "the download")
            self.b.results.strategies.append((size, server, kind, name, secs, dav, reason or ""))
            if reason is None and (best is None or secs < best[0]):
                best = (secs, dav, name)
        if best is None:
            cell.fail("no download strategy worked")
            return
        cell.secs, cell.dav = best[0], best[1]
        self.b.results.row(size, server, kind, "first download").notes.append("floor: %s" % best[2])
        self.crm_floor(size, server, kind)

    def crm_floor(self, size, server, kind):
        """Ours' first download also inserts N records into the CRM; the DAV floor does not.
        Time that part alone (N/100 inserts over one keep-alive connection into an empty
        crm-sandbox), so RESULTS.md can compare ours with DAV floor + CRM floor."""
        d = self.b.new_dir("crmfloor-%s-%s-%d" % (server, kind, size))
        sb, crm = self.sandbox(d, kind, 0)
        try:
            recs = datagen.records(kind, size, self.b.seed)
            crm.reset_stats()
            start = time.monotonic()
            crm.insert(MODULE[kind], recs)
            secs = time.monotonic() - start
            calls = crm.stats().get("requests")
            self.b.results.strategies.append((size, server, kind, "CRM side: N/100 inserts", secs, calls,
                                              "crm-sandbox calls, not DAV: add to the floor for ours"))
        finally:
            crm.close()
            sb.stop()

    def chain_floor(self, size, server, kind, source):
        seeded = size >= self.b.seed_from
        cells = self.cells(size, server, kind, "floor", SEEDED_STEPS if seeded else DAV_STEPS)
        if seeded:
            skip = self.b.results.cell(size, server, kind, "first upload", "floor")
            skip.status, skip.reason = "skipped", "≥%d: server seeded on disk" % self.b.seed_from
        d = self.b.new_dir("floor-%s-%s-%d" % (server, kind, size))
        n1, srv = edited(size), None
        # By default the floor uploads the very files our CLI wrote (vdirsyncer's source too),
        # so all three send the same bytes; datagen's richer files (VTIMEZONE, overrides) cost
        # the servers more per PUT and would make the floor slower than a real client.
        if not seeded and source and self.b.floor_items == "cli":
            items = dir_items(source, kind)
        else:
            items = datagen.files(kind, size, self.b.seed)
            if not seeded:
                self.b.results.row(size, server, kind, "first upload").notes.append("floor: datagen items")
        try:
            srv = self.dav_server(d, server, kind, size if seeded else 0)
            fl = wirefloor.Floor(srv.url(kind), kind)
            if seeded:
                self.floor_download(cells["first download"], fl, srv, size, server, kind)
            else:
                self.floor_step(cells["first upload"], srv, fl.first_upload, items)
            self.floor_step(cells["no-change"], srv, fl.sync)
            hrefs = sorted(fl.etags)
            edits = {h: datagen.edit_item(items[os.path.basename(h)], kind, "%s %d" % (LOCAL_MARK, k))
                     for k, h in enumerate(pick(hrefs, n1, 0))}
            self.floor_step(cells["1% local edits"], srv, fl.local_edits, edits)
            self.server_edits(srv, kind, n1)
            self.floor_step(cells["1% server edits"], srv, fl.sync)
            if not seeded:
                self.floor_download(cells["first download"], fl, srv, size, server, kind)
            fl.client.close()
            reason = check_items(srv.item_files(kind), size, "the server")
            if reason:
                self.b.results.fail_chain(size, server, kind, "floor", reason)
        except Exception as e:  # noqa: BLE001 — ends this chain only; the others still run
            self.abort(cells, e)
        finally:
            if srv:
                srv.stop()
