"""Importing a local services directory from CSV: good files, bad rows, caps, encodings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netbuilder.model.directory import Service
from netbuilder.store import KdfParams, Store
from netbuilder.store.formats import FileFormatError
from netbuilder.store.formats import services_csv as sc
from netbuilder.store.formats.services_csv import (
    ServicesCsvError,
    load_services_csv,
    parse_services_csv,
)
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)

GOOD = (
    "name,type,contact,address,notes\r\n"
    "Gym on prescription,Leisure centre,01234 567890,\"Oakfield Leisure, Mill Lane\","
    "GP form; 12 weeks\r\n"
    "Tuesday walking group,Activity,walks@example.org,Meets at the library,\r\n"
    "\r\n"
    "Citizens Advice Oakfield,Advice,0800 144 8848,\"12 High St\nOakfield\",\"Debt, benefits\"\r\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as s:
        yield s


def write(tmp_path: Path, data: bytes | str, name: str = "services.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def problems(data: str) -> list[str]:
    with pytest.raises(ServicesCsvError) as caught:
        parse_services_csv(data.encode("utf-8"))
    return caught.value.problems


def test_a_good_file_gives_every_service_with_its_spreadsheet_row() -> None:
    rows = parse_services_csv(GOOD.encode("utf-8"))
    assert [(r.row, r.service.name) for r in rows] == [
        (2, "Gym on prescription"), (3, "Tuesday walking group"), (5, "Citizens Advice Oakfield")]
    gym, walk, advice = (r.service for r in rows)
    assert gym.address == "Oakfield Leisure, Mill Lane" and gym.notes == "GP form; 12 weeks"
    assert walk.notes == ""
    assert advice.address == "12 High St\nOakfield"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_a_byte_order_mark(encoding: str) -> None:
    data = "name,notes\nCafé Ünity,Crêpes on Fridays\n".encode(encoding)
    [row] = parse_services_csv(data)
    assert (row.service.name, row.service.notes) == ("Café Ünity", "Crêpes on Fridays")


def test_columns_in_any_order_and_case_and_only_name_is_required() -> None:
    rows = parse_services_csv(b"Notes , NAME\nweekly,Men's Shed\n")
    assert (rows[0].service.name, rows[0].service.notes, rows[0].service.type) == (
        "Men's Shed", "weekly", "")


def test_short_rows_and_trailing_empty_cells_are_fine() -> None:
    rows = parse_services_csv(b"name,type,contact\nLibrary\nPool,Leisure,,,,\n")
    assert [r.service.name for r in rows] == ["Library", "Pool"]


def test_each_bad_row_is_reported_with_its_number_and_field() -> None:
    data = (
        "name,type,contact,address,notes\n"
        "Gym,Leisure,,,\n"                    # row 2: fine
        ",Leisure,01234,,\n"                  # row 3: no name
        "Pool,,,,\n"                          # row 4: fine
        f"{'x' * 201},,,,\n"                  # row 5: name too long
        "Choir,,,,," + "n" * 10 + "\n"        # row 6: one cell too many
        f"Library,,,,{'n' * 2001}\n"          # row 7: notes too long
        "gym,,,,\n"                           # row 8: the same name as row 2
    )
    assert problems(data) == [
        "services.csv: row 3: name: is empty",
        "services.csv: row 5: name: is longer than 200 characters",
        "services.csv: row 6: has 6 cells but the header names 5 columns",
        "services.csv: row 7: notes: is longer than 2000 characters",
        "services.csv: row 8: name: 'gym' is already on row 2",
    ]


def test_several_faults_in_one_row_share_its_line() -> None:
    [line] = problems(f"name,type\n ,{'t' * 81}\n")
    assert line == "services.csv: row 2: name: is empty; type: is longer than 80 characters"


def test_a_file_with_bad_rows_imports_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "name,type\nGym,Leisure\n,Advice\nPool,Leisure\n")
    with pytest.raises(ServicesCsvError) as caught:
        store.import_services_csv(path)
    assert str(caught.value) == "services.csv: 1 row cannot be imported; nothing was imported"
    assert caught.value.problems == ["services.csv: row 3: name: is empty"]
    assert store.list_services() == []


def test_import_adds_new_services_and_updates_ones_with_the_same_name(
    store: Store, tmp_path: Path
) -> None:
    existing = Service(name="Gym on prescription", contact="old number")
    store.add_service(existing)
    result = store.import_services_csv(write(tmp_path, GOOD))
    assert (result.added, result.updated) == (2, 1)
    by_name = {s.name: s for s in store.list_services()}
    assert len(by_name) == 3
    assert by_name["Gym on prescription"].id == existing.id
    assert by_name["Gym on prescription"].contact == "01234 567890"


def test_bytes_that_are_not_utf8_are_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "name\nLibrary\nCaf\xe9 Rouge\n".encode("cp1252"), "old.csv")
    with pytest.raises(FileFormatError, match=r"^old\.csv: is not UTF-8 text \(line 3\)"):
        load_services_csv(path)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sc, "MAX_CSV_BYTES", 100)
    path = write(tmp_path, "name\n" + "Library\n" * 20)
    with pytest.raises(FileFormatError, match=r"services\.csv: larger than the .* limit"):
        load_services_csv(path)
    with pytest.raises(FileFormatError, match="larger than"):
        parse_services_csv(path.read_bytes())


def test_the_real_size_cap_is_a_few_megabytes() -> None:
    assert 1024 * 1024 <= sc.MAX_CSV_BYTES <= 20 * 1024 * 1024


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc, "MAX_CSV_ROWS", 3)
    data = "name\n" + "".join(f"Service {i}\n" for i in range(4))
    with pytest.raises(FileFormatError, match="more than 3 services"):
        parse_services_csv(data.encode())


def test_many_bad_rows_are_listed_up_to_a_limit() -> None:
    data = "name,type\n" + ",x\n" * 60
    with pytest.raises(ServicesCsvError) as caught:
        parse_services_csv(data.encode("utf-8"))
    listed = caught.value.problems
    assert len(listed) == sc.MAX_SHOWN_PROBLEMS + 1
    assert listed[-1] == "… and 10 more rows"
    assert str(caught.value).startswith("services.csv: 60 rows cannot be imported")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "services.csv: the file is empty"),
    (b"  \n\n", "services.csv: the file is empty"),
    (b"title,phone\nGym,1\n", "services.csv: header: unknown column 'title'"),
    (b"type,contact\nGym,1\n", "services.csv: header: no 'name' column"),
    (b"name,Name\nGym,Gym\n", "services.csv: header: the column 'name' is there twice"),
    (b"name\n\n\n", "services.csv: the header is there but no service follows it"),
    (b'name\n"unclosed\n', "services.csv: row 2: is not valid CSV"),
    (b"name\nA\x00B\n", "services.csv: is not a CSV text file"),
])
def test_faults_in_the_file_as_a_whole(data: bytes, message: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        parse_services_csv(data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"^nope\.csv: cannot be read"):
        load_services_csv(tmp_path / "nope.csv")
