"""The command line as a script uses it: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE


def run(
    args: list[str], data: Path, passphrase: str | None = TEST_PASSPHRASE, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETBUILDER_")}
    env["NETBUILDER_DATA_DIR"] = str(data)
    if passphrase is not None:
        env["NETBUILDER_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "netbuilder", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A data folder holding the demo client, imported through the CLI."""
    root = tmp_path_factory.mktemp("cli")
    data, demo = root / "data", root / "d.json"
    assert run(["demo", "-o", str(demo)], data).returncode == 0
    result = run(["import", str(demo)], data)
    assert result.returncode == 0, result.stderr
    return data, demo, result.stdout.strip()


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "netbuilder", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("netbuilder ")


def test_demo_file_is_the_worked_example(imported: tuple[Path, Path, str]) -> None:
    _, demo, _ = imported
    data = json.loads(demo.read_text(encoding="utf-8"))
    assert data["format"] == "netbuilder" and data["version"] == 1
    nodes = data["maps"][0]["nodes"]
    assert {n["kind"] for n in nodes} == {"person", "place", "activity"}
    assert all({"id", "kind", "label", "ring", "angle"} <= n.keys() for n in nodes)
    goals = [g["text"] for g in data["maps"][0]["goals"]]
    assert "Try gym on prescription" in goals


def test_import_prints_the_new_client_id_and_list_shows_it(
    imported: tuple[Path, Path, str],
) -> None:
    data, _, client_id = imported
    assert len(client_id) == 36
    listing = run(["list"], data)
    assert listing.returncode == 0
    assert client_id in listing.stdout and "Sam Taylor" in listing.stdout


def test_stats_json_of_a_stored_client(imported: tuple[Path, Path, str]) -> None:
    data, _, client_id = imported
    result = run(["stats", client_id, "--json"], data)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["people"] == 5
    assert stats["practitioner_in_inner_ring"] is True


def test_stats_of_a_file_needs_no_store(imported: tuple[Path, Path, str], tmp_path: Path) -> None:
    _, demo, _ = imported
    result = run(["stats", str(demo)], tmp_path / "none", passphrase=None)
    assert result.returncode == 0, result.stderr
    assert "19.9" in result.stdout


@pytest.mark.parametrize("suffix", [".graphml", ".json", ".csv"])
def test_export_formats(imported: tuple[Path, Path, str], tmp_path: Path, suffix: str) -> None:
    data, _, client_id = imported
    out = tmp_path / f"x{suffix}"
    result = run(["export", client_id[:8], "-o", str(out)], data)
    assert result.returncode == 0, result.stderr
    written = list(tmp_path.iterdir())
    assert written and all(p.stat().st_size > 0 for p in written)


def test_exported_graphml_opens_in_networkx(
    imported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    import networkx as nx

    data, _, client_id = imported
    out = tmp_path / "x.graphml"
    assert run(["export", client_id, "-o", str(out)], data).returncode == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == 12
    assert graph.nodes["mum"]["effect"] == "negative"


def test_schema_is_json_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "netbuilder", "schema"], capture_output=True, text=True, check=True
    )
    schema = json.loads(result.stdout)
    assert "client" in schema["properties"] and "maps" in schema["properties"]


def test_bad_file_gives_one_line_names_file_and_field_and_store_untouched(
    imported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    data, demo, _ = imported
    record = json.loads(demo.read_text(encoding="utf-8"))
    record["maps"][0]["nodes"][2]["ring"] = 7
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(record), encoding="utf-8")
    before = snapshot(data)
    result = run(["import", str(bad)], data)
    assert_one_line_error(result, "bad.json", "ring")
    assert snapshot(data) == before


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b"\xff\xfe\x00garbage", b"[]", b'{"format": "other"}']
)
def test_garbage_files_are_refused_cleanly(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "junk.json"
    bad.write_bytes(content)
    assert_one_line_error(run(["import", str(bad)], tmp_path / "data"), "junk.json")


def test_missing_file_and_unknown_client(imported: tuple[Path, Path, str], tmp_path: Path) -> None:
    data, _, _ = imported
    assert_one_line_error(run(["import", str(tmp_path / "nope.json")], data), "nope.json")
    assert_one_line_error(run(["export", "ffffffff", "-o", str(tmp_path / "o.json")], data))


def test_wrong_passphrase_is_refused_and_changes_nothing(imported: tuple[Path, Path, str]) -> None:
    data, _, _ = imported
    before = snapshot(data)
    assert_one_line_error(run(["list"], data, passphrase="not the passphrase"), "passphrase")
    assert snapshot(data) == before


def test_no_passphrase_without_a_terminal_is_a_clear_error(
    imported: tuple[Path, Path, str],
) -> None:
    data, _, _ = imported
    assert_one_line_error(run(["list"], data, passphrase=None), "NETBUILDER_PASSPHRASE")


def test_data_folder_holds_no_plaintext_client_text(imported: tuple[Path, Path, str]) -> None:
    data, _, _ = imported
    blob = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    for text in [
        "Sam Taylor",
        "Try gym on prescription",
        "Dr Shah",
        "Feeling less alone",
        "Active Lives",
        "St Mary",
    ]:
        assert text.encode() not in blob
        assert text.encode("utf-16-le") not in blob
