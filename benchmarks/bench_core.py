"""Non-GUI figures: network summary and caseload listing, each beside a floor."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

import networkx as nx

from netbuilder.analysis import summarise
from netbuilder.model import Client, ClientRecord, Link, LinkKind, NetworkMap, Node, NodeKind
from netbuilder.model.demo import build_demo
from netbuilder.store import KdfParams, Store

KINDS = (NodeKind.PERSON, NodeKind.PLACE, NodeKind.ACTIVITY)


def median_ms(action: Callable[[], object], runs: int = 15) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(name: str, value: float, floor: float, target: str) -> dict[str, Any]:
    return {"name": name, "median_ms": round(value, 3), "floor_ms": round(floor, 3),
            "ratio": round(value / floor, 2), "target": target}


def big_map(n_nodes: int = 500, n_links: int = 1000) -> NetworkMap:
    rng = random.Random(7)
    nodes = tuple(
        Node(id=f"n{i}", kind=KINDS[i % 3], label=f"Node {i}", ring=1 + i % 3,
             angle=rng.uniform(0, 359))
        for i in range(n_nodes)
    )
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_links:
        a, b = rng.sample(range(n_nodes), 2)
        pairs.add((a, b))
    links = tuple(Link(id=f"l{i}", source=f"n{a}", target=f"n{b}", kind=LinkKind.KNOWS)
                  for i, (a, b) in enumerate(sorted(pairs)))
    return NetworkMap(client_id=uuid4(), date=date.today(), nodes=nodes, links=links)


def fill_caseload(store: Store, clients: int) -> None:
    """``clients`` copies of the worked example, each a client of its own."""
    network = build_demo().current_map
    for i in range(clients):
        client = Client(display_name=f"Client {i:04d}")
        copy = network.model_copy(update={"client_id": client.id, "id": uuid4()})
        store.add_record(ClientRecord(client=client, maps=(copy,), current_map_id=copy.id))


def bench_summary() -> dict[str, Any]:
    m = big_map()

    def floor() -> None:  # a bare networkx graph of the same nodes and links, and its density
        g = nx.Graph()
        g.add_nodes_from(n.id for n in m.nodes)
        g.add_edges_from((lk.source, lk.target) for lk in m.links)
        nx.density(g)
        list(nx.connected_components(g))

    return row("network summary, 500 nodes / 1,000 links", median_ms(lambda: summarise(m)),
               median_ms(floor), "<= 50 ms")


def bench_caseload() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "data", "benchmark passphrase",
                             kdf=KdfParams(n=2**12, r=8, p=1))
        fill_caseload(store, 1000)
        value = median_ms(store.list_clients, runs=7)
        conn = store._open_parts()[0]
        floor = median_ms(lambda: conn.execute("SELECT * FROM clients").fetchall(), runs=7)
        store.close()
    return row("caseload list, 1,000 clients (decrypt each)", value, floor, "<= 200 ms")
