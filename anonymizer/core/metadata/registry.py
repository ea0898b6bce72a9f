"""The explicit list of format handlers. No discovery by globbing modules: it must work when frozen."""

from __future__ import annotations

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import FormatHandler
from anonymizer.core.metadata.gif import BmpHandler, GifHandler
from anonymizer.core.metadata.heif import HeifHandler
from anonymizer.core.metadata.jpeg import JpegHandler
from anonymizer.core.metadata.jxl import JxlHandler
from anonymizer.core.metadata.netpbm import NetpbmHandler
from anonymizer.core.metadata.png import PngHandler
from anonymizer.core.metadata.psd import PsdHandler
from anonymizer.core.metadata.tiff import TiffHandler
from anonymizer.core.metadata.video import VideoHandler
from anonymizer.core.metadata.webp import WebpHandler

HANDLERS: tuple[FormatHandler, ...] = (
    JpegHandler(),
    PngHandler(),
    WebpHandler(),
    TiffHandler(),
    HeifHandler(),
    GifHandler(),
    BmpHandler(),
    NetpbmHandler(),
    PsdHandler(),
    JxlHandler(),
    VideoHandler(),
)

_BY_FORMAT: dict[MediaFormat, FormatHandler] = {fmt: h for h in HANDLERS for fmt in h.formats}


def handler_for(fmt: MediaFormat) -> FormatHandler:
    """The handler of a sniffed format; every MediaFormat has one (a test checks it)."""
    return _BY_FORMAT[fmt]
