"""The rotating log: what a support person needs, and never any client text.

Log calls pass fixed text and, as arguments, only numbers, booleans and ``Safe`` values
made here from ids and code names (``short_id``, ``error_kind``). The handler's filter
(``PrivacyFilter``) is the last line of defence, so that a careless call cannot leak:

- only the ``netbuilder`` loggers (Qt's messages come in as ``netbuilder.qt``) are kept;
- the message must be a string constant in the source of the module that logged it: an
  f-string, ``str(error)`` or text formatted before the call is withheld;
- any other argument (a str, a path, a model object) is withheld;
- an exception is written as its type and its frames (file:line:function), never its
  message (a pydantic ``ValidationError`` quotes the input) and never its locals.

No Qt here: the app, the CLI and the GUI all use it.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import logging
import os
import re
import stat
import sys
import threading
import traceback
import uuid
from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import CodeType, TracebackType
from typing import Any

import appdirs

APP_NAME = "NetBuilder"
ENV_LOG_DIR = "NETBUILDER_LOG_DIR"
ENV_LOG_LEVEL = "NETBUILDER_LOG_LEVEL"
LOG_NAME = "netbuilder.log"
MAX_BYTES = 512 * 1024
BACKUPS = 5
FOLDER_MODE = 0o700
FILE_MODE = 0o600
ROOT_LOGGER = "netbuilder"
WITHHELD = "<withheld>"
MAX_FRAMES = 12
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log = logging.getLogger(__name__)
_setup_lock = threading.Lock()
# without a handler of its own, logging's last resort would print warnings, formatted with
# their arguments, to stderr (which launchers may capture into files)
logging.getLogger(ROOT_LOGGER).addHandler(logging.NullHandler())


class Safe(str):
    """Text vouched for as holding no client text: made from random ids and code names
    (exception types, function names, error codes), never from anything a person typed."""

    __slots__ = ()


# what may be logged ----------------------------------------------------------------------


def short_id(value: uuid.UUID) -> Safe:
    """A random id's first 8 hex digits: enough to match lines up, not to identify."""
    return Safe(value.hex[:8])


_CODE_NAME = re.compile(r"[A-Za-z_][\w.<>]{0,200}")


def error_kind(error: BaseException) -> Safe:
    """The error's type, with its OS error code or SQLite error name when it has one."""
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    if not _CODE_NAME.fullmatch(name):
        name = "Exception"
    return Safe(name + _error_code(error))


def _error_code(error: BaseException) -> str:
    if isinstance(error, OSError) and isinstance(error.errno, int):
        return f" [{errno.errorcode.get(error.errno, str(error.errno))}]"
    sqlite_name = getattr(error, "sqlite_errorname", None)
    if isinstance(sqlite_name, str) and re.fullmatch(r"SQLITE_[A-Z_]{1,40}", sqlite_name):
        return f" [{sqlite_name}]"
    return _validation_types(error)


def _validation_types(error: BaseException) -> str:
    """pydantic's error types (``string_too_long``...): its messages and inputs stay out."""
    if type(error).__name__ != "ValidationError" or not type(error).__module__.startswith(
            "pydantic"):
        return ""
    try:
        details = error.errors(include_url=False, include_context=False,  # type: ignore[attr-defined]
                               include_input=False)
        types = sorted({str(d.get("type", "")) for d in details})
    except Exception:  # an unexpected pydantic version: the type name alone will do
        return ""
    kept = [t for t in types if re.fullmatch(r"[a-z_]{1,60}", t)]
    return f" [{len(details)} errors: {', '.join(kept[:8])}]"


def describe_error(error: BaseException) -> Safe:
    """Type and frames (innermost last), then the types of the errors it came from."""
    text = error_kind(error) + _frames(error.__traceback__)
    seen = {id(error)}
    cause = _cause(error)
    while cause is not None and id(cause) not in seen and len(seen) < 4:
        seen.add(id(cause))
        text += f" (from {error_kind(cause)}{_frames(cause.__traceback__)})"
        cause = _cause(cause)
    return Safe(text)


def _cause(error: BaseException) -> BaseException | None:
    if error.__cause__ is not None:
        return error.__cause__
    return None if error.__suppress_context__ else error.__context__


def _frames(tb: TracebackType | None) -> str:
    frames = [f"{Path(f.f_code.co_filename).name}:{line}:{f.f_code.co_qualname}"
              for f, line in traceback.walk_tb(tb)]
    if not frames:
        return ""
    if len(frames) > MAX_FRAMES:
        frames = ["...", *frames[-MAX_FRAMES:]]
    return " at " + " > ".join(frames)


def log_exception(logger: logging.Logger, where: str, error: BaseException,
                  level: int = logging.ERROR) -> None:
    """Log that ``error`` happened at ``where`` (fixed text naming the place): its type and
    frames, never its message or locals."""
    logger.log(level, where, extra={"error_trace": describe_error(error)}, stacklevel=2)


# the last line of defence ----------------------------------------------------------------


class PrivacyFilter(logging.Filter):
    """Keeps the netbuilder loggers only and rewrites each record so that only fixed text,
    numbers and ``Safe`` values remain (see the module's docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name != ROOT_LOGGER and not record.name.startswith(ROOT_LOGGER + "."):
            return False
        trace = getattr(record, "error_trace", None)
        if record.exc_info and record.exc_info[1] is not None:
            trace = describe_error(record.exc_info[1])
        message = _vouched_message(record)
        record.msg = message + (f" | {trace}" if isinstance(trace, Safe) else "")
        record.args = ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _vouched_message(record: logging.LogRecord) -> str:
    template = record.msg
    if not isinstance(template, str) or not (
            isinstance(template, Safe) or template in _constants_in(record.pathname)):
        return f"{WITHHELD} (not fixed text: {record.filename}:{record.lineno})"
    args = record.args
    if not args:
        return template
    clean: tuple[object, ...] | dict[str, object]
    if isinstance(args, Mapping):
        clean = {str(k): _vouched_arg(v) for k, v in args.items()}
    else:
        clean = tuple(_vouched_arg(a) for a in args)
    try:
        return template % clean
    except (TypeError, ValueError, KeyError):
        return f"{template} ({WITHHELD} arguments)"


def _vouched_arg(value: object) -> object:
    if value is None or type(value) in (bool, int, float) or isinstance(value, Safe):
        return value
    if isinstance(value, Enum):  # the model's vocabularies: names written in the code
        return Safe(f"{type(value).__name__}.{value.name}")
    return WITHHELD


@functools.lru_cache(maxsize=512)
def _constants_in(pathname: str) -> frozenset[str]:
    """Every string constant in the module at ``pathname`` (its functions' too)."""
    code = _module_code(pathname)
    found: set[str] = set()
    stack = [code] if code is not None else []
    while stack:
        for const in stack.pop().co_consts:
            if isinstance(const, str):
                found.add(const)
            elif isinstance(const, CodeType):
                stack.append(const)
            elif isinstance(const, tuple | frozenset):
                found.update(c for c in const if isinstance(c, str))
    return frozenset(found)


def _module_code(pathname: str) -> CodeType | None:
    """The module's code from its loader (works without sources), else compiled from them."""
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) != pathname:
            continue
        get_code = getattr(getattr(module, "__loader__", None), "get_code", None)
        try:
            code = get_code(module.__name__) if get_code is not None else None
        except Exception:  # a loader that cannot: fall back to the source
            code = None
        if isinstance(code, CodeType):
            return code
    try:
        with io.open_code(pathname) as source:
            return compile(source.read(), pathname, "exec", dont_inherit=True)
    except (OSError, SyntaxError, ValueError):
        return None


# the file --------------------------------------------------------------------------------


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are the owner's only (0600), rotated ones included."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        try:
            _make_private(Path(self.baseFilename), FILE_MODE)
        except OSError:
            os.close(fd)
            raise
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:
        super().doRollover()
        for n in range(1, self.backupCount + 1):
            rotated = Path(f"{self.baseFilename}.{n}")
            if rotated.exists():
                _make_private(rotated, FILE_MODE)

    def handleError(self, record: logging.LogRecord) -> None:
        """One line naming the error's type: logging's own report would print the record."""
        if logging.raiseExceptions:
            kind = type(sys.exc_info()[1]).__name__
            _notice(f"NetBuilder: a log line could not be written ({kind}).")


class _IsoFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created).astimezone().isoformat(
            timespec="milliseconds")


def _make_private(path: Path, mode: int) -> None:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)


def default_log_dir() -> Path:
    """The user log folder; ``NETBUILDER_LOG_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get(ENV_LOG_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(appdirs.user_log_dir(APP_NAME, APP_NAME))


def log_level() -> int:
    """INFO, or the level named in ``NETBUILDER_LOG_LEVEL`` (DEBUG, WARNING...)."""
    name = os.environ.get(ENV_LOG_LEVEL, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


def setup_logging(log_dir: Path | None = None) -> Path | None:
    """Start the rotating log in ``log_dir`` (default: the user log folder) and return the
    folder; None when it cannot be written (the app runs on without a log). Calling it
    again keeps one handler: the same folder is kept, another one replaces it."""
    folder = (log_dir or default_log_dir()).expanduser().absolute()
    logger = logging.getLogger(ROOT_LOGGER)
    with _setup_lock:
        current = _our_handler(logger)
        if current is not None and Path(current.baseFilename).parent == folder:
            logger.setLevel(log_level())
            return folder
        try:
            folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            _make_private(folder, FOLDER_MODE)
            handler = PrivateRotatingFileHandler(folder / LOG_NAME)
        except OSError as e:
            _notice(f"NetBuilder: the log could not be started ({type(e).__name__}).")
            return None
        handler.setFormatter(_IsoFormatter(FORMAT))
        handler.addFilter(PrivacyFilter())
        if current is not None:
            logger.removeHandler(current)
            current.close()
        logger.addHandler(handler)
        logger.setLevel(log_level())
    _log.info("log started (level %s)", Safe(logging.getLevelName(logger.level)))
    return folder


def stop_logging() -> None:
    """Close the log (at exit, or at the end of a test)."""
    logger = logging.getLogger(ROOT_LOGGER)
    with _setup_lock:
        handler = _our_handler(logger)
        if handler is not None:
            logger.removeHandler(handler)
            handler.close()
            logger.setLevel(logging.NOTSET)  # as it was before ``setup_logging``


def _our_handler(logger: logging.Logger) -> PrivateRotatingFileHandler | None:
    return next((h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)), None)


# unexpected errors -----------------------------------------------------------------------


def install_excepthook() -> None:
    """Log unexpected errors (main thread and others) as type and frames, and print one
    line without the message: stderr may be captured into files by launchers."""
    sys.excepthook = _unexpected
    threading.excepthook = _unexpected_in_thread


def _unexpected(kind: type[BaseException], error: BaseException | None,
                tb: TracebackType | None) -> None:
    if error is None:
        error = kind()
    if error.__traceback__ is None and tb is not None:
        error = error.with_traceback(tb)
    log_exception(_log, "unexpected error", error, logging.CRITICAL)
    _notice(f"NetBuilder: an unexpected error ({type(error).__name__}); "
            "the log holds where it happened.")


def _unexpected_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:  # as the default hook: a thread's normal way out
        return
    _unexpected(args.exc_type, args.exc_value, args.exc_traceback)


def _notice(line: str) -> None:
    stream = sys.stderr
    if stream is not None:  # no console (a windowed app on Windows)
        with contextlib.suppress(OSError, ValueError):
            print(line, file=stream)
