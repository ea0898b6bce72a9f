"""XMP packets (RDF/XML) described in plain words.

Parsing is defensive: a packet that declares a DOCTYPE or an ENTITY is not parsed at all (that is
how entity-expansion bombs and external entities get in), and expat's own entity handling is never
reached. Each property is classified by its local name, so unknown vendors' namespaces still land
in the right group.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from anonymizer.core.findings import Block, Field, Kind, XmpImage
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.metadata.exif import camera_name, nice_date

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_MAX_PACKET = 16 * 1024 * 1024
_FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# First match wins; matched against the property's local name. (pattern, kind, group, field).
_RULES: tuple[tuple[re.Pattern[str], Kind, G, Field | None], ...] = (
    (_rx(r"^(city)$"), Kind.PLACE, G.LOCATION, Field.CITY),
    (_rx(r"^(country|countryname)$"), Kind.PLACE, G.LOCATION, Field.COUNTRY),
    (_rx(r"^(countrycode|countryisocode)$"), Kind.PLACE, G.LOCATION, Field.COUNTRY_CODE),
    (_rx(r"^(state|provincestate|province\w*)$"), Kind.PLACE, G.LOCATION, Field.STATE),
    (_rx(r"^(sublocation)$"), Kind.PLACE, G.LOCATION, Field.SUBLOCATION),
    (_rx(r"^(worldregion)$"), Kind.PLACE, G.LOCATION, Field.WORLD_REGION),
    (_rx(r"^(location|locationname|locationid)$"), Kind.PLACE, G.LOCATION, Field.LOCATION_NAME),
    (_rx(r"gps|latitude|longitude|altitude"), Kind.GPS_DATA, G.LOCATION, None),
    (_rx(r"^(datetimeoriginal|datecreated)$"), Kind.DATE, G.TIME, Field.TAKEN),
    (_rx(r"^(datetimedigitized)$"), Kind.DATE, G.TIME, Field.DIGITIZED),
    (_rx(r"^(createdate)$"), Kind.DATE, G.TIME, Field.CREATED),
    (_rx(r"^(modifydate|datetime)$"), Kind.DATE, G.TIME, Field.CHANGED),
    (_rx(r"^(metadatadate)$"), Kind.DATE, G.TIME, Field.METADATA_CHANGED),
    (_rx(r"date(time)?(original|digitized)?$|^(timestamp|timecreated|when)$"), Kind.DATE, G.TIME, Field.DATE),
    (_rx(r"^lensserial\w*$"), Kind.ID, G.IDS, Field.LENS_SERIAL_NUMBER),
    (_rx(r"^internalserial\w*$"), Kind.ID, G.IDS, Field.INTERNAL_SERIAL_NUMBER),
    (_rx(r"serial"), Kind.ID, G.IDS, Field.SERIAL_NUMBER),
    (_rx(r"^(lens|lensmodel)$"), Kind.LENS, G.DEVICE, None),
    (_rx(r"^(creatortool|software\w*)$"), Kind.TEXT, G.DEVICE, Field.SOFTWARE),
    (_rx(r"^(firmware)$"), Kind.TEXT, G.DEVICE, Field.FIRMWARE),
    (_rx(r"^(cameramodel\w*|uniquecameramodel)$"), Kind.TEXT, G.DEVICE, Field.CAMERA_MODEL),
    (_rx(r"^(imageuniqueid)$"), Kind.ID, G.IDS, Field.UNIQUE_IMAGE_ID),
    (_rx(r"^(ownername|cameraownername|owner)$"), Kind.TEXT, G.PEOPLE, Field.CAMERA_OWNER),
    (_rx(r"^(personinimage|persondisplayname|personname)$"), Kind.PERSON_SHOWN, G.PEOPLE, None),
    (_rx(r"^(creator|author|contributor|publisher)$"), Kind.TEXT, G.PEOPLE, Field.AUTHOR),
    (_rx(r"^(artist)$"), Kind.TEXT, G.PEOPLE, Field.ARTIST),
    (_rx(r"^(rights|usageterms|webstatement|copyright\w*)$"), Kind.TEXT, G.PEOPLE, Field.COPYRIGHT),
    (_rx(r"^(authorsposition)$"), Kind.TEXT, G.PEOPLE, Field.AUTHOR_TITLE),
    (_rx(r"^(captionwriter)$"), Kind.TEXT, G.PEOPLE, Field.CAPTION_WRITER),
    (_rx(r"^(credit)$"), Kind.TEXT, G.PEOPLE, Field.CREDIT),
    (_rx(r"^(source)$"), Kind.TEXT, G.PEOPLE, Field.SOURCE),
    (_rx(r"^ci\w+$"), Kind.TEXT, G.PEOPLE, Field.CONTACT),
    (_rx(r"^(description|caption)$"), Kind.TEXT, G.PEOPLE, Field.DESCRIPTION),
    (_rx(r"^(title)$"), Kind.TEXT, G.PEOPLE, Field.TITLE),
    (_rx(r"^(subject|keywords)$"), Kind.TEXT, G.PEOPLE, Field.KEYWORDS),
    (_rx(r"^(headline)$"), Kind.TEXT, G.PEOPLE, Field.HEADLINE),
    (_rx(r"^(usercomment)$"), Kind.TEXT, G.PEOPLE, Field.COMMENT),
    (_rx(r"^(instructions)$"), Kind.TEXT, G.PEOPLE, Field.INSTRUCTIONS),
    (_rx(r"^(label)$"), Kind.TEXT, G.PEOPLE, Field.LABEL),
    (_rx(r"^(event)$"), Kind.TEXT, G.PEOPLE, Field.EVENT),
    (_rx(r"^(preservedfilename|rawfilename|originalfilename)$"), Kind.ID, G.IDS, Field.FILE_NAME),
    (_rx(r"^(documentid|instanceid|originaldocumentid)$"), Kind.ID, G.IDS, Field.DOCUMENT_ID),
    (_rx(r"^(history|derivedfrom|ingredients)$"), Kind.EDIT_HISTORY, G.OTHER, None),
)
_MOTION = re.compile(r"^(MotionPhoto|MicroVideo)(Offset|Version|PresentationTimestampUs)?$")
# Where a person or a place shown in the picture is named, rather than where it was taken.
_REGION_PARENTS = {"regions", "regionlist", "regioninfo", "imageregion"}
_SHOWN_PARENTS = {"locationshown"}
# Namespaces whose mere presence means an embedded image or file (Google/Adobe conventions).
_NAMESPACES: tuple[tuple[str, XmpImage], ...] = (
    ("ns.google.com/photos/1.0/depthmap", XmpImage.DEPTH_MAP),
    ("ns.google.com/photos/1.0/image", XmpImage.ORIGINAL),
    ("ns.google.com/photos/1.0/container", XmpImage.CONTAINER),
    ("ns.adobe.com/hdr-gain-map", XmpImage.GAIN_MAP),
    ("ns.google.com/photos/dd/1.0", XmpImage.DEPTH_DATA),
)


def describe_xmp(packet: bytes, findings: Findings, where: Block = Block.XMP) -> None:
    """Add findings for one XMP packet; never raises."""
    findings.add(Kind.BLOCK, block=where, bytes=len(packet))
    if len(packet) > _MAX_PACKET:
        findings.partial(where)
        return
    packet = _utf8(packet)
    if _FORBIDDEN.search(packet):
        findings.partial(where)
        return
    with findings.reading(where):
        root = ET.fromstring(_trim(packet))
        _describe_properties(_properties(root), findings)


def _utf8(packet: bytes) -> bytes:
    """XMP may be written in UTF-16 or UTF-32 (the spec allows all three): parse it as UTF-8."""
    head = packet[:4]
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return packet[len(bom):].decode(codec, "replace").encode("utf-8")
    if head[:2] == b"<\x00" or head[:2] == b"\x00<":
        return packet.decode("utf-16-le" if head[:1] == b"<" else "utf-16-be", "replace").encode("utf-8")
    return packet


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


@dataclass(frozen=True)
class _Prop:
    ns: str
    name: str
    text: str
    parents: tuple[str, ...]  # local names of the enclosing elements, outermost first (lower case)
    owner: int  # which element holds it: a position pair is read within one element
    items: tuple[str, ...] = ()  # the values of a list (rdf:Bag, Seq, Alt), one by one


def _properties(root: ET.Element) -> list[_Prop]:
    """Every property, attributes and elements, with where it sits."""
    out: list[_Prop] = []

    def visit(el: ET.Element, parent: ET.Element | None, parents: tuple[str, ...]) -> None:
        name = _local(el.tag)
        inside = (*parents, name.lower())
        for key, value in el.attrib.items():
            if not key.startswith(_RDF) and not key.startswith("{http://www.w3.org/XML"):
                out.append(_Prop(_namespace(key), _local(key), value.strip(), inside, id(el)))
        if not (el.tag.startswith(_RDF) or name in ("xmpmeta", "RDF")):
            out.append(_Prop(_namespace(el.tag), name, _text_of(el), parents, id(parent), _items_of(el)))
        for child in el:
            visit(child, el, inside)

    visit(root, None, ())
    return out


def _items_of(el: ET.Element) -> tuple[str, ...]:
    return tuple(li.text.strip() for li in el.iter(f"{_RDF}li") if li.text and li.text.strip())


def _text_of(el: ET.Element) -> str:
    items = _items_of(el)
    return ", ".join(items) if items else (el.text or "").strip()


def _describe_properties(props: list[_Prop], findings: Findings) -> None:
    values = {p.name: p.text for p in props if p.text and not _shown(p) and not _in_region(p)}
    camera = camera_name(values.get("Make"), values.get("Model"))
    if camera:
        findings.add(Kind.CAMERA, name=camera)
    used = _positions(props, findings)  # a coordinate pair said as one position, not again below
    regions = False
    for p in props:
        image = next((what for key, what in _NAMESPACES if key in p.ns), None)
        if image:
            findings.add(Kind.XMP_IMAGE, what=image)
            continue
        if p.name in ("Make", "Model") and not _in_region(p) or id(p) in used:
            continue
        if _MOTION.search(p.name):
            findings.add(Kind.MOTION_PHOTO_DECLARED)
            continue
        if _in_region(p):
            regions = True
            named = p.name.lower() in ("name", "persondisplayname") and not {"rctype", "rrole"} & set(p.parents)
            if named and p.text:  # a region's name, not the name of its content type or role
                findings.add(Kind.PERSON_SHOWN, name=plain(p.text))
            continue
        rule = next(((k, g, f) for rx, k, g, f in _RULES if rx.search(p.name)), None)
        if rule is None:
            continue
        kind, group, field = rule
        if kind is Kind.GPS_DATA:
            if not _shown(p):
                findings.add(Kind.GPS_DATA)
        elif kind is Kind.EDIT_HISTORY:
            findings.add(kind)
        elif not p.text:
            continue
        elif kind is Kind.PLACE:
            findings.add(Kind.PLACE_SHOWN if _shown(p) else Kind.PLACE, field=field, value=plain(p.text))
        elif kind is Kind.DATE:
            findings.add(Kind.DATE, field=field, value=nice_date(plain(p.text)))
        elif kind is Kind.PERSON_SHOWN:
            for name in p.items or (p.text,):
                findings.add(Kind.PERSON_SHOWN, name=plain(name))
        elif kind is Kind.LENS:
            findings.add(Kind.LENS, name=plain(p.text))
        else:
            findings.add(kind, group, field=field, value=plain(p.text))
    if regions and not findings.has(Kind.PERSON_SHOWN):
        findings.add(Kind.FACE_REGIONS)


def _shown(p: _Prop) -> bool:
    return any(name in _SHOWN_PARENTS for name in p.parents)


def _in_region(p: _Prop) -> bool:
    return any(name in _REGION_PARENTS for name in p.parents)


def _positions(props: list[_Prop], findings: Findings) -> set[int]:
    """exif:GPSLatitude, drone-dji:GpsLatitude, Iptc4xmpExt:GPSLatitude...: any '*latitude' pair held by
    one element. Returns the ids of the properties used; a lone or unreadable coordinate is left to the
    general rules (reported as GPS data). A pair inside 'location shown' is a place the picture shows."""
    used: set[int] = set()
    for lat_p in props:
        if not _is_coordinate(lat_p.name, "latitude"):
            continue
        lon_p = next((q for q in props if q.parents == lat_p.parents and q.owner == lat_p.owner
                      and _is_coordinate(q.name, "longitude")), None)
        lat, lon = _coordinate(lat_p.text), _coordinate(lon_p.text if lon_p else None)
        if lon_p is None or lat is None or lon is None:
            continue
        kind = Kind.POSITION_SHOWN if _shown(lat_p) else Kind.GPS_POSITION
        findings.add(kind, lat=round(lat, 5), lon=round(lon, 5))
        used |= {id(lat_p), id(lon_p)}
    return used


def _is_coordinate(name: str, suffix: str) -> bool:
    lower = name.lower()
    return lower.endswith(suffix) and "dest" not in lower and "ref" not in lower


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
