"""PDF: the text of its pages, in order, through pypdf (pure Python, from bytes; no I/O)."""

from __future__ import annotations

import io

from oncokg.exceptions import InputError

MAX_PDF_PAGES = 200


def pdf_text(raw: bytes, source: str) -> str:
    """The text of a PDF's pages, a blank line between pages; InputError when the file is
    damaged, encrypted or holds no text (a scan without OCR)."""
    from pypdf import PdfReader  # loaded only for PDFs
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError(source, "an encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(source, f"an unreadable PDF ({exc.__class__.__name__})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError(source, "a PDF without text (a scanned image?)")
    return text
