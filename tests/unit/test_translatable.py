"""Every user-visible string can be extracted for translation (lupdate), in the context the
app looks it up in, and resources/translations/netbuilder_en_GB.ts is up to date.

lupdate only extracts literals in calls it recognises; a module-level ``tr("...")`` is
extracted under the empty context (tools/update_translations.py files it under its module's
context), and ``tr(variable)`` is not extracted at all unless the variable's text is marked
elsewhere with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from netbuilder.gui import vocab_text
from netbuilder.gui.fields import nice
from netbuilder.model import ROLE_MEANINGS, vocab
from netbuilder.model.demo import build_demo
from tests.gui.shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, quick_store

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "netbuilder" / "gui"
CATALOGUE = ROOT / "resources" / "translations" / "netbuilder_en_GB.ts"
APP_CONTEXTS = re.compile(r"(?!Q[A-Z])[A-Z]\w*")  # Qt's own contexts are its class names

# Calls in files other engineers own that still translate a variable; each must be fixed
# there (see the report for issue 7), and then removed from here.
OWNED_ELSEWHERE: set[tuple[str, str]] = set()


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue() -> set[tuple[str, str]]:
    """(context, source text) of every string in the committed .ts."""
    root = ET.parse(CATALOGUE).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.findall("message")}


def gui_modules() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


# the committed catalogue --------------------------------------------------------------


def test_committed_catalogue_is_what_lupdate_extracts_now() -> None:
    missing, gone = tool().differences(CATALOGUE)
    assert not missing, "not in netbuilder_en_GB.ts (run tools/update_translations.py): " + \
        ", ".join(f"[{c}] {s!r}" for c, s, _ in sorted(missing)[:20])
    assert not gone, "obsolete in netbuilder_en_GB.ts (run tools/update_translations.py): " + \
        ", ".join(f"[{c}] {s!r}" for c, s, _ in sorted(gone)[:20])


def test_catalogue_is_en_gb_and_has_no_string_without_a_context() -> None:
    root = ET.parse(CATALOGUE).getroot()
    assert root.get("sourcelanguage") == "en_GB" and root.get("language") == "en_GB"
    names = [c.findtext("name") or "" for c in root.iter("context")]
    assert "" not in names
    assert names == sorted(names)
    assert len(catalogue()) > 1000


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(tree: ast.Module) -> str | None:
    constants = {t.id: _literal(n.value) for n in tree.body if isinstance(n, ast.Assign)
                 for t in n.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            call = next(c for c in ast.walk(node) if isinstance(c, ast.Call))
            first = call.args[0]
            return _literal(first) or (constants.get(first.id) if isinstance(first, ast.Name)
                                       else None)
    return None


def _marked_in_code(path: Path) -> Iterator[tuple[str, str]]:
    """(context, text) of each literal a module translates or marks: its own tr("..."),
    translate("Ctx", "...") and QT_TRANSLATE_NOOP("Ctx", "...")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _helper_context(tree)
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _callee(call)
        if name == "tr" and isinstance(call.func, ast.Name) and own and call.args:
            text = _literal(call.args[0])
            if text:
                yield own, text
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
            context, text = _literal(call.args[0]), _literal(call.args[1])
            if context and text:
                yield context, text


def test_every_literal_in_the_gui_is_in_the_catalogue_under_its_context() -> None:
    """Read from the code without lupdate: a module's tr("...") strings are filed under the
    context its tr helper asks for at run time, not under the empty one."""
    have = catalogue()
    wanted = {pair for path in gui_modules() for pair in _marked_in_code(path)}
    assert len(wanted) > 800
    assert sorted(wanted - have) == []
    assert ("MapStatus", "{n} person") in have and ("", "{n} person") not in have


# every translation call can be extracted ---------------------------------------------


def _callee(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr"
    if (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id.endswith("Application")):
        return "translate"
    return None


def _noop_names(tree: ast.Module) -> set[str]:
    """Module-level names bound to a QT_TRANSLATE_NOOP literal, or to a table of them."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            value, targets = node.value, node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            value, targets = node.value, [node.target]
        else:
            continue
        if any(isinstance(c, ast.Call) and _callee(c) == "QT_TRANSLATE_NOOP"
               for c in ast.walk(value)):
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


MARK = re.compile(r"# i18n: marked in (\w+)")


def _unextractable(path: Path) -> Iterator[tuple[str, str]]:
    """(file, call) for each translation call whose text lupdate cannot extract and that
    does not point, with ``# i18n: marked in NAME``, at where the text is marked."""
    source = path.read_text(encoding="utf-8")
    tree, lines = ast.parse(source), source.splitlines()
    noop = _noop_names(tree)
    helpers = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "tr"]
    inside_helper = {id(c) for f in helpers for c in ast.walk(f)}
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _callee(call)
        if name not in ("tr", "translate") or id(call) in inside_helper:
            continue
        args = call.args[:1] if name == "tr" else call.args[:2]
        text = args[-1] if args else None
        if name == "translate" and not (args and _literal(args[0])):
            yield path.name, ast.unparse(call)  # a context lupdate cannot read
        elif _literal(text) or (isinstance(text, ast.Name) and text.id in noop):
            continue
        elif not _points_at_a_table(lines[call.lineno - 1:call.end_lineno], noop):
            yield path.name, ast.unparse(call)


def _points_at_a_table(lines: list[str], noop: set[str]) -> bool:
    for line in lines:
        found = MARK.search(line)
        if found:
            where = found.group(1)
            return where in noop or (GUI / f"{where}.py").exists() or \
                (GUI / "canvas" / f"{where}.py").exists()
    return False


def test_every_translation_call_in_the_gui_has_text_lupdate_can_extract() -> None:
    found = {hit for path in gui_modules() for hit in _unextractable(path)}
    assert sorted(found - OWNED_ELSEWHERE) == []
    # once fixed where they live, these leave the list
    assert sorted(OWNED_ELSEWHERE - found) == []


def test_the_scan_catches_a_variable_an_f_string_and_an_unknown_context(
        tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication\n"
        "CONTEXT = 'Sample'\n"
        "MARKED = QT_TRANSLATE_NOOP('Sample', 'Marked')\n"
        "def tr(text):\n    return QCoreApplication.translate('Sample', text)\n"
        "def shown(value, name):\n"
        "    return [tr('Literal'), tr(MARKED), tr(value), tr(f'Hi {name}'),\n"
        "            QCoreApplication.translate(CONTEXT, 'Lost'),\n"
        "            tr(value),  # i18n: marked in MARKED\n"
        "            tr(value)]  # i18n: marked in NOWHERE\n", encoding="utf-8")
    found = sorted(call for _, call in _unextractable(module))
    assert found == ["QCoreApplication.translate(CONTEXT, 'Lost')", "tr(f'Hi {name}')",
                     "tr(value)", "tr(value)"]


# the vocabulary --------------------------------------------------------------------------

LABELLED: tuple[type[StrEnum], ...] = (
    vocab.NodeKind, vocab.PersonCategory, vocab.PlaceCategory, vocab.Effect, vocab.Frequency,
    vocab.Wants, vocab.Role, vocab.Profession, vocab.LinkKind, vocab.GoalTheme,
    vocab.GoalStatus, vocab.ReferralStatus)
SHOWN_MID_SENTENCE: tuple[type[StrEnum], ...] = (
    vocab.PersonCategory, vocab.PlaceCategory, vocab.Effect, vocab.Frequency, vocab.Wants,
    vocab.Role, vocab.Profession, vocab.LinkKind)


def test_every_vocabulary_value_is_marked_in_the_forms_it_is_shown_in() -> None:
    labels = {nice(v.value) for enum in LABELLED for v in enum}
    words = {v.value for enum in SHOWN_MID_SENTENCE for v in enum}
    assert set(vocab_text.LABELS) == labels
    assert set(vocab_text.WORDS) == words
    assert vocab_text.ROLE_MEANINGS == ROLE_MEANINGS
    have = catalogue()
    assert {("Vocabulary", text) for text in labels | words} <= have
    assert {("Vocabulary", text) for text in ROLE_MEANINGS.values()} <= have


# what the window asks for at run time is in the catalogue ---------------------------------


class Recording(QTranslator):
    """Remembers every (context, text) the app asks to translate; changes nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        self.asked.add((context, source))
        return source

    def isEmpty(self) -> bool:
        return False


@OFFSCREEN_SIZE_HINTS
def test_what_the_window_asks_to_translate_is_in_the_catalogue(
        qtbot: QtBot, tmp_path: Path) -> None:
    recording = Recording()
    QCoreApplication.installTranslator(recording)
    try:
        with quick_store(tmp_path / "data") as store:
            demo = add_client(store, "", record=build_demo())
            window = open_window(qtbot, store)
            window.open_client(demo.id)
            _look_everywhere(window, qtbot)
            window.close()
    finally:
        QCoreApplication.removeTranslator(recording)
    ours = {(c, s) for c, s in recording.asked if APP_CONTEXTS.fullmatch(c)}
    assert len(ours) > 150
    assert {c for c, _ in ours} >= {"MainWindow", "Canvas", "Vocabulary", "Presets",
                                    "SummaryPanel", "CaseloadModel"}
    assert sorted(ours - catalogue() - _client_text()) == []


def _look_everywhere(window: object, qtbot: QtBot) -> None:
    """Paint the map, legend and panels, and build every node's tooltip and every menu."""
    from netbuilder.gui.canvas.items import NodeItem
    from netbuilder.gui.window import MainWindow

    assert isinstance(window, MainWindow)
    scene = window.canvas.map_scene
    for item in scene.items():
        if isinstance(item, NodeItem):
            item.toolTip()
    window.canvas.viewport().grab()
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
    window.summary_dock.panel.refresh()
    window.guide_dock.raise_()
    first = window.doc.network.nodes[0].id
    scene.select_ids([first])
    qtbot.wait(10)
    window.grab()


def _client_text() -> set[tuple[str, str]]:
    """Categories typed for activities (free text, not vocabulary) are looked up as words
    and, having no translation, shown as typed."""
    demo = build_demo().current_map
    return {("Vocabulary", n.category) for n in demo.nodes
            if n.kind is vocab.NodeKind.ACTIVITY}


def test_every_field_named_in_an_undo_text_is_marked() -> None:
    """Properties names the field it changes ("Change how often") with tr(what): each name
    that map_fields and properties pass must be in the marked table."""
    from netbuilder.gui import properties

    named = set()
    for module in ("properties.py", "map_fields.py"):
        tree = ast.parse((GUI / module).read_text(encoding="utf-8"))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = call.func
            callee = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if callee in ("e", "_edit") and call.args and _literal(call.args[0]):
                named.add(_literal(call.args[0]))
    assert len(named) >= 10
    assert named <= set(properties._FIELD_NAMES)
    assert {("Properties", name) for name in properties._FIELD_NAMES} <= catalogue()
    assert ("Properties", "Change label of ring {ring}") in catalogue()


def test_a_translation_made_in_a_ts_file_reaches_the_app(qapp: QCoreApplication,
                                                        tmp_path: Path) -> None:
    """A translator's netbuilder_cy.ts keeps its work when updated, and once compiled the
    app's own lookups (module tr helpers, the vocabulary, presets) find it."""
    import PySide6

    from netbuilder.gui.fields import vocabulary
    from netbuilder.gui.presets import PRESETS
    from netbuilder.gui.status import node_counts

    welsh = tmp_path / "netbuilder_cy.ts"
    welsh.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="cy" sourcelanguage="en_GB">\n'
        + "".join(f"<context><name>{c}</name><message><source>{s}</source>"
                  f'<translation>{t}</translation></message><message><source>gone</source>'
                  '<translation>wedi mynd</translation></message></context>\n'
                  for c, s, t in [("MapStatus", "{n} people", "{n} o bobl"),
                                  ("Vocabulary", "Shop or café", "Siop neu gaffi"),
                                  ("Presets", "Mum", "Mam")])
        + "</TS>\n", encoding="utf-8")
    tool().update(welsh)
    kept = tool().read_messages(welsh)
    assert kept[("Presets", "Mum", "")].findtext("translation") == "Mam"
    assert ("Presets", "gone", "") not in kept
    assert len(kept) == len(catalogue())
    compiled = tmp_path / "netbuilder_cy.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(welsh), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert vocabulary("shop or café") == "Siop neu gaffi"
        assert next(p for p in PRESETS if p.label == "Mum").shown_label() == "Mam"
        assert "2 o bobl" in node_counts(build_demo().current_map.model_copy(update={
            "nodes": tuple(n for n in build_demo().current_map.nodes
                           if n.kind is vocab.NodeKind.PERSON)[:2]}))
    finally:
        QCoreApplication.removeTranslator(translator)
