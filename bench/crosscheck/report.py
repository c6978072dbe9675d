#!/usr/bin/env python3
"""Checks and tabulates one cross-check benchmark run (called by run.sh).

  report.py row TIER DATA_DIR RUN_DIR PG_RAN   -> checks, writes RUN_DIR/result.json
  report.py table RUN_DIR...                   -> the Markdown table and the machine

Checks: the engine's (rule, key, cadre_id) set equals PostgreSQL's; every planted
finding (expected_findings.csv) is reported, no decoy (decoys.csv) is, and nothing
else is (the generator's background is built to produce no finding).
"""
import csv
import json
import os
import platform
import re
import subprocess
import sys


def findings(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {(r["rule"].strip(), r["key"].strip(), (r.get("cadre_id") or "").strip()) for r in csv.DictReader(f)}


def keys(rows):
    return {(r[0], r[1]) for r in rows}


def show(label, items, limit=10):
    items = sorted(items)
    print(f"  {label}: {len(items)}")
    for it in items[:limit]:
        print("    " + " | ".join(it))


def parse_time_v(path):
    wall, rss, cpu = None, None, 0.0
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                t = line.split(": ", 1)[1]
                parts = [float(p) for p in t.split(":")]
                wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
            elif line.startswith("Maximum resident set size"):
                rss = int(line.split(": ", 1)[1]) * 1024
            elif line.startswith("User time (seconds)") or line.startswith("System time (seconds)"):
                cpu += float(line.split(": ", 1)[1])
    return wall, rss, cpu


def row(tier, data, run, pg_ran):
    manifest = {}
    files = {}
    with open(os.path.join(data, "manifest.txt")) as f:
        for line in f:
            parts = line.split()
            if parts[0] == "file":
                files[parts[1]] = (int(parts[2]), int(parts[3]))
            elif len(parts) == 2:
                manifest[parts[0]] = parts[1]
    wall, rss, cpu = parse_time_v(os.path.join(run, "engine.time"))
    phases, per_rule = [], {}
    with open(os.path.join(run, "engine.stats"), errors="replace") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "phase" and len(p) == 3 and p[1] != "total":
                phases.append((p[1], float(p[2])))
            elif p[0] == "findings" and len(p) == 3:
                per_rule[p[1]] = int(p[2])
    got = findings(os.path.join(run, "engine", "findings.csv"))
    for r in got:
        per_rule.setdefault(r[0], 0)
    if not per_rule or sum(per_rule.values()) != len(got):
        per_rule = {}
        for r in got:
            per_rule[r[0]] = per_rule.get(r[0], 0) + 1
    expected = findings(os.path.join(data, "expected_findings.csv"))
    decoys = findings(os.path.join(data, "decoys.csv"))
    ok = True
    print(f"{tier}: engine {len(got)} findings, planted {len(expected)}, decoys {len(decoys)}")
    missing = keys(expected) - keys(got)
    hit = keys(decoys) & keys(got)
    extra = keys(got) - keys(expected) - keys(decoys)
    wrong_cadre = {(r[0], r[1], r[2]) for r in expected if (r[0], r[1]) in keys(got) and r not in got}
    truth_ok = not (missing or hit or extra or wrong_cadre)
    print(f"  planted truth: {'OK' if truth_ok else 'DIFFERENT'}")
    if not truth_ok:
        ok = False
        show("planted but not reported", missing)
        show("decoys reported", hit)
        show("reported, neither planted nor decoy", extra)
        show("planted with another cadre_id", wrong_cadre)
    pg_wall = None
    pg_same = None
    if pg_ran == "1":
        pg = findings(os.path.join(run, "pg_findings.csv"))
        with open(os.path.join(run, "pg.time")) as f:
            for line in f:
                if line.startswith("pg_seconds "):
                    pg_wall = float(line.split()[1])
        pg_same = pg == got
        print(f"  engine vs PostgreSQL: {'identical' if pg_same else 'DIFFERENT'} ({len(pg)} PostgreSQL findings)")
        if not pg_same:
            ok = False
            show("engine only", got - pg)
            show("PostgreSQL only", pg - got)
    result = {
        "tier": tier,
        "rows": int(manifest.get("rows", 0)),
        "bytes": int(manifest.get("bytes", 0)),
        "wall": wall,
        "rss": rss,
        "cpu": cpu,
        "phases": phases,
        "per_rule": per_rule,
        "findings": len(got),
        "truth_ok": truth_ok,
        "pg_wall": pg_wall,
        "pg_same": pg_same,
    }
    with open(os.path.join(run, "result.json"), "w") as f:
        json.dump(result, f)
    return 0 if ok else 1


def machine():
    model, cores = "?", os.cpu_count()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        model = m.group(1).strip() if m else model
    except OSError:
        pass
    mem = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) * 1024
    load = os.getloadavg()[0]
    return f"{model}, {cores} cores, {mem / 2**30:.1f} GiB RAM, Linux {platform.release()}, load average {load:.1f} at the end of the run"


def table(runs):
    res = []
    for r in runs:
        p = os.path.join(r, "result.json")
        if os.path.exists(p):
            with open(p) as f:
                res.append(json.load(f))
    if not res:
        return 1
    phase_names = []
    for r in res:
        for name, _ in r["phases"]:
            if name not in phase_names:
                phase_names.append(name)
    rules = [f"R{i}" for i in range(1, 11)]
    head = ["tier", "rows", "input"] + [f"{p} s" for p in phase_names] + ["total wall s", "CPU s (user+sys)", "GB/s parsed", "peak RSS",
                                                                          "findings " + " ".join(rules), "truth", "PostgreSQL s",
                                                                          "PG / engine"]
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in res:
        ph = dict(r["phases"])
        cells = [r["tier"], f"{r['rows']:,}", f"{r['bytes'] / 2**20:,.0f} MiB"]
        cells += [f"{ph[p]:.2f}" if p in ph else "" for p in phase_names]
        cells.append(f"{r['wall']:.2f}")
        cells.append(f"{r.get('cpu', 0):.2f}")
        cells.append(f"{r['bytes'] / r['wall'] / 1e9:.3f}" if r["wall"] else "")
        cells.append(f"{r['rss'] / 2**20:,.0f} MiB" if r["rss"] else "")
        cells.append(" ".join(str(r["per_rule"].get(x, 0)) for x in rules))
        cells.append("OK" if r["truth_ok"] else "DIFFERENT")
        if r["pg_wall"] is not None:
            cells.append(f"{r['pg_wall']:.1f}" + ("" if r["pg_same"] else " (findings differ)"))
            cells.append(f"{r['pg_wall'] / r['wall']:.1f}×")
        else:
            cells += ["not run", ""]
        print("| " + " | ".join(cells) + " |")
    print()
    print("Machine: " + machine())
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 6 and sys.argv[1] == "row":
        sys.exit(row(*sys.argv[2:6]))
    if len(sys.argv) >= 2 and sys.argv[1] == "table":
        sys.exit(table(sys.argv[2:]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
