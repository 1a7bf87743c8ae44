"""Write packaging/windows/version_info.txt, the Windows version resource, from
netbuilder.__version__ (PyInstaller's format). The spec runs it on every Windows build;
run it by hand after changing the version so the committed copy agrees:

    .venv/bin/python packaging/windows/make_version_info.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGET = HERE / "version_info.txt"

TEMPLATE = """\
# The Windows version resource of NetBuilder.exe and netbuilder-cli.exe.
# Made by packaging/windows/make_version_info.py from netbuilder.__version__: do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('080904b0', [
        StringStruct('CompanyName', 'NetBuilder'),
        StringStruct('FileDescription', 'NetBuilder: wellbeing network maps'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', 'NetBuilder'),
        StringStruct('LegalCopyright', 'MIT licence'),
        StringStruct('OriginalFilename', 'NetBuilder.exe'),
        StringStruct('ProductName', 'NetBuilder'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0809, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0): Windows wants four numbers (a suffix such as rc1 is dropped)."""
    parts = []
    for piece in version.split(".")[:4]:
        leading = re.match(r"\d*", piece)
        parts.append(int(leading.group() or 0) if leading else 0)
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def version_info_text(version: str) -> str:
    return TEMPLATE.format(version=version, numbers=version_numbers(version))


def write_version_info(target: Path = TARGET) -> Path:
    sys.path.insert(0, str(ROOT))
    from netbuilder import __version__

    target.write_text(version_info_text(__version__), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_version_info())
