"""Bytes -> text: binary sniffing, encodings (BOM, UTF-8, UTF-16, detection), names safe to show."""

from __future__ import annotations

import logging
import os
import re
import unicodedata

from timeline.errors import BadArticle

log = logging.getLogger(__name__)

#: Encoding detection: code pages whose "chaos" is within this of the best are ties, and a tie
#: goes to the Western code pages (the articles are French or English).
ENCODING_TIE = 0.01
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")

#: Magic bytes of formats people export by mistake: (prefix, offset, name).
BINARY_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"%PDF", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive (or Word/Excel/OpenDocument file)"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"WEBP", 8, "WebP image"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh91AY&SY", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Microsoft Office document"),
    (b"{\\rtf", 0, "RTF document"),
    (b"\x7fELF", 0, "executable program"),
    (b"MZ\x90\x00", 0, "Windows program"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"PAR1\x15", 0, "Parquet file"),
    (b"ID3\x03", 0, "MP3 audio"),
    (b"ID3\x04", 0, "MP3 audio"),
    (b"ftyp", 4, "MP4 video"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class Unreadable(BadArticle):
    """A file that cannot be read as an article; carries the reason and the fix (becomes a Problem)."""

    def __init__(self, reason: str, fix: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.fix = fix


# ---------------------------------------------------------------- names


def display_name(name: str | os.PathLike[str]) -> str:
    """A file name safe to show: control and format characters escaped (\\n, \\x1b, \\u202e)."""
    out = []
    for ch in os.fspath(name):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(repr(ch)[1:-1] if code < 0x80 and repr(ch)[1] == "\\" else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def upload_name(name: str) -> str:
    """An uploaded file's name reduced to its last component (never a path)."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    return base if base not in ("", ".", "..") else "upload"


# ---------------------------------------------------------------- bytes -> text


def sniff_binary(data: bytes) -> str | None:
    """The name of a binary format (PNG, PDF, ZIP...) when ``data`` is one, else None."""
    for magic, offset, name in BINARY_SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head and _utf16_guess(head) is None:
        return "binary data"
    return None


def _utf16_guess(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 text (NULs on one side of each pair)."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, cut: bool = False) -> tuple[str, str]:
    """(text, encoding) of raw bytes: BOM, then strict UTF-8, then BOM-less UTF-16, then detection.

    ``cut``: the bytes were truncated, so an incomplete last character is dropped.
    Raises Unreadable when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, cut), encoding
    try:
        return _decode_as(data, "utf-8", cut), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _utf16_guess(data[:8192])
    if guess:
        return _decode_as(data, guess, cut), guess
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if sum(1 for c in repaired if c > "\x7f") - bad >= bad:  # mostly valid UTF-8 with a few broken bytes
        return repaired, UTF8_REPAIRED
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 1 << 20]))
    if not matches:
        raise Unreadable(
            "could not tell the text encoding",
            "save the file as UTF-8 (most editors: 'Save as' > 'Encoding: UTF-8')",
        )
    # Several code pages often fit equally well; among the best, prefer the Western one.
    least = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least + ENCODING_TIE]
    encoding = next((e for e in WESTERN_ENCODINGS if e in tied), tied[0])
    log.info("decoded with detected encoding %s", encoding)
    return data.decode(encoding, errors="replace"), encoding


UTF8_REPAIRED = "utf-8 (invalid bytes replaced)"


def _decode_as(data: bytes, encoding: str, cut: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if cut and exc.start >= len(data) - 4:
            return data[: exc.start].decode(encoding)
        if encoding != "utf-8":
            return data.decode(encoding, errors="replace")
        raise


def check_text(text: str) -> None:
    """Raise Unreadable when decoded text is blank or mostly control characters."""
    if not text.strip():
        raise Unreadable("the file holds only blank space", "check that the export or copy finished")
    sample = text[:8192]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > 0.1 * len(sample):
        raise Unreadable(
            "binary data, not an article",
            "export it as text, HTML or JSON",
        )
