"""One client's whole record for a subject access request: the files, and the command line."""

from __future__ import annotations

import errno
import io
import os
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from netbuilder.cli import main
from netbuilder.model import ClientRecord, ops
from netbuilder.model.directory import PractitionerProfile
from netbuilder.report import subject_access
from netbuilder.report.subject_access import export_subject_access, names_for
from netbuilder.store import Store
from netbuilder.store.crypto import KdfParams
from netbuilder.store.formats import atomic as atomic_module
from netbuilder.store.formats import load_json
from tests.conftest import TEST_PASSPHRASE

QUICK_KDF = KdfParams(n=2**10, r=8, p=1)
DAY = date(2026, 11, 26)
NAME_PATTERN = re.compile(
    r"netbuilder-record-[0-9a-f]{8}-\d{4}-\d\d-\d\d(-\d+)?(\.json|\.pdf|-README\.txt)")


def pdf_text(path: Path) -> str:
    """The PDF's text with no white space: a long label may wrap inside a table cell."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def squeezed(text: str) -> str:
    return "".join(text.split())


def client_texts(record: ClientRecord) -> list[str]:
    """Every piece of text a client's record holds that must stay out of names and READMEs."""
    texts = [record.client.display_name, *record.client.display_name.split()]
    for m in record.maps:
        texts += [n.label for n in m.nodes] + [n.notes for n in m.nodes if n.notes]
        texts += [g.text for g in m.goals] + [m.what_matters]
    return [t for t in texts if t]


def mentions(text: str, words: str) -> bool:
    """``words`` as whole words in ``text`` (the label "Gym" is not in "gymnastics")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.fixture
def stored(tmp_path: Path, demo_record: ClientRecord) -> Iterator[tuple[Store, ClientRecord]]:
    """A store holding the demo client with a review: two versions, the second current."""
    store = Store.create(tmp_path / "data", TEST_PASSPHRASE, kdf=QUICK_KDF)
    named = demo_record.client.model_copy(update={"display_name": "Zebedee Quxworth-Ffion"})
    store.add_record(demo_record.model_copy(update={"client": named}))
    baseline = demo_record.current_map
    review = ops.start_review(baseline, "6-month review", baseline.date + timedelta(days=180))
    review = ops.remove_node(review, "mum")
    store.add_version(review, make_current=True)
    store.save_profile(PractitionerProfile(name="Alex Morgan"))
    yield store, store.get_record(demo_record.client.id)
    store.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# the files ----------------------------------------------------------------------------


def test_the_json_reads_back_as_the_whole_stored_record(
        stored: tuple[Store, ClientRecord], out: Path) -> None:
    store, record = stored
    json_path, pdf_path, readme = export_subject_access(store, record.client.id, out, today=DAY)
    assert load_json(json_path) == store.get_record(record.client.id)
    assert len(load_json(json_path).maps) == 2  # every version, not only the current one
    assert sorted(out.iterdir()) == sorted([json_path, pdf_path, readme])


def test_the_pdf_has_the_name_every_label_what_changed_and_the_versions(
        stored: tuple[Store, ClientRecord], out: Path) -> None:
    store, record = stored
    _json, pdf_path, _readme = export_subject_access(store, record.client.id, out, today=DAY)
    text = pdf_text(pdf_path)
    assert squeezed(record.client.display_name) in text
    for node in record.current_map.nodes:
        assert squeezed(node.label) in text, node.label
    assert squeezed("What changed since baseline") in text
    assert squeezed("No longer on the map: Mum") in text
    assert squeezed("Versions of this map (2)") in text
    assert "AlexMorgan" in text  # the practitioner's name from Preferences


def test_file_names_and_the_readme_carry_no_client_text(
        stored: tuple[Store, ClientRecord], out: Path) -> None:
    store, record = stored
    paths = export_subject_access(store, record.client.id, out, today=DAY)
    prefix = f"netbuilder-record-{record.client.id.hex[:8]}-2026-11-26"
    assert [p.name for p in paths] == [f"{prefix}.json", f"{prefix}.pdf", f"{prefix}-README.txt"]
    readme = paths[2].read_text(encoding="utf-8")
    for text in client_texts(record):
        assert not any(mentions(p.name, text) for p in paths), text
        assert not mentions(readme, text), text
    assert paths[0].name in readme and paths[1].name in readme
    assert "NOT encrypted" in readme and "2 versions" in readme


def test_an_earlier_export_is_never_overwritten(
        stored: tuple[Store, ClientRecord], out: Path) -> None:
    store, record = stored
    stem = f"netbuilder-record-{record.client.id.hex[:8]}-2026-11-26"
    first = export_subject_access(store, record.client.id, out, today=DAY)
    before = {p: p.read_bytes() for p in first}
    second = export_subject_access(store, record.client.id, out, today=DAY)
    (out / f"{stem}-3.pdf").write_bytes(b"someone else's file")
    fourth = export_subject_access(store, record.client.id, out, today=DAY)
    assert {p: p.read_bytes() for p in first} == before
    assert (out / f"{stem}-3.pdf").read_bytes() == b"someone else's file"
    assert [p.name for p in second] == list(names_for(f"{stem}-2"))
    assert [p.name for p in fourth] == list(names_for(f"{stem}-4"))  # -3 was partly taken
    assert second[1].name in second[2].read_text(encoding="utf-8")  # the README names its own
    assert first[1].name not in second[2].read_text(encoding="utf-8")
    assert all(NAME_PATTERN.fullmatch(p.name) for p in out.iterdir()), sorted(out.iterdir())


def test_a_write_that_fails_midway_leaves_no_file_behind(
        stored: tuple[Store, ClientRecord], out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, record = stored
    real_replace = os.replace
    calls: list[str] = []

    def disk_full_on_the_pdf(src: str, dst: str) -> None:
        calls.append(str(dst))
        if str(dst).endswith(".pdf"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "replace", disk_full_on_the_pdf)
    with pytest.raises(OSError, match="No space left"):
        export_subject_access(store, record.client.id, out, today=DAY)
    assert len(calls) == 2  # the JSON was written, then the PDF failed
    assert list(out.iterdir()) == []  # the JSON removed again, no temporary file left


def test_a_folder_that_is_not_there_is_refused(
        stored: tuple[Store, ClientRecord], tmp_path: Path) -> None:
    store, record = stored
    with pytest.raises(NotADirectoryError):
        export_subject_access(store, record.client.id, tmp_path / "missing", today=DAY)
    assert not (tmp_path / "missing").exists()


def test_names_run_out_after_many_copies_rather_than_overwrite(
        out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_access, "MAX_COPIES", 2)
    for name in ("x.json", "x-2-README.txt"):
        (out / name).write_text("kept")
    with pytest.raises(FileExistsError):
        subject_access.free_names(out, "x")


# the command line --------------------------------------------------------------------


@pytest.fixture
def cli_store(data_dir: Path, demo_record: ClientRecord) -> ClientRecord:
    with Store.create(data_dir, TEST_PASSPHRASE, kdf=QUICK_KDF) as store:
        store.add_record(demo_record)
    return demo_record


def test_cli_export_record_prints_the_paths_and_exits_0(
        cli_store: ClientRecord, out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prefix = cli_store.client.id.hex[:6]
    assert main(["export-record", prefix, "-o", str(out)]) == 0
    printed = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert [p.suffix for p in printed] == [".json", ".pdf", ".txt"]
    assert all(p.parent == out and p.is_file() for p in printed)
    assert sorted(out.iterdir()) == sorted(printed)
    assert load_json(printed[0]) == cli_store
    assert squeezed(cli_store.client.display_name) in pdf_text(printed[1])


@pytest.mark.parametrize("client", ["ffffffff", "no-such-client"])
def test_cli_a_bad_client_is_one_line_and_exit_2(
        cli_store: ClientRecord, out: Path, client: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-record", client, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("netbuilder: error: ")
    assert "Traceback" not in err
    assert list(out.iterdir()) == []


def test_cli_a_missing_folder_is_one_line_and_exit_2(
        cli_store: ClientRecord, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert main(["export-record", cli_store.client.id.hex[:8], "-o", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"netbuilder: error: {missing}: no such folder: create it first or choose another"
    assert not missing.exists()


def test_cli_a_full_disk_is_one_line_and_exit_2(
        cli_store: ClientRecord, out: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def disk_full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "replace", disk_full)
    assert main(["export-record", cli_store.client.id.hex[:8], "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"netbuilder: error: {out}: No space left on device: nothing was written"
    assert list(out.iterdir()) == []
