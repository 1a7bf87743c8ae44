"""Build hook: the wheel carries resources/ and forms/ as netbuilder/_data/, where
netbuilder/resources.py looks for them in an installed copy (a checkout and a PyInstaller
bundle find them elsewhere). Everything else about the package is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"resources": ("fonts/*.ttf", "fonts/*.txt", "icons/*", "style.qss",
                         "translations/*.qm"),
           "forms": ("*.ui",)}


class BuildWithData(build_py):
    """``build_py`` that also copies the run-time data into ``netbuilder/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which has the folders
        target = Path(self.build_lib) / "netbuilder" / "_data"
        for top, patterns in SHIPPED.items():
            for pattern in patterns:
                for source in sorted((ROOT / top).glob(pattern)):
                    destination = target / top / source.relative_to(ROOT / top)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, destination)


setup(cmdclass={"build_py": BuildWithData})
