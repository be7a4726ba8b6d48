"""Untrusted addresses and labels: which URLs may become links, labels without direction tricks, digits.

A URL read from a file (a record's ``url``, an HTML page's canonical link, a "Source : https://..."
line) becomes the article's link only when it is a public web address: http or https, no
``user:pass@``, and a host that is not loopback, private, link-local or otherwise local. Anything
else is kept out of the link and reported (``link_problem``), so a shared dashboard never offers
a click to an intranet address or leaks a password.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from urllib.parse import urlsplit

#: Host names that only mean something inside one network (RFC 6761, RFC 6762, RFC 8375, ICANN .internal).
LOCAL_SUFFIXES = (".localhost", ".local", ".localdomain", ".internal", ".intranet", ".lan", ".home.arpa")
#: Bidirectional controls: they can reverse how a label reads ("gpj.exe" shown as "exe.jpg").
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
URL_SHOWN_CHARS = 120
_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@")


def clean_label(text: str) -> str:
    """``text`` without bidirectional controls (a title or a URL shown as a label)."""
    return _BIDI.sub("", text)


def _strip_url(url: str) -> str:
    """A URL without format characters (bidi controls, zero-width spaces) and surrounding blanks."""
    return "".join(c for c in url if unicodedata.category(c) not in ("Cf", "Cc", "Cs")).strip()


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names literally: 127.0.0.1, [::1], and the old forms 127.1, 0x7f000001, 2130706433."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if re.fullmatch(r"[0-9a-fA-Fx.]+", host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _local_host(host: str) -> bool:
    host = host.rstrip(".").lower()
    if not host or host == "localhost" or host.endswith(LOCAL_SUFFIXES) or "." not in host.strip("[]"):
        return True
    ip = _ip(host.strip("[]"))
    if ip is None:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def link_problem(url: str) -> str | None:
    """Why ``url`` must not become a link (None when it may): not http(s), a password, a local host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError:
        return "is not a valid web address"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "is not a web address (http or https)"
    if "@" in parts.netloc:
        return "carries a user name or password"
    if _local_host(host):
        return "points at a local or private address"
    return None


def safe_link(url: str) -> tuple[str, str | None]:
    """(the URL to keep as the article's link, or ''; why it was not kept, or None). '' stays ''."""
    url = _strip_url(url)
    if not url:
        return "", None
    why = link_problem(url)
    return ("", why) if why else (url, None)


def shown_url(url: str) -> str:
    """A URL as quoted in a message: format characters dropped, a password masked, cut to URL_SHOWN_CHARS."""
    url = _USERINFO.sub(r"\1***@", _strip_url(url), count=1)
    return url if len(url) <= URL_SHOWN_CHARS else url[: URL_SHOWN_CHARS - 1] + "…"


class _Digits(dict[int, str]):
    """Code point -> its ASCII digit (decimal digits of other scripts) or itself; filled as characters are met
    (building it for all 1.1 million code points cost every worker half a second before its first article)."""

    def __missing__(self, cp: int) -> str:
        char = chr(cp)
        self[cp] = found = str(unicodedata.decimal(char)) if cp >= 0x80 and unicodedata.category(char) == "Nd" else char
        return found


_DIGITS = _Digits()


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit (fullwidth ２, Arabic-Indic ٢, Devanagari २...) as its ASCII digit.

    One character for one: every offset into ``text`` stays valid.
    """
    return text if text.isascii() else text.translate(_DIGITS)
