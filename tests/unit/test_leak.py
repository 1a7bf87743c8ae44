"""No client text reaches any file of the store in plaintext, write-ahead log included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netbuilder.model import (
    Client,
    ClientRecord,
    Goal,
    Link,
    LinkKind,
    NetworkMap,
    NextStep,
    Node,
    NodeKind,
    Referral,
    ops,
)
from netbuilder.store import DB_NAME, KdfParams, Store
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import encodings, texts_in_files

FAST = KdfParams(n=2**12, r=8, p=1)

SECRETS = {
    "name": "Zephyrine Quillfeather",
    "local_ref": "QX-778812",
    "dob": "1971-03-14",
    "node": "Marguerite Vandersloot",
    "node_notes": "Thursdays at the Kestrelwood allotment",
    "place": "Brackenholme Lido",
    "activity": "Origami with Thaddeus",
    "link_note": "Lifts from cousin Ebenezer",
    "goal": "Sing with the Pembrokeshire harmony choir",
    "step": "Ring Ottoline about rehearsal times",
    "service": "Halcyon Debt Advice Bureau",
    "by_whom": "Dr Featherstonehaugh",
    "reason": "Arrears letters from Glenrothes council",
    "outcome": "Seen by adviser Wilhelmina",
    "what_matters": "Feeling useful again at Quarrydene",
    "ring": "Innermost Snugglerings",
    "version_label": "Post-Tregaron review",
}


def leaks(folder: Path) -> list[str]:
    """Every (secret, file) pair found in plaintext in any file under ``folder``."""
    return texts_in_files(folder, SECRETS)


def secret_record() -> ClientRecord:
    s = SECRETS
    client = Client(
        display_name=s["name"], local_ref=s["local_ref"], date_of_birth=date.fromisoformat(s["dob"])
    )
    nodes = (
        Node(
            id="n1", kind=NodeKind.PERSON, label=s["node"], category="family", notes=s["node_notes"]
        ),
        Node(id="n2", kind=NodeKind.PLACE, label=s["place"], category="leisure"),
        Node(id="n3", kind=NodeKind.ACTIVITY, label=s["activity"]),
    )
    goal = Goal(id="g1", text=s["goal"], node_ids=("n2",), next_steps=(NextStep(text=s["step"]),))
    referral = Referral(
        id="r1",
        service=s["service"],
        by_whom=s["by_whom"],
        date=date(2025, 2, 3),
        reason=s["reason"],
        outcome=s["outcome"],
        goal_id="g1",
    )
    network = NetworkMap(
        client_id=client.id,
        date=date(2025, 2, 3),
        nodes=nodes,
        links=(
            Link(
                id="l1", source="n1", target="n2", kind=LinkKind.ACCESS_THROUGH, note=s["link_note"]
            ),
        ),
        goals=(goal,),
        referrals=(referral,),
        what_matters=s["what_matters"],
        ring_labels=(s["ring"], "close", "further"),
    )
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def test_the_scanner_finds_text_that_is_in_the_clear(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes(SECRETS["goal"].encode("utf-16-le"))
    assert leaks(tmp_path) == ["goal in plain.txt"]


def test_no_client_text_in_any_file_while_open_and_after_close(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    rec = secret_record()
    store = Store.create(folder, TEST_PASSPHRASE, FAST)
    store.add_record(rec)
    network = rec.maps[0]
    for i in range(5):  # several saves, so the write-ahead log holds several frames
        network = ops.set_what_matters(network, f"{SECRETS['what_matters']} ({i})")
        store.save_map(network)
    store.save_client(ops.rebuild(rec.client, local_ref=SECRETS["local_ref"] + "b"))
    store.add_version(ops.start_review(network, SECRETS["version_label"], date(2025, 5, 1)))
    store.set_archived(rec.client.id, True)
    assert (folder / f"{DB_NAME}-wal").stat().st_size > 0
    assert leaks(folder) == []
    store.close()
    assert leaks(folder) == []
    with Store.open(folder, TEST_PASSPHRASE) as reopened:
        assert reopened.get_client(rec.client.id).display_name == SECRETS["name"]
        assert leaks(folder) == []


@pytest.mark.parametrize("name", ["Zophia Ñáñez-Øberg", "Анастасия Кузнецова", "محمد الفارسي"])
def test_non_latin_names_do_not_leak_either(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    client = Client(display_name=name)
    network = NetworkMap(client_id=client.id, date=date(2025, 1, 1), label=name[:20])
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(ClientRecord(client=client, maps=(network,), current_map_id=network.id))
        files = [p.read_bytes() for p in folder.iterdir()]
    files += [p.read_bytes() for p in folder.iterdir()]
    for needle in encodings(name):
        assert not any(needle in data for data in files)
