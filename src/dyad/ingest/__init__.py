"""[1] Ingest: files, directories, JSONL, HTML and stdin become `Article` records.

The only package that reads input formats; see `read_articles`.
"""

from dyad.ingest.sources import (
    DEFAULT_MAX_BYTES,
    ReadMeter,
    file_size,
    input_bytes,
    read_articles,
    read_jsonl_range,
    splittable,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadMeter",
    "file_size",
    "input_bytes",
    "read_articles",
    "read_jsonl_range",
    "splittable",
]
