"""Bytes to text, refusing what is not text: empty, binary, NUL-holding or undecodable input.

Most input is UTF-8, so UTF-8 is tried first and costs one ``bytes.decode``. A byte-order mark
is honoured (UTF-8, UTF-16, UTF-32); UTF-16/32 without one is recognised by where its zero
bytes fall; anything else that is not UTF-8 goes to charset detection (charset_normalizer),
which is only run on input that UTF-8 refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from dyad.errors import InputError

_SNIFF_BYTES = 8192
# Share of control characters (other than tab/newline/CR/form feed/escape) above which a
# buffer is binary. Text in any encoding has almost none; 5% leaves room for stray junk in
# real crawls.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
_CONTROLS = "".join(f"\\x{c:02x}" for c in range(32) if c not in _TEXT_CONTROLS)
_CONTROL_BYTES = bytes(c for c in range(32) if c not in _TEXT_CONTROLS)
_CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Text in UTF-16 without a mark is recognised when at least this share of the code units in
# the head have a zero high byte on one side and almost none on the other: true of any text
# mostly in Latin script (news in English, French, Spanish...), false of binaries.
_WIDE_ZERO_SHARE = 0.4
# The encoding preferred among equally likely ones: charset detection cannot tell cp1252 from
# cp1250 or latin-1 on a short Western-European text, and cp1252 is what such text nearly
# always is (the web's default for pages labelled Latin-1, WHATWG Encoding standard).
_PREFERRED_LEGACY = "cp1252"
# Code units wider than a byte: these cannot be split on a newline byte.
WIDE_ENCODINGS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` declares, or None."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 (LE/BE) when ``head`` has its mark or the zero-byte pattern of one."""
    declared = bom_encoding(head)
    if declared is not None:
        return declared if declared in WIDE_ENCODINGS else None
    sample = head[:_SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    # UTF-32 first: its 4-byte units also show UTF-16's pattern of zeros.
    units = len(sample) // 4
    if units and min(_zeros(sample, 2, 4), _zeros(sample, 3, 4)) >= 0.9 * units:
        return "utf-32-le" if _zeros(sample, 0, 4) <= units // 20 else None
    if units and min(_zeros(sample, 0, 4), _zeros(sample, 1, 4)) >= 0.9 * units:
        return "utf-32-be" if _zeros(sample, 3, 4) <= units // 20 else None
    units = len(sample) // 2
    odd, even = _zeros(sample, 1, 2), _zeros(sample, 0, 2)
    if odd >= _WIDE_ZERO_SHARE * units and even <= units // 20:
        return "utf-16-le"
    if even >= _WIDE_ZERO_SHARE * units and odd <= units // 20:
        return "utf-16-be"
    return None


def _zeros(sample: bytes, start: int, step: int) -> int:
    """How many of the whole ``step``-byte units of ``sample`` have a zero byte at ``start``."""
    return sample[start : len(sample) - len(sample) % step : step].count(0)


def looks_binary(data: bytes | str) -> bool:
    """True when the first 8 KiB of ``data`` hold many control characters (NUL included)."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if isinstance(head, bytes):  # deleting them is a C loop: this runs on every JSONL line
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_CONTROL_CHARS.findall(head))
    return controls / len(head) > _MAX_CONTROL_SHARE


def detected_encoding(data: bytes) -> str | None:
    """The legacy (non-UTF) encoding charset_normalizer finds most likely for ``data``;
    None when no encoding fits.

    charset_normalizer ranks by "chaos" (how garbled the decoded text looks) first. A text
    that is all ASCII but for one pound sign has no chaos as Japanese (cp932) and a little
    as English in cp1252, which its "coherence" (how much it reads like a known language)
    says is far likelier: so candidates are ranked by coherence minus chaos, and cp1252 is
    taken among equals (see `_PREFERRED_LEGACY`).
    """
    from charset_normalizer import from_bytes  # only input that is not UTF-8 needs it

    matches = list(from_bytes(data))
    if not matches:
        return None
    scores = [m.coherence - m.chaos for m in matches]
    top = max(scores)
    tied = [m for m, score in zip(matches, scores, strict=True) if score >= top - 1e-9]
    if any(_PREFERRED_LEGACY in m.could_be_from_charset for m in tied):
        return _PREFERRED_LEGACY
    return str(tied[0].encoding)


def _legacy_decode(data: bytes, origin: str, known: str | None) -> tuple[str, str]:
    """``data`` (not UTF-8) decoded in ``known`` when that fits, else in the detected encoding.

    Raises:
        InputError: E003 when it looks binary, E020 when no encoding fits.
    """
    if known is not None:
        try:
            return data.decode(known), known
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise InputError("E003", origin=origin)
    encoding = detected_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    error = _utf8_error(data)
    reason = f"invalid UTF-8 byte 0x{data[error]:02x} at offset {error}, no other encoding fits"
    raise InputError("E020", origin=origin, reason=reason)


def _utf8_error(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return 0


def checked(text: str, origin: str, data: bytes | None = None) -> str:
    """``text`` when it is text: E002 when blank, E003 when mostly control characters, E021
    when it holds a NUL anywhere (``data``, the UTF-8 bytes, gives the byte offset)."""
    if not text.strip():
        raise InputError("E002", origin=origin)
    nul = text.find("\x00")
    # NULs aside, so that one NUL in a short line is named as such, not as binary; on the
    # UTF-8 bytes when there are (the same control characters, counted faster)
    if nul < 0:
        binary = looks_binary(data if data is not None else text)
    else:
        binary = looks_binary(text.replace("\x00", ""))
    if binary:
        raise InputError("E003", origin=origin)
    if nul >= 0:
        where = f"byte {data.index(0)}" if data is not None else f"character {nul}"
        raise InputError("E021", origin=origin, where=where)
    return text


@dataclass
class Decoder:
    """Decodes the texts of one input (a file, or its lines one by one): UTF-8 first; the first
    text that is not UTF-8 fixes by detection the legacy encoding the next ones are tried in
    before detecting again (a line is too short to detect reliably alone)."""

    legacy: str | None = None

    def decode(self, data: bytes, origin: str) -> str:
        """Raises `InputError` E002/E003/E020/E021 for what is not text (see `decode_text`)."""
        wide = wide_encoding(data)
        if wide is not None:
            try:
                text = data.decode(wide).removeprefix("\ufeff")
            except UnicodeDecodeError as e:
                raise InputError("E020", origin=origin, reason=f"not {wide}: {e.reason}") from e
            return checked(text, origin)
        try:
            text = data.decode("utf-8")  # the fast path: one C call
        except UnicodeDecodeError:
            text, self.legacy = _legacy_decode(data, origin, self.legacy)
            return checked(text.removeprefix("\ufeff"), origin)
        return checked(text.removeprefix("\ufeff"), origin, data)


def decode_text(data: bytes, origin: str) -> str:
    """Decode one whole input (see `Decoder`).

    Raises:
        InputError: E002 when empty or blank, E003 when binary, E020 when no encoding fits
            (a UTF-16/32 text that does not decode included), E021 when it holds a NUL.
    """
    return Decoder().decode(data, origin)


def html_bytes(data: bytes, origin: str) -> bytes:
    """HTML for the extractor (which reads UTF-8 first, then detects): UTF-16/32 transcoded
    to UTF-8; NUL bytes and binaries refused (E021, E003) as for any text."""
    wide = wide_encoding(data)
    if wide is not None:
        return decode_text(data, origin).encode("utf-8")
    if not data.strip():
        raise InputError("E002", origin=origin)
    if looks_binary(data):
        raise InputError("E003", origin=origin)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("E021", origin=origin, where=f"byte {nul}")
    return data
