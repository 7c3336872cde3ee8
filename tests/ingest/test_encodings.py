"""Text in any encoding is read, and what is not text is refused with a code (issue 26,
item 11)."""

from __future__ import annotations

import json

import pytest

from dyad.ingest import read_articles
from dyad.ingest.decode import decode_text
from dyad.records import Article, InputFailure

FRENCH = "Le président a déclaré que la réunion à Genève était très importante pour l'économie."


def read(*paths) -> list[Article | InputFailure]:
    return list(read_articles(list(paths)))


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_latin1_or_cp1252_text_file_is_read(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes((FRENCH + " Coût: 5 € – «cher»." * (encoding == "cp1252")).encode(encoding))
    (article,) = read(str(path))
    assert isinstance(article, Article) and article.text.startswith(FRENCH)


def test_a_short_western_text_is_read_as_cp1252_not_a_far_encoding():
    assert decode_text("café au lait".encode("latin-1"), "x") == "café au lait"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Россия и Китай провели переговоры в Москве в понедельник.", "cp1251"),
        ("Η Ελλάδα και η Κύπρος υπέγραψαν συμφωνία για την ενέργεια τη Δευτέρα.", "cp1253"),
        (
            "Łódź i Kraków są w Polsce, zażółć gęślą jaźń. Prezydent spotkał się z premierem.",
            "cp1250",
        ),
        (
            "ロシアと中国は月曜日にモスクワで会談を行った。両国の外相は貿易について協議した。",
            "shift_jis",
        ),
        ("俄罗斯和中国周一在莫斯科举行会谈。两国外长讨论了贸易和能源问题。", "gb2312"),
    ],
    ids=["cp1251", "cp1253", "cp1250", "shift_jis", "gb2312"],
)
def test_legacy_encodings_of_other_scripts_are_detected(text, encoding):
    assert decode_text(text.encode(encoding), "x") == text


def test_english_with_one_latin1_pound_sign_is_not_read_as_japanese():
    # BBC sport/199.txt: all ASCII but "\xa315.8m", which charset_normalizer alone reads
    # as cp932 ("｣15.8m")
    text = "Chelsea have sacked Adrian Mutu. They paid a £15.8m fee for him in 2003. " * 20
    assert decode_text(text.encode("latin-1"), "x") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_read_not_called_binary(tmp_path, encoding):
    path = tmp_path / "a.txt"
    from dyad.ingest.decode import wide_encoding

    path.write_bytes(FRENCH.encode(encoding))
    assert wide_encoding(FRENCH.encode(encoding)) == encoding
    (article,) = read(str(path))
    assert isinstance(article, Article) and article.text == FRENCH


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-32"])
def test_every_line_of_a_jsonl_file_with_a_bom_or_in_utf16_is_read(tmp_path, encoding):
    lines = [{"id": f"l{i}", "text": f"{FRENCH} ({i})"} for i in range(5)]
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in lines).encode(encoding)
    )
    items = read(str(path))
    assert [i.id for i in items] == [f"l{i}" for i in range(5)]
    assert [i.origin for i in items] == [f"{path}:{n}" for n in range(1, 6)]


def test_a_bom_starting_a_later_line_of_concatenated_jsonl_is_honoured(tmp_path):
    one = '\ufeff{"id": "a", "text": "First file."}\n'.encode()
    path = tmp_path / "a.jsonl"
    path.write_bytes(one + one.replace(b'"a"', b'"b"'))
    assert [i.id for i in read(str(path))] == ["a", "b"]


def test_a_latin1_line_in_a_utf8_jsonl_file_is_read_and_the_others_too(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"id": "u", "text": "R\xc3\xa9union \xc3\xa0 Gen\xc3\xa8ve."}\n'
        b'{"id": "l", "text": "R\xe9union \xe0 Gen\xe8ve."}\n'
    )
    first, second = read(str(path))
    assert first.text == second.text == "Réunion à Genève."


def test_a_nul_byte_after_the_first_8kb_refuses_the_file_with_its_offset(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Russia and China held talks. " * 400 + b"\x00 tail")
    (failure,) = read(str(path))
    assert failure.code == "E021" and "byte 11600" in failure.message


def test_a_nul_byte_refuses_only_its_jsonl_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "One."}\n{"text": "T\x00wo."}\n{"text": "Three."}\n')
    kinds = [(type(i).__name__, getattr(i, "code", None)) for i in read(str(path))]
    assert kinds == [("Article", None), ("InputFailure", "E021"), ("Article", None)]


def test_a_nul_escaped_in_json_is_refused_as_the_byte_would_be(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "T\\u0000wo."}\n')
    (failure,) = read(str(path))
    assert failure.code == "E021" and f"{path}:1" in failure.message


def test_a_nul_byte_in_html_refuses_the_page(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(
        b"<html><body><p>Russia and China held talks.</p>" + b" " * 9000 + b"\x00</body></html>"
    )
    (failure,) = read(str(path))
    assert failure.code == "E021"


def test_binary_data_is_still_called_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * 8)
    (failure,) = read(str(path))
    assert failure.code == "E003"


def test_a_utf16_jsonl_file_is_not_cut_in_byte_ranges(tmp_path):
    from dyad.ingest import splittable

    path = tmp_path / "a.jsonl"
    path.write_bytes('{"text": "Putin met Xi."}\n'.encode("utf-16"))
    assert not splittable(str(path))


def test_stdin_may_be_compressed_and_in_utf16(monkeypatch):
    import gzip
    import io

    data = gzip.compress(
        "".join(f'{{"id": "s{i}", "text": "T {i}."}}\n' for i in range(3)).encode("utf-16")
    )
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.origin for a in read("-")] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
