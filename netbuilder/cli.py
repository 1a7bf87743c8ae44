"""The command line: `netbuilder` (the app) and its scripting subcommands.

User mistakes (a bad file, an unknown client, a wrong passphrase) end with one
line on stderr and exit code 2, never a traceback, and leave the store as it was.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from netbuilder import __version__

EXIT_USER_ERROR = 2

log = logging.getLogger(__name__)


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--selftest"]:  # checks this installation works (packaging/README.md)
        from netbuilder.selftest import run_selftest

        return run_selftest()
    if not args:
        from netbuilder.app import run_gui

        return run_gui(sys.argv[:1])
    parser = _parser()
    ns = parser.parse_args(args)
    handler: Callable[[argparse.Namespace], int] = ns.handler
    from netbuilder.logs import setup_logging

    setup_logging()  # the same log as the app: events and error kinds, never client text
    try:
        return handler(ns)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from netbuilder.logs import Safe, error_kind, log_exception

        message = _user_message(error)
        if message is None:
            log_exception(log, "command failed unexpectedly", error)
            raise
        log.info("%s refused: %s", Safe(handler.__name__), error_kind(error))
        print(f"netbuilder: error: {message}", file=sys.stderr)
        return EXIT_USER_ERROR


def _user_message(error: Exception) -> str | None:
    from netbuilder.model import ModelError
    from netbuilder.store.errors import StoreError
    from netbuilder.store.formats import FileFormatError

    if isinstance(error, UserError | FileFormatError | StoreError | ModelError):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return f"{error.filename}: no such file"
    if isinstance(error, IsADirectoryError | PermissionError):
        return f"{error.filename}: {error.strerror}"
    return None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="netbuilder",
        description="Draw, plan and review a client's wellbeing network. "
        "With no arguments, opens the app.",
        epilog="Scripts pass the passphrase in NETBUILDER_PASSPHRASE; "
        "NETBUILDER_DATA_DIR chooses the data folder.",
    )
    p.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    sub = p.add_subparsers(title="commands", metavar="COMMAND", required=True)

    c = sub.add_parser("demo", help="write the study's worked example as a JSON file")
    c.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    c.set_defaults(handler=cmd_demo)

    c = sub.add_parser("import", help="import a client from a .json or .graphml file")
    c.add_argument("file", type=Path, metavar="FILE")
    c.set_defaults(handler=cmd_import)

    c = sub.add_parser("export", help="export a client to .json, .graphml or .csv")
    c.add_argument("client", metavar="CLIENT", help="client id (or a unique prefix of it)")
    c.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    c.add_argument("--current-only", action="store_true", help="JSON: only the current version")
    c.set_defaults(handler=cmd_export)

    c = sub.add_parser(
        "export-record",
        help="one client's whole record for a subject access request: JSON, PDF and a README",
    )
    c.add_argument("client", metavar="CLIENT", help="client id (or a unique prefix of it)")
    c.add_argument("-o", "--output", required=True, type=Path, metavar="FOLDER")
    c.set_defaults(handler=cmd_export_record)

    c = sub.add_parser("list", help="list the clients in the store")
    c.add_argument("--archived", action="store_true", help="include archived clients")
    c.set_defaults(handler=cmd_list)

    c = sub.add_parser("stats", help="network summary of a file or a stored client")
    c.add_argument("source", metavar="FILE|CLIENT")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.set_defaults(handler=cmd_stats)

    c = sub.add_parser("plan", help="print the one-page network plan of a file or client as PDF")
    c.add_argument("source", metavar="FILE|CLIENT")
    c.add_argument("-o", "--output", required=True, type=Path, metavar="PLAN.pdf")
    c.add_argument("--paper", default="a4", metavar="a4|letter", help="paper size (default a4)")
    c.add_argument("--large-print", action="store_true", help="body text 12 pt, fewer sections")
    c.add_argument("--practitioner", metavar="NAME", help="practitioner's name for the header")
    c.add_argument(
        "--full-record", action="store_true",
        help="every connection, link, goal and referral, on as many pages as needed",
    )
    who = c.add_mutually_exclusive_group()
    who.add_argument(
        "--names", dest="initials", action="store_false", help="client's name (default)"
    )
    who.add_argument("--initials", dest="initials", action="store_true", help="client's initials")
    c.set_defaults(handler=cmd_plan, initials=False)

    c = sub.add_parser("backup", help="write an encrypted backup of the store now")
    c.add_argument("-o", "--output", type=Path, metavar="FOLDER",
                   help="backup folder (default: backups in the data folder)")
    c.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    c.set_defaults(handler=cmd_backup)

    c = sub.add_parser("restore", help="replace all clients with an encrypted backup")
    c.add_argument("file", type=Path, metavar="FILE.nbbackup")
    c.add_argument("--yes", action="store_true", help="do not ask to confirm")
    c.set_defaults(handler=cmd_restore)

    c = sub.add_parser("schema", help="print the JSON Schema of the interchange file")
    c.set_defaults(handler=cmd_schema)
    return p


# helpers -------------------------------------------------------------------


def _passphrase() -> str:
    value = os.environ.get("NETBUILDER_PASSPHRASE")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("NetBuilder passphrase: ")
    raise UserError("no passphrase: set NETBUILDER_PASSPHRASE or run from a terminal")


def _data_dir() -> Path:
    from netbuilder.store.paths import default_data_dir

    return default_data_dir()


def _open_store(create: bool = False):  # type: ignore[no-untyped-def]
    from netbuilder.store import Store

    folder = _data_dir()
    if create:
        return Store.open_or_create(folder, _passphrase())
    if not Store.exists(folder):
        raise UserError(f"{folder}: no NetBuilder store here yet (import a file first)")
    return Store.open(folder, _passphrase())


# commands ------------------------------------------------------------------


def cmd_demo(ns: argparse.Namespace) -> int:
    from netbuilder.model.demo import build_demo
    from netbuilder.store.formats import write_json

    if ns.output.suffix.lower() != ".json":
        raise UserError(f"{ns.output}: the demo is written as JSON: use a .json name")
    write_json(ns.output, build_demo())
    print(ns.output)
    return 0


def cmd_import(ns: argparse.Namespace) -> int:
    from netbuilder.store.formats import load_any

    record = load_any(ns.file)
    with _open_store(create=True) as store:
        store.add_record(record)
    print(record.client.id)
    return 0


def cmd_export(ns: argparse.Namespace) -> int:
    from netbuilder.store.formats import export_any, write_json

    with _open_store() as store:
        record = store.get_record(store.find_client(ns.client).id)
    if ns.current_only and ns.output.suffix.lower() == ".json":
        write_json(ns.output, record, versions="current")
    else:
        export_any(ns.output, record)
    print(ns.output)
    return 0


def cmd_export_record(ns: argparse.Namespace) -> int:
    from netbuilder.report.subject_access import export_subject_access

    if not ns.output.is_dir():
        raise UserError(f"{ns.output}: no such folder: create it first or choose another")
    with _open_store() as store:
        client_id = store.find_client(ns.client).id
        try:
            paths = export_subject_access(store, client_id, ns.output)
        except OSError as error:  # disk full, no permission...: nothing is left behind
            reason = error.strerror or str(error)
            raise UserError(f"{ns.output}: {reason}: nothing was written") from None
    for path in paths:
        print(path)
    return 0


def cmd_list(ns: argparse.Namespace) -> int:
    with _open_store() as store:
        summaries = store.list_clients(include_archived=ns.archived)
    for s in sorted(summaries, key=lambda s: s.client.display_name.casefold()):
        flag = " (archived)" if s.client.archived else ""
        print(
            f"{s.client.id}  {s.client.display_name}{flag}  "
            f"[{s.current_label}, {s.current_date.isoformat()}, {s.n_versions} version(s)]"
        )
    return 0


def cmd_stats(ns: argparse.Namespace) -> int:
    from netbuilder.analysis import plain_english, summarise

    network = _network_from(ns.source)
    summary = summarise(network)
    if ns.json:
        print(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        for line in plain_english(summary):
            print(line)
    return 0


def _network_from(source: str):  # type: ignore[no-untyped-def]
    from netbuilder.store.formats import load_any

    path = Path(source)
    if path.suffix.lower() in {".json", ".graphml"} or path.exists():
        return load_any(path).current_map
    with _open_store() as store:
        return store.current_map(store.find_client(source).id)


def cmd_plan(ns: argparse.Namespace) -> int:
    from netbuilder.report import write_plan

    paper = ns.paper.lower()
    if paper not in ("a4", "letter"):
        raise UserError(f"--paper: {ns.paper!r} is not a paper size: use a4 or letter")
    if ns.output.suffix.lower() != ".pdf":
        raise UserError(f"{ns.output}: the plan is written as PDF: use a .pdf name")
    if ns.full_record and ns.large_print:
        raise UserError("--large-print is for the one-page plan, not the full record")
    client, network, previous, versions = _client_network_from(ns.source)
    if ns.full_record:
        from netbuilder.report import write_full_record

        write_full_record(
            ns.output, client, network, previous, versions=versions, paper=paper,
            initials=ns.initials, practitioner=ns.practitioner,
        )
    else:
        write_plan(
            ns.output, client, network, previous, paper=paper, large_print=ns.large_print,
            initials=ns.initials, practitioner=ns.practitioner,
        )
    print(ns.output)
    return 0


def _client_network_from(source: str):  # type: ignore[no-untyped-def]
    """(client, current map, the map it is based on or None, every version) from a file
    or the store."""
    from netbuilder.report import previous_version
    from netbuilder.store.formats import load_any

    path = Path(source)
    if path.suffix.lower() in {".json", ".graphml"} or path.exists():
        record = load_any(path)
    else:
        with _open_store() as store:
            record = store.get_record(store.find_client(source).id)
    network = record.current_map
    return record.client, network, previous_version(record, network), record.maps


def cmd_backup(ns: argparse.Namespace) -> int:
    from netbuilder.store.backup import create_backup, default_folder, list_backups

    folder = ns.output or default_folder(_data_dir())
    if ns.list:
        for info in list_backups(folder):
            when = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{info.path}  {when}  {info.size} bytes{'  DAMAGED' if info.damaged else ''}")
        return 0
    with _open_store() as store:
        print(create_backup(store, folder))
    return 0


def cmd_restore(ns: argparse.Namespace) -> int:
    """Restore over the live store (backed up first); if it cannot be opened (damaged or
    missing), from the key in the backup itself."""
    from netbuilder.store import NotFound, Store, StoreCorrupt
    from netbuilder.store.backup import (
        BackupError,
        default_folder,
        restore_backup,
        restore_backup_file,
    )

    if not ns.file.is_file():
        raise UserError(f"{ns.file}: no such file")
    _confirm_restore(ns)
    folder, passphrase = _data_dir(), _passphrase()
    try:
        store = Store.open(folder, passphrase)
    except (NotFound, StoreCorrupt):
        restore_backup_file(folder, ns.file, passphrase)
        print(f"restored {ns.file} into {folder}")
        return 0
    with store:
        try:
            # the data as it was goes where erasing a client finds it, not beside FILE
            restore_backup(store, ns.file, passphrase, default_folder(folder)).close()
        except BackupError as error:
            if error.store is not None:  # the live data, opened again: let it go cleanly
                error.store.close()
            raise
    print(f"restored {ns.file}; the data as it was is backed up in {default_folder(folder)}")
    return 0


def _confirm_restore(ns: argparse.Namespace) -> None:
    if ns.yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError("restore replaces all clients with the backup: add --yes to confirm")
    answer = input("Replace all clients with this backup? The current data is backed up "
                   "first. [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise UserError("nothing was restored")


def cmd_schema(ns: argparse.Namespace) -> int:
    from netbuilder.store.formats import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
