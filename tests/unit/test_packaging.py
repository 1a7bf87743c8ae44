"""The packaging files agree with the code: the spec bundles every resource folder and
every Qt module the app imports, the Linux desktop entry and AppStream metadata parse with
the right ids and version, the icons exist at the sizes promised, and the Windows version
resource carries netbuilder.__version__. The build itself is `make package-test`."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from defusedxml import ElementTree

from netbuilder import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "uk.netbuilder.NetBuilder"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict[str, object]:
    """The spec's module-level constants (it runs only inside PyInstaller)."""
    tree = ast.parse((PACKAGING / "netbuilder.spec").read_text(encoding="utf-8"))
    constants: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return constants


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# the spec ---------------------------------------------------------------------------


def test_the_spec_bundles_every_resource() -> None:
    constants = _spec_constants()
    resources = ROOT / "resources"
    folders = {p.name for p in resources.iterdir() if p.is_dir()}
    files = {p.name for p in resources.iterdir() if p.is_file()}
    assert folders <= set(constants["RESOURCE_FOLDERS"])  # type: ignore[arg-type]
    assert files <= set(constants["RESOURCE_FILES"])  # type: ignore[arg-type]
    spec_text = (PACKAGING / "netbuilder.spec").read_text(encoding="utf-8")
    assert 'ROOT / "forms" / "*.ui"' in spec_text


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "netbuilder").rglob("*.py"):
        found.update(re.findall(r"(?:from|import) PySide6\.(Qt\w+)",
                                path.read_text(encoding="utf-8")))
    return found


def test_the_spec_keeps_every_qt_module_the_app_imports() -> None:
    constants = _spec_constants()
    kept = set(constants["QT_PYTHON_MODULES"])  # type: ignore[arg-type]
    excluded = {name.removeprefix("PySide6.")
                for name in constants["UNUSED_PYTHON"]}  # type: ignore[attr-defined]
    imported = _qt_modules_imported()
    assert {"QtCore", "QtWidgets", "QtPdf", "QtUiTools", "QtNetwork"} <= imported
    assert imported <= kept
    assert not imported & excluded
    assert not kept & excluded
    libraries = constants["QT_LIBRARIES"]
    assert {name.removeprefix("Qt") for name in kept} <= libraries  # type: ignore[operator]


def test_the_spec_leaves_out_what_the_app_does_not_use() -> None:
    constants = _spec_constants()
    excluded = set(constants["UNUSED_PYTHON"])  # type: ignore[arg-type]
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml",
            "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtCharts"} <= excluded
    plugins = constants["QT_PLUGINS"]
    assert isinstance(plugins, dict)
    assert {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"} <= plugins["platforms"]
    assert "qml" not in "".join(plugins)


# Linux desktop entry and AppStream ---------------------------------------------------


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "NetBuilder"
    assert desktop["Exec"] == "netbuilder"
    assert desktop["Icon"] == APP_ID
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"] == "Office;MedicalSoftware;"
    assert desktop["Comment"]


def test_appstream_metainfo() -> None:
    root = ElementTree.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "NetBuilder"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert versions[0] == __version__
    assert root.find("content_rating") is not None


# icons -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    return _load(PACKAGING / "make_icons.py")


def test_the_svg_source_is_square(make_icons: ModuleType) -> None:
    root = ElementTree.parse(ICONS / "netbuilder.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_png_icons_at_every_size(make_icons: ModuleType) -> None:
    assert make_icons.PNG_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"netbuilder-{size}.png").read_bytes()) == (size, size)


def _ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _c, _r, _planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        image = data[offset: offset + length]
        assert len(image) == length and bits == 32
        side = width or 256
        assert (width, height) == (side % 256, side % 256)
        assert _png_size(image) == (side, side)
        sizes.append(side)
    return sizes


def _icns_elements(data: bytes) -> list[tuple[bytes, int]]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    elements, at = [], 8
    while at < len(data):
        kind, length = data[at: at + 4], struct.unpack(">I", data[at + 4: at + 8])[0]
        width, height = _png_size(data[at + 8: at + length])
        assert width == height
        elements.append((kind, width))
        at += length
    assert at == len(data)
    return elements


def test_windows_icon(make_icons: ModuleType) -> None:
    assert _ico_sizes((ICONS / "netbuilder.ico").read_bytes()) == list(make_icons.ICO_SIZES)


def test_macos_icon(make_icons: ModuleType) -> None:
    elements = _icns_elements((ICONS / "netbuilder.icns").read_bytes())
    assert elements == list(make_icons.ICNS_TYPES)
    assert {size for _, size in elements} == {16, 32, 64, 128, 256, 512}


def _fake_png(size: int) -> bytes:
    return PNG_SIGNATURE + struct.pack(">I4sII", 13, b"IHDR", size, size) + b"\x08\x06\0\0\0"


def test_the_containers_written_read_back(make_icons: ModuleType) -> None:
    pngs = {size: _fake_png(size) for size in (16, 32, 64, 128, 256, 512)}
    assert _ico_sizes(make_icons.ico_bytes({16: pngs[16], 256: pngs[256]})) == [16, 256]
    assert _icns_elements(make_icons.icns_bytes(pngs)) == list(make_icons.ICNS_TYPES)


# Windows version resource, pins, ignored folders --------------------------------------


def test_windows_version_resource_carries_the_version() -> None:
    maker = _load(PACKAGING / "windows" / "make_version_info.py")
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    assert text == maker.version_info_text(__version__)  # the committed copy is current
    numbers = tuple(int(n) for n in __version__.split("."))
    assert maker.version_numbers(__version__) == (*numbers, *(0,) * (4 - len(numbers)))
    assert maker.version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    found = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert found["FileVersion"] == found["ProductVersion"] == __version__
    assert found["OriginalFilename"] == "NetBuilder.exe"
    assert f"filevers={maker.version_numbers(__version__)}" in text


def test_pyinstaller_is_pinned_in_the_package_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (pin,) = project["optional-dependencies"]["package"]
    assert re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", pin)


def test_build_output_is_ignored_and_icons_are_not() -> None:
    def ignored(path: str) -> bool:
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT).returncode == 0

    assert ignored("build/netbuilder/x.toc")
    assert ignored("dist/netbuilder/netbuilder")
    assert not ignored("resources/icons/netbuilder-16.png")
    assert not ignored("packaging/netbuilder.spec")
