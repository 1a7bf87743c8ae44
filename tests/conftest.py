"""Shared fixtures. Qt runs offscreen; set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile

# the app's log goes to a folder of the run's own, never to the user's log folder
os.environ["NETBUILDER_LOG_DIR"] = tempfile.mkdtemp(prefix="netbuilder-test-logs-")

from collections.abc import Iterator
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.model.demo import build_demo

TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def demo_record() -> ClientRecord:
    return build_demo()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data folder that the app and CLI will use, with the test passphrase."""
    folder = tmp_path / "data"
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(folder))
    monkeypatch.setenv("NETBUILDER_PASSPHRASE", TEST_PASSPHRASE)
    yield folder
