"""XMP packets (RDF/XML) described in plain words.

Parsing is defensive: a packet that declares a DOCTYPE or an ENTITY is not parsed at all (that is
how entity-expansion bombs and external entities get in), and expat's own entity handling is never
reached. Each property is classified by its local name, so unknown vendors' namespaces still land
in the right group.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.metadata.exif import camera_name, format_position, nice_date
from anonymizer.core.models import MetadataGroup as G

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_MAX_PACKET = 16 * 1024 * 1024
_FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

# First match wins; patterns are matched against the property's local name.
_RULES: tuple[tuple[re.Pattern[str], G, str], ...] = (
    (re.compile(r"^(MotionPhoto|MicroVideo)(Offset|Version|PresentationTimestampUs)?$"), G.EMBEDDED, "Motion Photo"),
    (re.compile(r"(?i)gps|latitude|longitude|altitude"), G.LOCATION, "GPS data"),
    (re.compile(r"(?i)^(city|country|countrycode|state|province\w*|sublocation|location\w*|worldregion)$"),
     G.LOCATION, "Place"),
    (re.compile(r"(?i)date(time)?(original|digitized)?$|^(timestamp|timecreated|when)$"), G.TIME, "Date"),
    (re.compile(r"(?i)serial"), G.DEVICE, "Serial number"),
    (re.compile(r"(?i)^(make|model|lens(model|make|info|id|type|spec\w*)?|cameramodel\w*|creatortool|software\w*|"
                r"firmware|uniquecameramodel)$"),
     G.DEVICE, "Device"),
    (re.compile(r"(?i)^(imageuniqueid|ownername|cameraownername)$"), G.DEVICE, "Owner or unique ID"),
    (re.compile(r"(?i)^(regions?|regionlist|regioninfo|personinimage\w*|faces?|name)$"), G.PEOPLE,
     "Face regions or people named"),
    (re.compile(r"(?i)^(creator|rights|authorsposition|captionwriter|credit|source|usageterms|webstatement|"
                r"creatorcontactinfo|ci\w+|owner|artist|author|copyright\w*|contributor|publisher)$"),
     G.PEOPLE, "Author or rights"),
    (re.compile(r"(?i)^(description|title|subject|headline|keywords|usercomment|instructions|label|"
                r"event|caption)$"), G.PEOPLE, "Description or keywords"),
    (re.compile(r"(?i)^(documentid|instanceid|originaldocumentid|history|derivedfrom|ingredients|"
                r"preservedfilename|rawfilename|originalfilename)$"), G.OTHER, "Document IDs or editing history"),
)
# Namespaces whose mere presence means an embedded image or file (Google/Adobe conventions).
_NAMESPACES: tuple[tuple[str, str], ...] = (
    ("ns.google.com/photos/1.0/depthmap", "Depth map image embedded in XMP"),
    ("ns.google.com/photos/1.0/image", "Original image embedded in XMP"),
    ("ns.google.com/photos/1.0/container", "Directory of files embedded in this photo"),
    ("ns.adobe.com/hdr-gain-map", "HDR gain map (a second image)"),
    ("ns.google.com/photos/dd/1.0", "Depth data embedded in this photo"),
)
_LABELLED = {"Place", "Device", "Serial number", "Author or rights", "Description or keywords", "Date"}


def describe_xmp(packet: bytes, findings: Findings, where: str = "XMP") -> None:
    """Add items for one XMP packet; never raises."""
    findings.add(G.OTHER, f"{where} block ({len(packet)} bytes)")
    if len(packet) > _MAX_PACKET or _FORBIDDEN.search(packet):
        findings.partial(f"{where} block")
        return
    with findings.reading(f"{where} block"):
        root = ET.fromstring(_trim(packet))
        props = list(_properties(root))
        _describe_properties(props, findings)


def _trim(packet: bytes) -> bytes:
    """Drop the <?xpacket?> wrapper padding and anything after the closing tag."""
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if packet.find(b"</x:xmpmeta>") >= 0 else b"</rdf:RDF>"
    end = packet.rfind(end_tag)
    if start < 0 or end < 0:
        return packet.strip(b"\x00 \r\n\t")
    return packet[start : end + len(end_tag)]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _properties(root: ET.Element) -> list[tuple[str, str, str]]:
    """(namespace, local name, text) for every property: attributes and elements."""
    out: list[tuple[str, str, str]] = []
    for el in root.iter():
        for key, value in el.attrib.items():
            if not key.startswith(_RDF) and not key.startswith("{http://www.w3.org/XML"):
                out.append((_namespace(key), _local(key), value))
        name = _local(el.tag)
        if el.tag.startswith(_RDF) or name in ("xmpmeta", "RDF"):
            continue
        out.append((_namespace(el.tag), name, _text_of(el)))
    return out


def _text_of(el: ET.Element) -> str:
    items = [li.text.strip() for li in el.iter(f"{_RDF}li") if li.text and li.text.strip()]
    if items:
        return ", ".join(items)
    return (el.text or "").strip()


def _describe_properties(props: list[tuple[str, str, str]], findings: Findings) -> None:
    values = {name: text for _, name, text in props if text}
    shown = _position(values, findings)  # a coordinate pair said as one position, not again below
    camera = camera_name(values.get("Make"), values.get("Model"))
    if camera:
        findings.add(G.DEVICE, f"Camera: {camera}")
    for ns, name, text in props:
        embedded = next((label for key, label in _NAMESPACES if key in ns), None)
        if embedded:
            findings.add(G.EMBEDDED, embedded)
            continue
        if name in ("Make", "Model") or name in shown:
            continue
        rule = next(((g, label) for rx, g, label in _RULES if rx.search(name)), None)
        if rule is None:
            continue
        group, label = rule
        if label == "Motion Photo":
            findings.add(G.EMBEDDED, "Motion Photo (a video hidden in this photo, declared in XMP)")
        elif label == "Date" and text:
            findings.add(G.TIME, f"{_split_camel(name)}: {nice_date(text)}")
        elif label in _LABELLED and text:
            findings.add(group, f"{_split_camel(name)}: {text}")
        elif label not in _LABELLED:
            findings.add(group, label)


def _position(values: dict[str, str], findings: Findings) -> set[str]:
    """exif:GPSLatitude, drone-dji:GpsLatitude, Iptc4xmpExt:GPSLatitude...: any '*latitude' pair.
    Returns the two property names used, if they made a position; a lone or unreadable coordinate is
    left to the general rules (reported as GPS data)."""
    lat_name, lon_name = _ending(values, "latitude"), _ending(values, "longitude")
    lat = _coordinate(values.get(lat_name or ""))
    lon = _coordinate(values.get(lon_name or ""))
    if lat is None or lon is None:
        return set()
    findings.add(G.LOCATION, format_position(lat, lon))
    return {lat_name, lon_name}  # type: ignore[arg-type]


def _ending(values: dict[str, str], suffix: str) -> str | None:
    """The first property name ending in ``suffix`` that is not a destination or a hemisphere ref."""
    for name in values:
        lower = name.lower()
        if lower.endswith(suffix) and "dest" not in lower and "ref" not in lower:
            return name
    return None


def _coordinate(text: str | None) -> float | None:
    """XMP writes '55,45.348N' (degrees,minutes+ref) or a plain decimal."""
    if not text:
        return None
    text = text.strip()
    sign = -1.0 if text[-1:].upper() in ("S", "W") or text.startswith("-") else 1.0
    body = text.rstrip("NSEWnsew").lstrip("+-")
    try:
        parts = [float(p) for p in body.split(",")]
    except ValueError:
        return None
    degrees = sum(p / w for p, w in zip(parts, (1.0, 60.0, 3600.0), strict=False))
    return sign * degrees


def _split_camel(name: str) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return plain(words[:1].upper() + words[1:].lower())
