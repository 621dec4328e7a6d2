#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CRM Sync benchmark driver (issue #6): ours vs vdirsyncer vs the wire floor.

Usage: bench/run.sh [--smoke] [--servers radicale,xandikos] [--kinds contacts,events]
                    [--tools ours,vdirsyncer,floor] [--repeat R] [--timeout S] [--seed N]
                    [--keep] [SIZE...]   (bench.py --help lists every option)
Progress goes to stderr; the Markdown tables go to stdout and to bench/results/latest.md
(smoke runs: bench/results/smoke.md). Exit status 1 when any correctness check failed or a
command timed out, 2 when something it needs is missing. See bench/README.md.
"""

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import chains  # noqa: E402  (after the path tweak: run as a script from anywhere)
import measure  # noqa: E402
import servers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOLDER_ONLY_FROM = 100000  # issue #6: at 100,000 only crm-sandbox ⇄ folder, contacts


def log(msg):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout.strip() or out.stderr.strip()).splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


class Bench:
    def __init__(self, args):
        build = os.environ.get("CRMSYNC_BUILD_DIR", os.path.join(ROOT, "build"))
        if not os.path.isabs(build):
            build = os.path.join(ROOT, build)
        self.crmsync = os.path.join(build, "app", "crmsync")
        self.sandbox_bin = os.path.join(build, "emulators", "crm-sandbox", "crm-sandbox")
        self.timeout, self.seed = args.timeout, args.seed
        self.seed_from = args.seed_on_disk_from
        self.floor_items = args.floor_items
        self.results = measure.Results()
        self.tmp = tempfile.mkdtemp(prefix="crmsync-bench-")
        self.yes_file = os.path.join(self.tmp, "yes")  # `yes |` for vdirsyncer's prompts
        with open(self.yes_file, "w") as f:
            f.write("y\n" * 1000)
        self._seq = 0

    def new_dir(self, name):
        self._seq += 1
        d = os.path.join(self.tmp, "%03d-%s" % (self._seq, name))
        os.makedirs(d)
        return d

    def header(self, args):
        rev = version(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        try:
            mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
        except (ValueError, OSError):
            mem = 0
        return [
            "# CRM Sync benchmark results",
            "",
            "- run: %s, sizes %s, seed %d, per-command timeout %d s%s" % (
                datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z"),
                ", ".join(map(str, args.sizes)), args.seed, args.timeout, ", smoke" if args.smoke else ""),
            "- machine: %s, %d cores, %.0f GiB, Python %s" % (platform.platform(), os.cpu_count() or 0, mem,
                                                              platform.python_version()),
            "- crmsync %s (commit %s%s); %s; Radicale %s; Xandikos %s" % (
                version([self.crmsync, "--version"]), rev, "+local changes" if dirty else "",
                version(["vdirsyncer", "--version"]),
                version(servers.RADICALE_CMD + ["--version"]), version(servers.XANDIKOS_CMD + ["--version"])),
            "- seconds are whole-process wall time (ours, vdirsyncer) or in-process request time "
            "(floor); see bench/README.md for every column",
        ]

    def skip(self, line):
        log(line)
        self.results.skipped.append(line)

    def run(self, args):
        c = chains.Chains(self)
        have_git = shutil.which("git") is not None
        for size in args.sizes:
            for kind in args.kinds:
                if size >= FOLDER_ONLY_FROM and kind != "contacts":
                    self.skip("size %d, %s: not measured (from %d on, only contacts ⇄ folder)"
                              % (size, kind, FOLDER_ONLY_FROM))
                    continue
                log("size %d, %s: crm-sandbox ⇄ folder" % (size, kind))
                source = c.chain_folder(size, kind)
                if size >= FOLDER_ONLY_FROM:
                    self.skip("size %d, %s: DAV servers, vdirsyncer and the floor not measured (from %d on, "
                              "only crm-sandbox ⇄ folder)" % (size, kind, FOLDER_ONLY_FROM))
                    continue
                for server in args.servers:
                    if server == "xandikos" and size >= self.seed_from and not have_git:
                        self.skip("size %d, xandikos, %s: not measured: seeding Xandikos needs git, "
                                  "which is not installed" % (size, kind))
                        continue
                    for tool in args.tools:
                        log("size %d, %s, %s: %s" % (size, server, kind, tool))
                        if tool == "ours":
                            c.chain_ours(size, server, kind)
                        elif tool == "vdirsyncer":
                            c.chain_vdir(size, server, kind, source)
                        else:
                            c.chain_floor(size, server, kind, source)


def parse_args(argv):
    p = argparse.ArgumentParser(description="CRM Sync benchmark (bench/README.md)")
    p.add_argument("sizes", nargs="*", type=int, help="item counts (default 1000)")
    p.add_argument("--smoke", action="store_true",
                   help="size 20, Radicale, contacts, no vdirsyncer; fails on any failed check (for CI)")
    p.add_argument("--servers", default="radicale,xandikos")
    p.add_argument("--kinds", default="contacts,events")
    p.add_argument("--tools", default="ours,vdirsyncer,floor")
    p.add_argument("--timeout", type=int, default=1800, help="per command, seconds (default 1800)")
    p.add_argument("--repeat", type=int, default=1, metavar="R",
                   help="run everything R times and report each cell's median time (default 1)")
    p.add_argument("--seed", type=int, default=1, help="data generator seed (default 1)")
    p.add_argument("--seed-on-disk-from", type=int, default=chains.SEED_ON_DISK_FROM, metavar="N",
                   help="from this size on, seed the DAV servers on disk and skip first upload "
                        "(default 10000; a small value tests that path quickly)")
    p.add_argument("--floor-items", choices=["cli", "datagen"], default="cli",
                   help="what the floor uploads below the seeding size: the files our CLI wrote "
                        "(default, the same bytes as ours and vdirsyncer) or datagen.py's own")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, data)")
    p.add_argument("--out", help="results file (default bench/results/latest.md, smoke.md with --smoke)")
    a = p.parse_args(argv)
    if a.smoke:
        a.sizes, a.servers, a.kinds, a.tools = [20], ["radicale"], ["contacts"], ["ours", "floor"]
    else:
        a.sizes = a.sizes or [1000]
        a.servers, a.kinds, a.tools = (x.split(",") for x in (a.servers, a.kinds, a.tools))
    for value, allowed in ((a.servers, {"radicale", "xandikos"}), (a.kinds, {"contacts", "events"}),
                           (a.tools, {"ours", "vdirsyncer", "floor"})):
        if not set(value) <= allowed:
            p.error("%s: allowed values are %s" % (",".join(value), ",".join(sorted(allowed))))
    if any(s < 1 for s in a.sizes) or a.repeat < 1:
        p.error("sizes and --repeat must be positive")
    if not a.out:
        a.out = os.path.join(HERE, "results", "smoke.md" if a.smoke else "latest.md")
    return a


def main(argv):
    args = parse_args(argv)
    b = Bench(args)
    for path in (b.crmsync, b.sandbox_bin):
        if not os.access(path, os.X_OK):
            print("bench: %s is missing; build first (cmake --preset default && cmake --build build)" % path,
                  file=sys.stderr)
            return 2
    if "vdirsyncer" in args.tools and not shutil.which("vdirsyncer"):
        print("bench: vdirsyncer is not installed (apt-get install vdirsyncer), or use --tools ours,floor",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    runs = []
    try:
        header = b.header(args)
        for rep in range(args.repeat):
            if args.repeat > 1:
                log("repetition %d of %d" % (rep + 1, args.repeat))
            b.results = measure.Results()
            b.results.header = list(header)
            runs.append(b.results)
            b.run(args)
    except KeyboardInterrupt:
        log("interrupted; writing what was measured")
    finally:
        servers._stop_all()
        if args.keep:
            log("kept %s" % b.tmp)
        else:
            shutil.rmtree(b.tmp, ignore_errors=True)
    results = measure.Results.merge(runs)
    results.header.append("- total benchmark time %.0f s" % (time.monotonic() - started))
    text = results.markdown()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(text)
    sys.stdout.write(text)
    failed = results.any_failed()
    log("results in %s%s" % (args.out, "; some checks FAILED" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
