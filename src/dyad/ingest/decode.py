"""Bytes to text, refusing what is not text: empty, binary or undecodable input."""

from __future__ import annotations

from dyad.errors import InputError

_SNIFF_BYTES = 8192
# Share of control characters (other than tab/newline/CR/form feed) above which a buffer is
# binary. Text in any encoding has almost none; 5% leaves room for stray junk in real crawls.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds NUL bytes or many control bytes in its first 8 KiB."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls / len(head) > _MAX_CONTROL_SHARE


def decode_text(data: bytes, origin: str) -> str:
    """Decode ``data`` as UTF-8 (with or without BOM) or BOM-marked UTF-16.

    Raises:
        InputError: E002 when empty or blank, E003 when binary, E004 when not decodable.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError("E004", origin=origin, reason=str(e)) from e
    else:
        if looks_binary(data):
            raise InputError("E003", origin=origin)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            reason = f"invalid byte 0x{data[e.start]:02x} at offset {e.start}"
            raise InputError("E004", origin=origin, reason=reason) from e
    if not text.strip():
        raise InputError("E002", origin=origin)
    return text
