"""MIME files users save: a browser's single-file page (.mht, .mhtml) and a mail or newsletter (.eml).

Both are Internet messages (RFC 5322 headers, MIME bodies, RFC 2045-2046), read by the standard library's
``email`` package: quoted-printable and base64 bodies are decoded, each part by its own ``charset``.

- **MHTML** (RFC 2557, "MIME Encapsulation of Aggregate Documents"; what Chrome, Edge and Opera write for
  "Save as > Web page, single file", and Internet Explorer and Word before them): a ``multipart/related``
  message whose root part is the page's HTML (the part the ``start`` parameter names by its Content-ID, else
  the first part), the images and style sheets after it. The root is read as an HTML page (pages.read_html);
  its ``Content-Location`` (Chrome also writes ``Snapshot-Content-Location`` at the top) is the page's address
  when the page names no canonical one. The message's ``Date`` is when the page was **saved**, never its
  publication date: it is not read.
- **.eml** (RFC 5322 message, as Thunderbird, Outlook, Apple Mail and Gmail's "Download message" save it, an
  mbox's "From sender date" line before it or not): a newsletter or a forwarded article. The body is the message's
  HTML part, read as a page (its layout tables read as blocks), else its plain-text part (``multipart/alternative``
  holds both; RFC 2046 puts the richest last); ``Subject`` is its title when the body gives none, and ``Date``
  (RFC 5322's origination date: when the message was sent) is its publication date when the body has no
  publication metadata and shows no stamp. Attachments are not read.

A file that is no such message, or holds no HTML or text part, is a Problem naming the file and the fix.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from timeline.extraction.ingest.formats import Blob, article, cap, cut_warning
from timeline.extraction.ingest.pages import read_html
from timeline.extraction.ingest.text import Unreadable, check_text
from timeline.models import Article, Problem
from timeline.settings import Options

#: The first line of an Internet message: a header field's name (printable, no colon, no space) and a colon, after
#: the "From sender date" line an mbox keeps when one message is saved from it.
_HEADER = re.compile(rb"(?:From [^\n]*\n)?[!-9;-~]+:")
#: A mail's HTML lays itself out in tables (mail programs render no CSS layout; the Email Standards Project,
#: and every mailing tool's guide, ask for ``role="presentation"`` tables): its cells are blocks, not data.
_LAYOUT_TABLE = re.compile(r"<(/?)(?:table|thead|tbody|tfoot|tr|td|th)(?=[\s>/])", re.IGNORECASE)

_NOT_MHTML = ("not a saved web page (no MIME headers, or no HTML part)",
              "save the page again from the browser ('Save as' > 'Web page, single file'), or as .html")
_NOT_EML = ("not a mail message (no MIME headers, or no text or HTML part)",
            "save the message again from the mail program ('Save as' > .eml), or give its text as a .txt file")


def _message(blob: Blob, why: tuple[str, str]) -> EmailMessage:
    if not _HEADER.match(blob.data.lstrip()[:1000]):  # an Internet message starts with "Name: value"
        raise Unreadable(*why)
    msg = email.message_from_bytes(blob.data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise Unreadable(*why)
    return msg


def _content(part: Message) -> str:
    """A part's text, decoded by its transfer encoding and its charset (an unknown charset read as UTF-8)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _leaves(msg: Message) -> list[Message]:
    """The message's leaf parts in order, attachments left out."""
    return [p for p in msg.walk() if not p.is_multipart() and p.get_content_disposition() != "attachment"]


def _root(msg: Message) -> Message | None:
    """MHTML's root part (RFC 2557): the one the ``start`` parameter names, else the first HTML part."""
    leaves = _leaves(msg)
    start = (msg.get_param("start") or "") if msg.is_multipart() else ""
    if isinstance(start, str) and start.strip("<>"):
        named = [p for p in leaves if (p.get("Content-ID") or "").strip().strip("<>") == start.strip().strip("<>")]
        if named:
            return named[0]
    return next((p for p in leaves if p.get_content_type() == "text/html"), None)


def _page(blob: Blob, html: str, options: Options, *, url: str = "", sent: dt.date | None = None,
          subject: str = "") -> Iterator[Article | Problem]:
    """``html`` read as the page of ``blob`` (its id and name kept), with the message's address, date and
    subject where the page gives none."""
    page = replace(blob, data=html.encode("utf-8"), ext=".html")
    yield from read_html(page, options, url_hint=url, date_hint=sent, title_hint=subject)


def _location(msg: Message, root: Message) -> str:
    for value in (root.get("Content-Location"), msg.get("Snapshot-Content-Location")):
        if value and str(value).strip().startswith(("http://", "https://")):
            return str(value).strip()
    return ""


def read_mhtml(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    msg = _message(blob, _NOT_MHTML)
    root = _root(msg)
    if root is None or root.get_content_type() != "text/html":
        raise Unreadable(*_NOT_MHTML)
    yield from _page(blob, _content(root), options, url=_location(msg, root))


def _sent(msg: Message) -> dt.date | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError):
        return None


def read_eml(blob: Blob, options: Options) -> Iterator[Article | Problem]:
    msg = _message(blob, _NOT_EML)
    leaves = _leaves(msg)
    subject = " ".join(str(msg.get("Subject") or "").split())
    sent = _sent(msg)
    html = next((p for p in reversed(leaves) if p.get_content_type() == "text/html"), None)
    if html is not None:
        yield from _page(blob, _LAYOUT_TABLE.sub(r"<\1div", _content(html)), options, sent=sent, subject=subject)
        return
    plain = next((p for p in reversed(leaves) if p.get_content_type() == "text/plain"), None)
    if plain is None:
        raise Unreadable(*_NOT_EML)
    text, cut = cap(_content(plain).replace("\r\n", "\n"))
    check_text(text)
    if cut or blob.cut:
        yield cut_warning(blob, f"the message is too long ({blob.size:,} bytes)")
    yield from article(blob, blob.id, text, options, what="the message", title=subject, published=sent,
                       content_hash=blob.digest)
