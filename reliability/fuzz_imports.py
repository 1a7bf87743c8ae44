"""Fuzz the three importers (NetBuilder JSON, GraphML, services CSV): 0 crashes, 0 hangs.

Seeds are the demo record (``build_demo``) as JSON and as GraphML, and a small
services CSV. Each input is a seed with one to four random mutations (a byte
flipped, the end cut off, a slice inserted, deleted or duplicated, a splice from
another seed, a value replaced by an extreme one), fed to its reader. Every run
first feeds the fixed ``attacks()`` (entity expansion, external entities, deep
nesting, huge numbers and strings, odd encodings, files over each cap).

The only outcomes allowed are a valid result (a client record, a list of
services) or a ``FileFormatError`` whose message is one line, starts with the
file's name and is at most ``MAX_MESSAGE`` characters. Anything else is a
crash: another exception, a bad message, a worker that died. No answer within
``--timeout`` seconds is a hang.

The hang guard: inputs run in one worker subprocess, started once and replaced
after a hang or a death, and the parent waits for each answer with a timeout.
``signal.alarm`` in one process would be cheaper, but its handler only runs
between Python bytecodes, so it cannot stop a parser stuck inside C or Rust
(expat, pydantic-core), which is where a hang would be. The worker's address
space is capped (``MEMORY_LIMIT``) so that a memory bomb is a crash
(``MemoryError``) rather than a machine brought down.

    python reliability/fuzz_imports.py --seconds 60 [--seed 1] [--save-crashes DIR]

prints one line of figures and exits 1 if there was any crash or hang.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path

from netbuilder.model import ClientRecord
from netbuilder.model.demo import build_demo
from netbuilder.store.formats import (
    MAX_FILE_BYTES,
    FileFormatError,
    dump_record,
    graphml_text,
    load_graphml_bytes,
    load_record_bytes,
)
from netbuilder.store.formats.services_csv import ServicesCsvError, parse_services_csv

MAX_MESSAGE = 400
HANG_SECONDS = 10.0
START_SECONDS = 120.0
MEMORY_LIMIT = 3 * 2**30
MAX_SHOWN_CRASHES = 20
ATTACK_RUNS = 5

Reader = Callable[[bytes, str], object]
READERS: dict[str, tuple[str, Reader]] = {
    "json": ("fuzz.json", load_record_bytes),
    "graphml": ("fuzz.graphml", load_graphml_bytes),
    "csv": ("services.csv", parse_services_csv),
}
FORMATS = tuple(READERS)

SERVICES_CSV = (
    "name,type,contact,address,notes\r\n"
    "Gym on prescription,Leisure centre,01234 567890,\"Oakfield Leisure, Mill Lane\","
    "GP form; 12 weeks\r\n"
    "Tuesday walking group,Activity,walks@example.org,Meets at the library,\r\n"
    "\r\n"
    "Citizens Advice Oakfield,Advice,0800 144 8848,\"12 High St\nOakfield\","
    "\"Debt, \"\"benefits\"\"\"\r\n"
    "Caffi Cymraeg,Café,,Heol y Frenhines,Siaradwyr Cymraeg 🙂\r\n"
).encode("utf-8-sig")


def seeds() -> dict[str, bytes]:
    """The valid file each format's inputs are made from (the same on every call)."""
    return dict(_seeds())


@cache
def _seeds() -> dict[str, bytes]:
    record = build_demo()  # new ids each time it is built
    return {
        "json": dump_record(record).encode("utf-8"),
        "graphml": graphml_text(record).encode("utf-8"),
        "csv": SERVICES_CSV,
    }


# mutations ------------------------------------------------------------------------------

KINDS = ("flip", "truncate", "insert", "delete", "duplicate", "splice", "extreme")

EXTREMES: tuple[bytes, ...] = (
    b"9" * 5000, b"1" + b"0" * 100_000, b"1e999999", b"-1e999999", b"NaN", b"-0", b"Infinity",
    b"4294967296", b"-9223372036854775809", b"1.7976931348623157e309", b"0.1e-400",
    b'""', b'"' + b"x" * 10_001 + b'"', b"y" * 10_001, b'"' + "é".encode() * 10_000 + b'"',
    b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc0\x80", b"\x80",
    b"\\u0000", b"\\ud800", b"\\udfff\\ud800", b"[" * 100_000, b'{"a":' * 50_000,
    b"<a>" * 50_000, b"&lol;", b"&#0;", b"&#x110000;", b"&amp;", b"]]>", b"<!--", b"<![CDATA[",
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b'<?xml version="1.0"?>',
    b'<data key="n_kind">person</data>', b'<node id="x"/>', b'<key id="d" for="node"/>',
    b"\r\n", b"\r", b"\t", b",", b'"', b"'", b"\\", "🙂".encode(), "\u202e".encode(),
    b"true", b"false", b"null", b"[]", b"{}", b"0", b"-1", b"=cmd|' /C calc'!A0",
)  # fmt: skip

_VALUES = re.compile(
    rb'"(?:[^"\\\r\n]|\\.)*"'  # a JSON string (or an XML attribute value)
    rb"|(?<=>)[^<>]+(?=<)"  # XML text
    rb"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"  # a number
    rb"|(?<=,)[^,\r\n]*"  # a CSV cell
)


@dataclass(frozen=True)
class Mutation:
    """One change to a file's bytes; ``at`` and ``size`` are taken modulo what fits."""

    kind: str
    at: int
    size: int
    payload: bytes = b""


def mutate(data: bytes, mutation: Mutation, other: bytes = b"") -> bytes:
    """``data`` with ``mutation`` applied; ``other`` is the file a splice takes from."""
    n = len(data)
    at = mutation.at % (n + 1)
    end = min(n, at + mutation.size)
    kind = mutation.kind
    if kind == "flip":
        if n == 0:
            return data
        i = mutation.at % n
        return data[:i] + bytes([data[i] ^ (mutation.size % 255 + 1)]) + data[i + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + mutation.payload + data[at:]
    if kind == "delete":
        return data[:at] + data[end:]
    if kind == "duplicate":
        return data[:end] + data[at:end] + data[end:]
    if kind == "splice":
        return data[:at] + other[mutation.size % (len(other) + 1) :]
    if kind == "extreme":
        return _replace_value(data, mutation.at, mutation.payload)
    raise ValueError(f"unknown mutation {kind!r}")


def _replace_value(data: bytes, which: int, payload: bytes) -> bytes:
    """Replace one value (JSON string or number, XML text, CSV cell) with ``payload``."""
    spans = [m.span() for m in _VALUES.finditer(data)]
    if not spans:
        return data + payload
    start, end = spans[which % len(spans)]
    return data[:start] + payload + data[end:]


def random_mutation(rng: random.Random, size: int) -> Mutation:
    kind = rng.choice(KINDS)
    length = rng.choice((1, 2, 8, rng.randrange(1, 256), rng.randrange(1, size + 2)))
    if kind == "extreme" or rng.random() < 0.5:
        payload = rng.choice(EXTREMES)
    else:
        payload = rng.randbytes(rng.randrange(1, 32))
    return Mutation(kind, rng.randrange(2**31), length, payload)


def random_input(rng: random.Random, corpus: dict[str, bytes]) -> tuple[str, bytes]:
    """A format and a seed of it with one to four random mutations."""
    fmt = rng.choice(FORMATS)
    data = corpus[fmt]
    for _ in range(rng.randint(1, 4)):
        other = corpus[rng.choice(FORMATS)]
        data = mutate(data, random_mutation(rng, len(data)), other)
    return fmt, data


# fixed attacks --------------------------------------------------------------------------

_NS = b'xmlns="http://graphml.graphdrawing.org/xmlns"'
_KIND_KEY = b'<key id="k" for="node" attr.name="kind"/>'


def _graphml(body: bytes, head: bytes = b"", keys: bytes = _KIND_KEY) -> bytes:
    return head + b"<graphml " + _NS + b">" + keys + b"<graph>" + body + b"</graph></graphml>"


def _laughs() -> bytes:
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    return _graphml(b'<node id="a"><data key="k">&lol9;</data></node>',
                    b"<!DOCTYPE lolz [" + entities + b"]>")  # fmt: skip


def _quadratic() -> bytes:
    entity = b'<!DOCTYPE g [<!ENTITY a "' + b"x" * 50_000 + b'">]>'
    return _graphml(b'<node id="a"><data key="k">' + b"&a;" * 50_000 + b"</data></node>", entity)


def entity_attacks() -> dict[str, bytes]:
    """The GraphML files that would expand entities or fetch other files if allowed."""
    return {
        "billion laughs": _laughs(),
        "quadratic blow-up": _quadratic(),
        "XXE": _graphml(b'<node id="a"><data key="k">&xxe;</data></node>',
                        b'<!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
        "external DTD": _graphml(b"", b'<!DOCTYPE graphml SYSTEM "http://example.invalid/x.dtd">'),
        "parameter entity": _graphml(
            b"", b'<!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]>'),
    }  # fmt: skip


def attacks() -> dict[str, tuple[str, bytes]]:
    """Named hostile inputs, each with its format: every run feeds all of them."""
    corpus = seeds()
    out = {name: ("graphml", data) for name, data in entity_attacks().items()}
    out |= {f"graphml {name}": ("graphml", data) for name, data in _xml_attacks(corpus).items()}
    out |= {f"json {name}": ("json", data) for name, data in _json_attacks(corpus).items()}
    out |= {f"csv {name}": ("csv", data) for name, data in _csv_attacks(corpus).items()}
    return out


def _xml_attacks(corpus: dict[str, bytes]) -> dict[str, bytes]:
    demo = corpus["graphml"]
    text = demo.decode("utf-8")
    unknown_keys = b"".join(
        b'<key id="u%d" for="node" attr.name="u%d"><default>%s</default></key>' % (i, i, b"d" * 99)
        for i in range(2000)
    )
    return {
        "deep nesting": b"<graphml>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</graphml>",
        "many attributes": b"<graphml " + b" ".join(b'a%d="1"' % i for i in range(100_000))
        + b"/>",
        "many namespaces": b"<graphml "
        + b" ".join(b'xmlns:n%d="urn:%d"' % (i, i) for i in range(10_000)) + b"/>",
        "many elements": _graphml(b"<x/>" * 300_000),
        "long text": _graphml(b'<data key="zz">' + b"x" * 10_001 + b"</data>"),
        "long attribute": _graphml(b'<node id="a" x="' + b"x" * 10_001 + b'"/>'),
        "long element name": _graphml(b"<" + b"x" * 10_001 + b"/>"),
        "unknown keys with defaults": _graphml(
            b"".join(b'<node id="n%d"><data key="k">person</data></node>' % i
                     for i in range(5000)), keys=_KIND_KEY + unknown_keys),
        "5001 nodes": _graphml(b'<node id="n"><data key="k">person</data></node>' * 5001),
        "20001 edges": _graphml(b'<node id="a"><data key="k">person</data></node>'
                                + b'<edge source="a" target="a"/>' * 20_001),
        "UTF-16 with BOM": text.replace('"UTF-8"', '"UTF-16"').encode("utf-16"),
        "UTF-16 without BOM": text.split("\n", 1)[1].encode("utf-16-le"),
        "UTF-32 declared": demo.replace(b'"UTF-8"', b'"UTF-32"'),
        "unknown encoding": demo.replace(b'"UTF-8"', b'"no-such-encoding"'),
        "invalid UTF-8": demo.replace(b"Mum", b"M\xff\xfeum"),
        "NUL byte": demo.replace(b"Mum", b"M\x00um"),
        "over the size cap": demo + b" " * (MAX_FILE_BYTES + 1 - len(demo)),
    }  # fmt: skip


def _json_attacks(corpus: dict[str, bytes]) -> dict[str, bytes]:
    head = b'{"format": "netbuilder", "version": 1, "client": '
    demo = corpus["json"]
    node = b'{"id": "n%d", "kind": "activity", "label": "x", "ring": 1, "angle": 0.0}'
    many_nodes = b'"nodes": [' + b", ".join(node % i for i in range(5001)) + b"]"
    return {
        "deep arrays": head + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "deep objects": head + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}",
        "huge exponent": head + b"1e999999}",
        "100,000-digit number": head + b"1" + b"0" * 100_000 + b"}",
        "4,300-digit version": b'{"format": "netbuilder", "version": 1' + b"0" * 4299 + b"}",
        "long extra key": demo[:-2] + b', "' + b"k" * 10_001 + b'": 1}\n',
        "long extra value": demo[:-2] + b', "extra": "' + b"v" * 10_001 + b'"}\n',
        "long label": demo.replace(b'"Mum"', b'"' + b"m" * 10_001 + b'"'),
        "5001 nodes": re.sub(rb'"nodes": \[.*?\n      \]', lambda _: many_nodes, demo,
                             count=1, flags=re.DOTALL),
        "UTF-16": demo.decode("utf-8").encode("utf-16"),
        "NUL byte": demo.replace(b'"Mum"', b'"M\x00um"'),
        "lone surrogate": demo.replace(b'"Mum"', b'"M\\ud800um"'),
        "over the size cap": demo + b" " * (MAX_FILE_BYTES + 1 - len(demo)),
    }  # fmt: skip


def _csv_attacks(corpus: dict[str, bytes]) -> dict[str, bytes]:
    demo = corpus["csv"]
    return {
        "wide row": demo + b"x" + b"," * 1_000_000 + b"\r\n",
        "wide header": b"name" + b"," * 1_000_000 + b"\r\nx\r\n",
        "long cell": demo + b"x," + b"y" * 10_001 + b"\r\n",
        "cell over csv's own limit": demo + b"x," + b"y" * 200_000 + b"\r\n",
        "blank lines": demo + b"\r\n" * 300_000,
        "unterminated quote": demo + b'"abc',
        "NUL byte": demo + b"a\x00b\r\n",
        "UTF-16": demo.decode("utf-8-sig").encode("utf-16"),
        "over the size cap": demo + b"\r\n" * (MAX_FILE_BYTES // 2),
    }  # fmt: skip


# judging one input ----------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a reader did with one input: accepted, refused or crash (with why)."""

    kind: str
    detail: str = ""
    ms: float = 0.0


def judge(fmt: str, data: bytes) -> Outcome:
    """Feed ``data`` to the reader of ``fmt`` and classify what happened."""
    name, reader = READERS[fmt]
    started = time.perf_counter()
    try:
        result = reader(data, name)
    except FileFormatError as error:
        ms = (time.perf_counter() - started) * 1000
        fault = _message_fault(error, name)
        return Outcome("crash", fault, ms) if fault else Outcome("refused", "", ms)
    except Exception as error:  # the point: anything else is a crash, said in one line
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        detail = f"{type(error).__name__} at {where}: {str(error)[:200]!r}"
        return Outcome("crash", detail, (time.perf_counter() - started) * 1000)
    ms = (time.perf_counter() - started) * 1000
    expected = ClientRecord if fmt != "csv" else list
    if not isinstance(result, expected) or (fmt == "csv" and not result):
        return Outcome("crash", f"returned {type(result).__name__}", ms)
    return Outcome("accepted", "", ms)


def message_fault(message: str, name: str) -> str:
    """Why a refusal's message breaks the rules, or "" when it keeps them."""
    if not message.startswith(f"{name}: "):
        return f"message does not start with the file name: {message[:200]!r}"
    if "\n" in message or "\r" in message:
        return f"message spans lines: {message[:200]!r}"
    if len(message) > MAX_MESSAGE:
        return f"message is {len(message)} characters long: {message[:200]!r}"
    return ""


def _message_fault(error: FileFormatError, name: str) -> str:
    lines = [str(error)]
    if isinstance(error, ServicesCsvError):  # one line per bad row, then "… and 7 more rows"
        lines += [f"{name}: {p}" if p.startswith("… and ") else p for p in error.problems]
    return next((fault for line in lines if (fault := message_fault(line, name))), "")


# the worker and the run -----------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """The worker: answer each (format, bytes) with an Outcome until the pipe closes."""
    _limit_memory()
    while True:
        try:
            fmt, data = conn.recv()
        except EOFError:
            return
        outcome = Outcome("ready") if fmt == "ping" else judge(fmt, data)
        conn.send((outcome.kind, outcome.detail, outcome.ms))  # plain values pickle anywhere


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # not on Windows
        return
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


class Worker:
    """One reader process; ``ask`` gives its Outcome, or "hang" after ``timeout`` seconds."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self._conn, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._conn.send(("ping", b""))
        if not self._conn.poll(START_SECONDS):
            raise RuntimeError("the fuzz worker did not start")
        self._conn.recv()

    def ask(self, fmt: str, data: bytes) -> Outcome:
        try:
            self._conn.send((fmt, data))
            if self._conn.poll(self._timeout):
                kind, detail, ms = self._conn.recv()
                return Outcome(kind, detail, ms)
            outcome = Outcome("hang", f"no answer in {self._timeout:g} s")
        except (EOFError, OSError):
            self._process.join(5)
            outcome = Outcome("crash", f"worker died (exit code {self._process.exitcode})")
        self.close()
        self._start()
        return outcome

    def close(self) -> None:
        self._conn.close()
        self._process.kill()
        self._process.join(5)


def run(
    seconds: float,
    seed: int,
    save_crashes: Path | None = None,
    timeout: float = HANG_SECONDS,
    with_attacks: bool = True,
) -> dict[str, int | float]:
    """Fuzz for about ``seconds`` (the fixed attacks first); the counts of what happened."""
    counts: dict[str, int | float] = dict.fromkeys(
        ("inputs", "accepted", "refused", "crashes", "hangs"), 0
    )
    counts["slowest_ms"] = 0.0
    worker = Worker(timeout)
    deadline = time.monotonic() + seconds
    try:
        for label, fmt, data in _inputs(random.Random(seed), deadline, with_attacks):
            outcome = worker.ask(fmt, data)
            _count(counts, outcome)
            if outcome.kind in ("crash", "hang"):
                _report(label, fmt, data, outcome, save_crashes, counts)
    finally:
        worker.close()
    counts["slowest_ms"] = round(counts["slowest_ms"], 1)
    return counts


def _inputs(
    rng: random.Random, deadline: float, with_attacks: bool
) -> Iterator[tuple[str, str, bytes]]:
    for name, (fmt, data) in attacks().items() if with_attacks else ():
        yield name, fmt, data
    corpus = seeds()
    number = 0
    while time.monotonic() < deadline:
        number += 1
        yield f"mutant {number}", *random_input(rng, corpus)


def _count(counts: dict[str, int | float], outcome: Outcome) -> None:
    counts["inputs"] += 1
    key = {"accepted": "accepted", "refused": "refused", "hang": "hangs"}.get(outcome.kind)
    counts[key or "crashes"] += 1
    counts["slowest_ms"] = max(counts["slowest_ms"], outcome.ms)


def _report(label: str, fmt: str, data: bytes, outcome: Outcome, folder: Path | None,
            counts: dict[str, int | float]) -> None:
    if counts["crashes"] + counts["hangs"] <= MAX_SHOWN_CRASHES:
        print(f"{outcome.kind}: {fmt} {label}: {outcome.detail}", file=sys.stderr)
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{outcome.kind}-{hashlib.sha256(data).hexdigest()[:16]}"
    (folder / f"{stem}.{fmt}").write_bytes(data)
    (folder / f"{stem}.txt").write_text(f"{fmt} {label}: {outcome.detail}\n", encoding="utf-8")


def attack_timings(runs: int = ATTACK_RUNS) -> dict[str, float]:
    """Seconds to refuse each entity attack on GraphML, the slowest of ``runs`` runs.

    Raises ``AssertionError`` if one is not refused with a one-line message.
    """
    timings: dict[str, float] = {}
    for name, data in entity_attacks().items():
        slowest = 0.0
        for _ in range(runs):
            started = time.perf_counter()
            outcome = judge("graphml", data)
            slowest = max(slowest, time.perf_counter() - started)
            if outcome.kind != "refused":
                raise AssertionError(f"{name} was not refused: {outcome.kind} {outcome.detail}")
        timings[name] = slowest
    return timings


def figure(counts: dict[str, int | float], seconds: float, seed: int) -> str:
    return (
        f"importers fuzzed for {seconds:.0f} s (seed {seed}): {counts['inputs']:,} inputs, "
        f"{counts['accepted']:,} accepted, {counts['refused']:,} refused, "
        f"{counts['crashes']} crashes, {counts['hangs']} hangs; "
        f"slowest {counts['slowest_ms']:,.0f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=HANG_SECONDS,
                        help="seconds without an answer that count as a hang")
    parser.add_argument("--save-crashes", type=Path, default=None, metavar="DIR",
                        help="save each crashing or hanging input (and why) in DIR")
    parser.add_argument("--attacks", action="store_true",
                        help="also print the time to refuse each entity attack")
    ns = parser.parse_args(argv)
    counts = run(ns.seconds, ns.seed, ns.save_crashes, ns.timeout)
    print(figure(counts, ns.seconds, ns.seed))
    if ns.attacks:
        timings = attack_timings()
        print("entity attacks refused in (slowest of 5): "
              + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in timings.items()))
    return 1 if counts["crashes"] or counts["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
