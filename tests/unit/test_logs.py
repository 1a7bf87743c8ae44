"""The rotating log: private files, rotation, and no client text getting in (the filter
is the last line of defence, whatever the call site does)."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from netbuilder import logs
from netbuilder.logs import Safe, log_exception, setup_logging, short_id
from netbuilder.model import Client
from tests.helpers import encodings, file_contents

# made at run time, as client text is: never a constant in this module's code
PLANTED = "-".join(["Zebedee", "Quixote", "7431"])
log = logging.getLogger("netbuilder.tests")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(folder))
    monkeypatch.delenv(logs.ENV_LOG_LEVEL, raising=False)
    yield folder
    logs.stop_logging()


def log_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


def texts_found(folder: Path, texts: dict[str, str]) -> list[str]:
    """Which of the (ASCII) texts are in which files under ``folder``, in UTF-8 or UTF-16,
    in any mix of upper and lower case."""
    found = []
    for path, data in file_contents(folder):
        folded = data.lower()  # bytes.lower() folds ASCII letters only, in either encoding
        found += [f"{key} in {path.name}" for key, text in texts.items()
                  if any(needle in folded for needle in encodings(text.lower()))]
    return found


def planted_found(folder: Path) -> list[str]:
    return texts_found(folder, {"planted": PLANTED})


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger(logs.ROOT_LOGGER).handlers
            if isinstance(h, logs.PrivateRotatingFileHandler)]


def test_setup_writes_to_the_folder_owner_only(log_dir: Path) -> None:
    old_umask = os.umask(0o022)  # what would make files 0644 and folders 0755
    try:
        assert setup_logging() == log_dir
        log.info("client opened: %s", short_id(uuid.UUID(int=0xABCDEF12 << 96)))
    finally:
        os.umask(old_umask)
    assert mode(log_dir) == 0o700
    assert [p.name for p in log_dir.iterdir()] == [logs.LOG_NAME]
    assert mode(log_dir / logs.LOG_NAME) == 0o600
    last = log_text(log_dir).splitlines()[-1]
    when, level, name, message = last.split(" ", 3)
    assert when[:4].isdigit() and "T" in when  # ISO time
    assert (level, name, message) == ("INFO", "netbuilder.tests:", "client opened: abcdef12")


def test_setting_up_twice_keeps_one_handler(log_dir: Path) -> None:
    setup_logging()
    setup_logging()
    assert len(our_handlers()) == 1
    log.warning("one line")
    assert log_text(log_dir).count("one line") == 1


def test_another_folder_replaces_the_handler(log_dir: Path, tmp_path: Path) -> None:
    setup_logging()
    other = setup_logging(tmp_path / "elsewhere")
    assert other == tmp_path / "elsewhere" and len(our_handlers()) == 1
    log.warning("in the other folder")
    assert "in the other folder" in log_text(other)
    assert "in the other folder" not in log_text(log_dir)


def test_rotation_keeps_the_files_private(log_dir: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        setup_logging()
        (handler,) = our_handlers()
        assert isinstance(handler, logs.PrivateRotatingFileHandler)
        handler.maxBytes = 2_000  # rotate after a few lines rather than 512 KB
        for n in range(400):
            log.warning("line %d of the rotation test", n)
    finally:
        os.umask(old_umask)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{n}" for n in range(1, logs.BACKUPS + 1)]
    assert {p.name: mode(p) for p in log_dir.iterdir()} == dict.fromkeys(names, 0o600)
    assert "line 399 of the rotation test" in (log_dir / logs.LOG_NAME).read_text("utf-8")


def test_a_validation_error_leaves_its_input_out(log_dir: Path) -> None:
    setup_logging()
    with pytest.raises(ValidationError) as caught:
        Client(display_name=PLANTED, local_ref=PLANTED * 3)  # the reference is too long
    assert PLANTED in str(caught.value)  # pydantic quotes the input: the log must not
    log_exception(log, "client check failed", caught.value)
    text = log_text(log_dir)
    assert "client check failed | pydantic_core._pydantic_core.ValidationError" in text
    assert "[1 errors: string_too_long]" in text
    assert planted_found(log_dir) == []


def test_text_the_filter_cannot_vouch_for_is_withheld(log_dir: Path) -> None:
    setup_logging()
    log.info(f"client {PLANTED} opened")  # the careless call under test
    log.info("client %s opened", PLANTED)
    log.info("client %(name)s opened, %(count)d nodes", {"name": PLANTED, "count": 3})
    log.info("path %s", Path(PLANTED))
    log.info("%s", Safe("kept") + "")  # a str built from Safe is no longer vouched for
    logging.getLogger("elsewhere").warning("not ours: %s", "dropped")
    lines = log_text(log_dir).splitlines()[1:]  # after "log started"
    messages = [line.split(": ", 1)[1] for line in lines]
    assert messages[0].startswith("<withheld> (not fixed text: test_logs.py:")
    assert messages[1:] == ["client <withheld> opened", "client <withheld> opened, 3 nodes",
                            "path <withheld>", "<withheld>"]
    assert planted_found(log_dir) == []


def test_numbers_enums_and_safe_values_are_kept(log_dir: Path) -> None:
    from netbuilder.model import Role

    setup_logging()
    log.info("%d nodes, %.1f s, archived %s, %s, role %s, id %s", 12, 0.5, True, None,
             Role.BRIDGE_BUILDER, short_id(uuid.UUID(int=0x12345678 << 96)))
    assert log_text(log_dir).splitlines()[-1].endswith(
        "12 nodes, 0.5 s, archived True, None, role Role.BRIDGE_BUILDER, id 12345678")


def _fails_with_planted_text() -> None:
    raise KeyError(PLANTED)


def test_logger_exception_writes_type_and_frames_only(log_dir: Path) -> None:
    setup_logging()
    try:
        _fails_with_planted_text()
    except KeyError:
        log.exception("lookup failed")
    text = log_text(log_dir)
    assert "lookup failed | KeyError at test_logs.py:" in text
    assert ":_fails_with_planted_text" in text
    assert "Traceback" not in text and planted_found(log_dir) == []


def test_an_error_is_described_with_its_code_and_cause() -> None:
    try:
        try:
            raise FileNotFoundError(2, "No such file", PLANTED)
        except OSError as e:
            raise RuntimeError(PLANTED) from e
    except RuntimeError as error:
        described = logs.describe_error(error)
    assert described.startswith("RuntimeError at test_logs.py:")
    assert "(from FileNotFoundError [ENOENT] at test_logs.py:" in described
    assert PLANTED not in described


def test_unexpected_errors_are_logged_as_type_and_frames(
        log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging()
    hooks = sys.excepthook, threading.excepthook
    try:
        logs.install_excepthook()
        logs.install_excepthook()  # idempotent
        try:
            _fails_with_planted_text()
        except KeyError:
            sys.excepthook(*sys.exc_info())
        worker = threading.Thread(target=_fails_with_planted_text, name="worker")
        worker.start()
        worker.join()
    finally:
        sys.excepthook, threading.excepthook = hooks
    lines = [line for line in log_text(log_dir).splitlines() if "unexpected error" in line]
    assert len(lines) == 2
    for line in lines:
        assert " CRITICAL netbuilder.logs: unexpected error | KeyError at " in line
        assert "test_logs.py:" in line and ":_fails_with_planted_text" in line
    stderr = capsys.readouterr().err.splitlines()
    assert stderr == ["NetBuilder: an unexpected error (KeyError); "
                      "the log holds where it happened."] * 2
    assert planted_found(log_dir) == []


def test_the_level_comes_from_the_environment(log_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.ENV_LOG_LEVEL, "debug")
    setup_logging()
    log.debug("a debug line")
    monkeypatch.setenv(logs.ENV_LOG_LEVEL, "nonsense")
    setup_logging()
    log.debug("a second debug line")
    text = log_text(log_dir)
    assert "a debug line" in text and "a second debug line" not in text


def test_a_folder_that_cannot_be_made_leaves_no_log(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "logs") is None
    assert our_handlers() == []
    assert capsys.readouterr().err.strip() == (
        "NetBuilder: the log could not be started (NotADirectoryError).")
