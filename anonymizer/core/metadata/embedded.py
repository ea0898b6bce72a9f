"""Known structures hidden inside blocks of no known kind: an unknown APPn segment, data after the end
of an image. Cameras and apps put EXIF, XMP, IPTC and JPEG previews in them; each is found by its own
signature and read by its own reader (the same bounded readers as everywhere else), so what a person
would care about is named instead of 'N bytes of something'.
"""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import TIFF_SIGNATURES
from anonymizer.core.metadata.base import Findings
from anonymizer.core.metadata.exif import describe_exif, image_size
from anonymizer.core.metadata.iptc import describe_iptc, describe_photoshop
from anonymizer.core.metadata.xmp import describe_xmp

_XMP_STARTS = (b"<x:xmpmeta", b"<?xpacket begin", b"<rdf:RDF")
_XMP_ENDS = (b"</x:xmpmeta>", b"</rdf:RDF>")
_MAX_SCAN = 64 * 1024 * 1024


def scan(data: bytes, findings: Findings, *, images: bool = False) -> bool:
    """Describe the EXIF, XMP, IPTC and Photoshop blocks found inside ``data`` (and with ``images`` the
    JPEG previews). True if anything was found."""
    data = data[:_MAX_SCAN]
    found = False
    exif = data.find(b"Exif\x00\x00")
    tiff = min((i for i in (data.find(sig) for sig in TIFF_SIGNATURES) if i >= 0), default=-1)
    if exif >= 0:
        describe_exif(data[exif:], findings)
        found = True
    elif 0 <= tiff <= 64:  # a bare TIFF header near the start of the block (not a chance match deep inside)
        describe_exif(data[tiff:], findings)
        found = True
    for start in _XMP_STARTS:
        at = data.find(start)
        if at >= 0:
            ends = [data.find(end, at) for end in _XMP_ENDS]
            end = max((e + len(tag) for e, tag in zip(ends, _XMP_ENDS, strict=True) if e >= 0), default=-1)
            if end > at:
                describe_xmp(data[at:end], findings)
                found = True
            break
    ps = data.find(b"8BIM")
    if ps >= 0:
        describe_photoshop(data[ps:], findings)
        found = True
    else:
        iptc = data.find(b"\x1c\x02")
        if iptc >= 0 and data[iptc + 2 : iptc + 3] in (b"\x00", b"\x05", b"\x19", b"\x37", b"\x50", b"\x5a", b"\x65",
                                                         b"\x69", b"\x6e", b"\x74", b"\x78"):
            begin = iptc - 5 if data[max(iptc - 5, 0) : iptc - 3] == b"\x1c\x01" else iptc
            found = _tentatively(lambda f: describe_iptc(data[begin:], f), findings) or found
    if images:
        count = data.count(b"\xff\xd8\xff")
        if count:
            first = data.find(b"\xff\xd8\xff")
            findings.add(Kind.MORE_IMAGES, count=count, where=Block.TRAILER, **image_size(data[first:]))
            found = True
    return found


def _tentatively(read: Callable[[Findings], None], findings: Findings) -> bool:
    """Two bytes can look like IPTC by chance inside compressed data: what ``read`` finds is kept only if
    it read cleanly and named something."""
    scratch = Findings()
    read(scratch)
    if scratch.has(Kind.UNREADABLE) or all(i.kind is Kind.BLOCK for i in scratch.items):
        return False
    findings.extend(scratch.items)
    return True
