"""Interchange files: the NetBuilder JSON file, GraphML and CSV (no Qt).

Readers cap a file's size, parse it safely and validate it with the model in
strict mode; every fault is a one-line ``FileFormatError``. Writers replace the
target atomically.
"""

from .any_file import export_any, load_any
from .atomic import atomic_write_bytes, atomic_write_text
from .csv_export import csv_paths, write_csv
from .graphml import graphml_text, write_graphml
from .graphml_read import load_graphml, load_graphml_bytes
from .json_file import dump_record, json_schema, load_json, load_record_bytes, write_json
from .safety import MAX_FILE_BYTES, MAX_NODES, FileFormatError, read_capped

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "FileFormatError",
    "atomic_write_bytes",
    "atomic_write_text",
    "csv_paths",
    "dump_record",
    "export_any",
    "graphml_text",
    "json_schema",
    "load_any",
    "load_graphml",
    "load_graphml_bytes",
    "load_json",
    "load_record_bytes",
    "read_capped",
    "write_csv",
    "write_graphml",
    "write_json",
]
