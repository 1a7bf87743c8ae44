"""Update the translation sources, resources/translations/netbuilder_*.ts, from the code.

    .venv/bin/python tools/update_translations.py          # rewrite the .ts files
    .venv/bin/python tools/update_translations.py --check  # exit 1 if they are out of date

Runs Qt's lupdate (shipped with PySide6) over netbuilder/ and forms/*.ui, then files each
string of a bare ``tr("...")`` call under its module's context. Every GUI module has a
helper ``def tr(text): return QCoreApplication.translate("Context", text)``; lupdate
extracts the literal but, knowing nothing of the helper, files it under the empty context,
where the translator would never find it at run time. Obsolete strings are dropped,
contexts and messages are sorted, and translations already made in a .ts are kept.
netbuilder_en_GB.ts (en_GB is the source language) is always written: the template a
translator copies to netbuilder_<lang>.ts and opens in Qt Linguist.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en_GB"
SOURCE_TS = TRANSLATIONS / f"netbuilder_{SOURCE_LANGUAGE}.ts"

Key = tuple[str, str, str]
"""(context, source text, disambiguation): what a translator looks a string up by."""


def lupdate_program() -> Path:
    """The lupdate that PySide6 ships (next to its package), else one on the PATH."""
    import PySide6

    name = "lupdate.exe" if os.name == "nt" else "lupdate"
    shipped = Path(PySide6.__file__).parent / name
    if shipped.exists():
        return shipped
    scripts = Path(sys.executable).parent / "pyside6-lupdate"
    if scripts.exists():
        return scripts
    raise SystemExit("lupdate not found: install PySide6 (pip install -e '.[test]')")


def run_lupdate(root: Path, ts: Path, language: str) -> None:
    command = [str(lupdate_program()), "-silent", "-no-obsolete", "-extensions", "py,ui",
               "-locations", "absolute", "-source-language", SOURCE_LANGUAGE,
               "-target-language", language, "netbuilder", "forms", "-ts", str(ts)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not ts.exists():
        raise SystemExit(f"lupdate failed ({done.returncode}): {done.stderr.strip()}")


def helper_context(path: Path) -> str | None:
    """The context of a module's own ``tr`` helper (a literal, or a module-level constant
    such as ``CONTEXT = "Help"``), if it has one."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    constants = {target.id: node.value.value for node in body if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name)}
    for node in body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        return first.value
                    if isinstance(first, ast.Name) and first.id in constants:
                        return constants[first.id]
    return None


def _file_of(location: ET.Element, ts_folder: Path) -> Path:
    return (ts_folder / location.get("filename", "")).resolve()


def _contexts_of(message: ET.Element, ts_folder: Path, cache: dict[Path, str | None]
                 ) -> dict[str, list[ET.Element]]:
    """The locations of an empty-context message, grouped by their modules' contexts."""
    by_context: dict[str, list[ET.Element]] = defaultdict(list)
    for location in message.findall("location"):
        path = _file_of(location, ts_folder)
        if path not in cache:
            cache[path] = helper_context(path) if path.suffix == ".py" else None
        context = cache[path]
        if context is None:
            raise SystemExit(f"{path}: tr() without a module-level tr helper that names "
                             "its context")
        by_context[context].append(location)
    return by_context


def _relocate(location: ET.Element, ts_folder: Path, target_folder: Path) -> None:
    """Make a location's file name relative to where the .ts will be written."""
    path = _file_of(location, ts_folder)
    location.set("filename", Path(os.path.relpath(path, target_folder)).as_posix())


def extract(root: Path = ROOT, language: str = SOURCE_LANGUAGE,
            target_folder: Path = TRANSLATIONS) -> dict[str, list[ET.Element]]:
    """Every translatable string in the code and the forms: messages by context."""
    with tempfile.TemporaryDirectory(prefix="netbuilder-lupdate-") as temp:
        ts = Path(temp) / "extracted.ts"
        run_lupdate(root, ts, language)
        ts_folder = ts.parent
        contexts: dict[str, list[ET.Element]] = defaultdict(list)
        cache: dict[Path, str | None] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.findall("message"):
                groups = (_contexts_of(message, ts_folder, cache) if name == ""
                          else {name: message.findall("location")})
                for owner, locations in groups.items():
                    contexts[owner].append(_copy(message, locations))
                for location in message.findall("location"):
                    _relocate(location, ts_folder, target_folder)
        return dict(contexts)


def _copy(message: ET.Element, locations: list[ET.Element]) -> ET.Element:
    """The message with only ``locations`` (shared elements: relocated once, later)."""
    copy = ET.Element("message", message.attrib)
    copy.extend(locations)
    copy.extend(child for child in message if child.tag != "location")
    return copy


def key_of(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _merged(contexts: dict[str, list[ET.Element]]) -> dict[str, list[ET.Element]]:
    """One message per key (a string used in several places keeps all its locations)."""
    merged: dict[str, dict[Key, ET.Element]] = defaultdict(dict)
    for context, messages in contexts.items():
        for message in messages:
            key = key_of(context, message)
            first = merged[context].setdefault(key, message)
            if first is not message:
                at = list(first).index(first.find("source"))  # type: ignore[arg-type]
                for i, location in enumerate(message.findall("location")):
                    first.insert(at + i, location)
    return {c: sorted(m.values(), key=lambda msg: key_of(c, msg)[1:])
            for c, m in sorted(merged.items())}


def read_messages(path: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file by key."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[key_of(name, message)] = message
    return found


def _keep_translations(contexts: dict[str, list[ET.Element]], old: dict[Key, ET.Element]
                       ) -> None:
    for context, messages in contexts.items():
        for message in messages:
            before = old.get(key_of(context, message))
            made = before.find("translation") if before is not None else None
            fresh = message.find("translation")
            if made is not None and fresh is not None and made.get("type") != "unfinished":
                message.remove(fresh)
                message.append(made)


def write_ts(path: Path, language: str, contexts: dict[str, list[ET.Element]]) -> None:
    ts = ET.Element("TS", {"version": "2.1", "language": language,
                           "sourcelanguage": SOURCE_LANGUAGE})
    for name, messages in contexts.items():
        context = ET.SubElement(ts, "context")
        ET.SubElement(context, "name").text = name
        context.extend(messages)
    ET.indent(ts, space="    ")
    text = ET.tostring(ts, encoding="unicode", short_empty_elements=False)
    text = text.replace("></location>", "/>")  # as lupdate writes them
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def language_of(path: Path) -> str:
    return path.stem.removeprefix("netbuilder_")


def ts_files() -> list[Path]:
    return sorted({SOURCE_TS, *TRANSLATIONS.glob("netbuilder_*.ts")})


def update(path: Path) -> None:
    language = language_of(path)
    contexts = _merged(extract(ROOT, language, path.parent))
    if path.exists():
        _keep_translations(contexts, read_messages(path))
    write_ts(path, language, contexts)


def differences(path: Path) -> tuple[set[Key], set[Key]]:
    """(strings the code has that the file lacks, strings the file has that the code lost)."""
    wanted = {key_of(c, m) for c, ms in _merged(extract()).items() for m in ms}
    have = set(read_messages(path)) if path.exists() else set()
    return wanted - have, have - wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether the .ts files are up to date")
    args = parser.parse_args(argv)
    if args.check:
        stale = False
        for path in ts_files():
            missing, gone = differences(path)
            for context, source, _ in sorted(missing):
                print(f"{path.name}: missing [{context}] {source!r}")
            for context, source, _ in sorted(gone):
                print(f"{path.name}: obsolete [{context}] {source!r}")
            stale = stale or bool(missing or gone)
        if stale:
            print("Run: .venv/bin/python tools/update_translations.py")
        return 1 if stale else 0
    for path in ts_files():
        update(path)
        print(f"{path.relative_to(ROOT)}: {len(read_messages(path))} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
