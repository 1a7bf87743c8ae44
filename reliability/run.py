"""``make reliability``: the longer reliability runs, and a markdown table of their figures.

Runs the crash injection (``reliability.crash``, 200 SIGKILLs), the byte flips
(``reliability.tamper.run_trials``), the importer fuzzing (``reliability.fuzz_imports.run``)
when those are present, times the rejection of the entity attacks in
``tests/unit/test_graphml.py`` (the slowest of N runs), and runs the I/O fault tests. It
prints one markdown table (promise | figure | source) for the README and exits non-zero
if any promise failed.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTITY_RUNS = 20
ENTITY_LIMIT_S = 1.0
IO_FAULT_TESTS = ("tests/unit/test_io_faults.py", "tests/unit/test_atomic.py")


@dataclass
class Table:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    timings: list[tuple[str, float]] = field(default_factory=list)

    def add(self, promise: str, figure: str, source: str, ok: bool = True) -> None:
        self.rows.append((promise, figure, source))
        if not ok:
            self.failed.append(promise)

    def timed(self, name: str, work: Callable[[], None]) -> None:
        started = time.monotonic()
        print(f"running {name}...", file=sys.stderr, flush=True)
        work()
        self.timings.append((name, time.monotonic() - started))

    def markdown(self) -> str:
        lines = ["| promise | figure | source |", "|---|---|---|"]
        lines += [f"| {p} | {f} | {s} |" for p, f, s in self.rows]
        return "\n".join(lines)


def crash_rows(table: Table, kills: int, seed: int) -> None:
    from reliability import crash

    f = crash.run(kills, seed)
    source = f"`reliability/crash.py --kills {kills} --seed {seed}`"
    table.add("SIGKILL at random points: no acknowledged edit lost",
              f"{f.kills} kills ({f.killed_mid_save} during a save, {f.killed_mid_export} "
              f"during an export), {f.acked_edits} acknowledged edits, {f.lost} lost",
              source, f.lost == 0 and f.kills == kills)
    table.add("`PRAGMA integrity_check` ok on every reopen",
              f"{f.kills - f.integrity_failures} of {f.kills} ok", source,
              f.integrity_failures == 0)
    table.add("the app opens the store after a crash",
              f"{f.app_opens} opens of the client in the window, {f.app_open_failures} failed; "
              f"median reopen {_median_ms(f.reopen_s):.0f} ms", source,
              f.app_open_failures == 0)
    table.add("a crash during a passphrase change leaves exactly one passphrase working",
              f"{f.passphrase_changes} changes, {f.killed_mid_change} killed midway, "
              f"{f.passphrase_failures} failures", source, f.passphrase_failures == 0)
    table.add("exports (JSON, GraphML, CSV, PDF) are the old or the new file, never torn",
              f"{f.export_targets_checked} targets checked after kills, {f.exports_new} new, "
              f"{f.export_failures} torn; {f.backups_checked} backups checked, "
              f"{f.backup_failures} damaged", source,
              f.export_failures == 0 and f.backup_failures == 0)
    table.add("no stray temporary files",
              f"{f.stray_temps_seen} left by killed writes, all removed by the next write; "
              f"{f.stray_temp_failures} failures", source, f.stray_temp_failures == 0)
    for problem in f.problems[:20]:
        print("crash problem:", problem, file=sys.stderr)


def _median_ms(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] * 1000 if ordered else 0.0


def tamper_rows(table: Table, trials: int, seed: int) -> None:
    tamper = _optional("reliability.tamper")
    if tamper is None:
        table.add("byte flips never give silently wrong data", "not run (no tamper.py yet)",
                  "`reliability/tamper.py`", False)
        return
    counts = tamper.run_trials(trials, seed)
    bad = sum(counts.get(k, 0) for k in ("wrong", "bad_message", "crashed", "hung"))
    table.add("byte flips never give silently wrong data",
              f"{trials} flips: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
              f"`reliability/tamper.py` (seed {seed})", bad == 0)


def fuzz_rows(table: Table, seconds: float, seed: int) -> None:
    fuzz = _optional("reliability.fuzz_imports")
    if fuzz is None:
        table.add("importers fuzzed: 0 crashes, 0 hangs", "not run (no fuzz_imports.py yet)",
                  "`reliability/fuzz_imports.py`", False)
        return
    result = fuzz.run(seconds, seed)
    bad = sum(int(v) for k, v in result.items() if k in ("crashes", "hangs", "crashed", "hung"))
    table.add("importers fuzzed: 0 crashes, 0 hangs",
              ", ".join(f"{k} {v}" for k, v in result.items()),
              f"`reliability/fuzz_imports.py` ({seconds:.0f} s, seed {seed})", bad == 0)


def entity_rows(table: Table) -> None:
    from netbuilder.store.formats import FileFormatError, load_graphml_bytes

    attacks = importlib.import_module("tests.unit.test_graphml")  # the very files tested
    slowest, refused = 0.0, 0
    for attack in (attacks.BILLION_LAUGHS, attacks.XXE, attacks.EXTERNAL_DTD):
        for _ in range(ENTITY_RUNS):
            started = time.perf_counter()
            try:
                load_graphml_bytes(attack.encode(), "g.graphml")
            except FileFormatError:
                refused += 1
            slowest = max(slowest, time.perf_counter() - started)
    runs = 3 * ENTITY_RUNS
    table.add("a billion-laughs or external-entity GraphML is rejected in under 1 s",
              f"{refused} of {runs} refused; slowest {slowest * 1000:.1f} ms",
              "attacks in `tests/unit/test_graphml.py`",
              refused == runs and slowest < ENTITY_LIMIT_S)


def io_fault_rows(table: Table) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *IO_FAULT_TESTS],
        cwd=ROOT, capture_output=True, text=True, check=False)
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "no output"
    passed = re.search(r"(\d+) passed", last)
    for line in result.stdout.splitlines():
        if line.startswith(("FAILED", "ERROR")):
            print("I/O fault test:", line, file=sys.stderr)
    table.add("a failing write, fsync, rename or a full disk at each step of saving and "
              "exporting keeps the previous state, says so in one line, leaves no temp file",
              f"{passed.group(1) if passed else 0} fault cases pass ({last})",
              " and ".join(f"`{t}`" for t in IO_FAULT_TESTS), result.returncode == 0)


def _optional(name: str):  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name:
            raise
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the reliability harnesses.")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--flips", type=int, default=1000)
    parser.add_argument("--fuzz-seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=1)
    ns = parser.parse_args(argv)
    table = Table()
    started = time.monotonic()
    table.timed("crash injection", lambda: crash_rows(table, ns.kills, ns.seed))
    table.timed("byte flips", lambda: tamper_rows(table, ns.flips, ns.seed))
    table.timed("importer fuzzing", lambda: fuzz_rows(table, ns.fuzz_seconds, ns.seed))
    table.timed("entity attacks", lambda: entity_rows(table))
    table.timed("I/O fault tests", lambda: io_fault_rows(table))
    print(table.markdown())
    took = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in table.timings)
    print(f"\n`make reliability` took {time.monotonic() - started:.0f} s ({took}).")
    if table.failed:
        print("FAILED: " + "; ".join(table.failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
