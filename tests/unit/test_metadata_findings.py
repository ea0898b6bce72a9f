"""Findings as data: kinds, groups and plain values, read from files made here (issue 15).

Each test plants one thing a person would care about where cameras and apps really put it (maker notes,
an unknown APP0 block, data after the image, UTF-16 XMP, GIF XMP, XMP regions, location shown) and
checks the typed finding: its kind, group and values, not a sentence.
"""

from __future__ import annotations

import struct
from pathlib import Path

import piexif
import pytest

from anonymizer.core.findings import Finding, Kind, MetadataGroup
from anonymizer.core.media.sniff import sniff
from anonymizer.core.metadata import inspect_file
from anonymizer.finding_text import describe_finding, english_text
from tests.metadata_fixtures import (
    app_segment,
    exif_with_maker_note,
    ifd,
    iim,
    jpeg_with,
    pixels,
    thumbnail_jpeg,
    xmp_packet,
)

_XMP_APP1 = b"http://ns.adobe.com/xap/1.0/\x00"
_NS = (b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
       b'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
       b'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" '
       b'xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/" '
       b'xmlns:exif="http://ns.adobe.com/exif/1.0/"')


def _inspect(tmp_path: Path, data: bytes, name: str = "x.jpg") -> list[Finding]:
    path = tmp_path / name
    path.write_bytes(data)
    return inspect_file(path, sniff(path))


def _xmp(tmp_path: Path, description: bytes) -> list[Finding]:
    """What inspect finds in a JPEG whose XMP holds ``description`` (in the namespaces above)."""
    return _inspect(tmp_path, jpeg_with(app_segment(0xE1, _XMP_APP1 + xmp_packet(description, namespaces=_NS))))


def _values(items: list[Finding], kind: Kind) -> list[dict]:
    return [i.as_dict() for i in items if i.kind is kind]


def _no_partial(items: list[Finding]) -> None:
    assert not [i for i in items if i.kind is Kind.UNREADABLE], [english_text(i) for i in items]


# -- values in plain units --------------------------------------------------------------------------------

def test_gps_values_are_typed_degrees_and_metres(tmp_path: Path) -> None:
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: ((33, 1), (52, 1), (768, 100)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((70, 1), (39, 1), (0, 1)),
           piexif.GPSIFD.GPSAltitude: (2175733, 524273), piexif.GPSIFD.GPSAltitudeRef: 0}
    exif = piexif.dump({"0th": {}, "Exif": {}, "GPS": gps, "1st": {}, "thumbnail": None})
    items = _inspect(tmp_path, jpeg_with(exif=exif))
    [position] = _values(items, Kind.GPS_POSITION)
    assert position == {"lat": pytest.approx(-33.8688, abs=1e-4), "lon": pytest.approx(-70.65, abs=1e-4)}
    [altitude] = _values(items, Kind.GPS_ALTITUDE)
    assert altitude["metres"] == pytest.approx(4.2, abs=0.05)
    text = " | ".join(english_text(i) for i in items)
    assert "33.86880° S, 70.65000° W" in text and "GPS altitude: 4 m" in text
    assert "2175733" not in text and "/524273" not in text, text


def test_when_it_was_taken_comes_first_among_the_dates(tmp_path: Path) -> None:
    exif = piexif.dump({"0th": {piexif.ImageIFD.DateTime: b"2024:05:06 10:00:00"},
                        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:05:01 09:30:00"},
                        "GPS": {}, "1st": {}, "thumbnail": None})
    dates = _values(_inspect(tmp_path, jpeg_with(exif=exif)), Kind.DATE)
    assert [d["field"] for d in dates][:2] == ["taken", "changed"], dates


def test_an_altitude_just_below_sea_level_is_not_minus_zero(tmp_path: Path) -> None:
    gps = {piexif.GPSIFD.GPSAltitude: (3, 10), piexif.GPSIFD.GPSAltitudeRef: 1,
           piexif.GPSIFD.GPSLatitude: ((1, 1), (0, 1), (0, 1)), piexif.GPSIFD.GPSLongitude: ((1, 1), (0, 1), (0, 1))}
    exif = piexif.dump({"0th": {}, "Exif": {}, "GPS": gps, "1st": {}, "thumbnail": None})
    [altitude] = [i for i in _inspect(tmp_path, jpeg_with(exif=exif)) if i.kind is Kind.GPS_ALTITUDE]
    assert english_text(altitude) == "GPS altitude: 0 m"


def test_iptc_dates_are_joined_and_readable(tmp_path: Path) -> None:
    block = iim((55, b"20240115"), (60, b"183012+0100"), (90, b"Minsk"))
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(block)) + block + b"\x00" * (len(block) & 1)
    items = _inspect(tmp_path, jpeg_with(app_segment(0xED, b"Photoshop 3.0\x00" + resource)))
    assert {"field": "created", "value": "2024-01-15 18:30:12+01:00"} in _values(items, Kind.DATE), items
    assert {"field": "city", "value": "Minsk"} in _values(items, Kind.PLACE)


# -- XMP: who and where is shown, contact details, UTF-16 ----------------------------------------------

def test_location_shown_is_told_apart_from_where_it_was_taken(tmp_path: Path) -> None:
    description = (
        b"<photoshop:City>Kyiv</photoshop:City>"
        b"<Iptc4xmpExt:LocationShown><rdf:Bag>"
        b'<rdf:li rdf:parseType="Resource"><Iptc4xmpExt:City>Lviv</Iptc4xmpExt:City>'
        b"<exif:GPSLatitude>49,50.5N</exif:GPSLatitude><exif:GPSLongitude>24,1.9E</exif:GPSLongitude></rdf:li>"
        b'<rdf:li rdf:parseType="Resource"><Iptc4xmpExt:City>Odesa</Iptc4xmpExt:City></rdf:li>'
        b"</rdf:Bag></Iptc4xmpExt:LocationShown>")
    items = _xmp(tmp_path, description)
    _no_partial(items)
    assert _values(items, Kind.PLACE) == [{"field": "city", "value": "Kyiv"}]
    assert {"field": "city", "value": "Lviv"} in _values(items, Kind.PLACE_SHOWN)
    assert {"field": "city", "value": "Odesa"} in _values(items, Kind.PLACE_SHOWN)
    assert not _values(items, Kind.GPS_POSITION), "a place shown is not where the picture was taken"
    [shown] = _values(items, Kind.POSITION_SHOWN)
    assert shown["lat"] == pytest.approx(49.8417, abs=1e-3)


def test_people_named_in_regions_and_iptc_person_in_image(tmp_path: Path) -> None:
    description = (
        b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Olena K.</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
        b'<mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag>'
        b'<rdf:li><rdf:Description mwg-rs:Name="Taras B." mwg-rs:Type="Face"/></rdf:li>'
        b"</rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>")
    items = _xmp(tmp_path, description)
    names = {v["name"] for v in _values(items, Kind.PERSON_SHOWN)}
    assert names == {"Olena K.", "Taras B."}
    assert all(i.group is MetadataGroup.PEOPLE for i in items if i.kind is Kind.PERSON_SHOWN)


def test_contact_details_have_a_plain_name(tmp_path: Path) -> None:
    description = (b'<Iptc4xmpCore:CreatorContactInfo Iptc4xmpCore:CiAdrExtadr="Khreshchatyk 1" '
                   b'Iptc4xmpCore:CiEmailWork="press@example.org"/>')
    items = _xmp(tmp_path, description)
    texts = [english_text(i) for i in items]
    assert "Contact details: Khreshchatyk 1" in texts and "Contact details: press@example.org" in texts, texts
    assert not any("Ci " in t or "adr" in t for t in texts), texts


def test_utf16_xmp_is_read(tmp_path: Path) -> None:
    packet = xmp_packet(b"<photoshop:Country>Ukraine</photoshop:Country>", namespaces=_NS)
    utf16 = b"\xff\xfe" + packet.decode("utf-8").encode("utf-16-le")
    items = _inspect(tmp_path, jpeg_with(app_segment(0xE1, _XMP_APP1 + utf16)))
    _no_partial(items)
    assert {"field": "country", "value": "Ukraine"} in _values(items, Kind.PLACE)


def test_gif_xmp_is_read_as_written(tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    buf = BytesIO()
    Image.fromarray(pixels()).convert("P").save(buf, "GIF")
    gif = buf.getvalue()
    packet = xmp_packet(b"<photoshop:City>Kharkiv</photoshop:City><photoshop:Country>Ukraine</photoshop:Country>",
                        namespaces=_NS)
    magic = b"\x01" + bytes(range(0xFF, -1, -1)) + b"\x00"  # the 258-byte 'magic trailer' of XMP in GIF
    extension = b"\x21\xff\x0bXMP DataXMP" + packet + magic
    data = gif[:-1] + extension + gif[-1:]  # before the GIF trailer byte
    items = _inspect(tmp_path, data, "x.gif")
    _no_partial(items)
    places = _values(items, Kind.PLACE)
    assert {"field": "city", "value": "Kharkiv"} in places and {"field": "country", "value": "Ukraine"} in places


# -- blocks of no known kind ------------------------------------------------------------------------------

def _camera_exif() -> bytes:
    return piexif.dump({"0th": {piexif.ImageIFD.Make: b"Hidden", piexif.ImageIFD.Model: b"Cam 7",
                                piexif.ImageIFD.Artist: b"Owner Name"},
                        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2023:05:09 10:11:12"},
                        "GPS": {}, "1st": {}, "thumbnail": None})


def test_an_unknown_app0_block_is_searched_for_what_it_hides(tmp_path: Path) -> None:
    body = b"VENDOR\x00" + b"\x00" * 9 + _camera_exif() + b"C:\\Users\\owner\\photo.jpg"
    items = _inspect(tmp_path, jpeg_with(app_segment(0xE0, body)))
    assert _values(items, Kind.CAMERA) == [{"name": "Hidden Cam 7"}]
    assert {"field": "artist", "value": "Owner Name"} in _values(items, Kind.TEXT)
    assert {"field": "taken", "value": "2023-05-09 10:11:12"} in _values(items, Kind.DATE)


def test_iptc_and_xmp_after_the_end_of_the_image_are_read(tmp_path: Path) -> None:
    block = iim((90, b"Mariupol"), (101, b"Ukraine"), (25, b"protest"))
    trailer = b"\x00" * 16 + b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(block)) + block + b"\x00" * (len(block) & 1)
    items = _inspect(tmp_path, jpeg_with(trailer=trailer))
    assert {"field": "city", "value": "Mariupol"} in _values(items, Kind.PLACE)
    assert {"field": "country", "value": "Ukraine"} in _values(items, Kind.PLACE)
    assert {"field": "keywords", "value": "protest"} in _values(items, Kind.TEXT)
    assert not _values(items, Kind.TRAILER), "named by what it holds, not as bytes"


# -- maker notes -----------------------------------------------------------------------------------------

def test_canon_owner_name_and_serial_number(tmp_path: Path) -> None:
    def note(at: int) -> bytes:
        # piexif writes big-endian TIFF; Canon's note follows the block's byte order
        return ifd([(0x0009, 2, 16, b"Jane Protester\x00\x00"), (0x000C, 4, 1, struct.pack(">I", 1234567))],
                   ">", base=at)

    items = _inspect(tmp_path, jpeg_with(exif=exif_with_maker_note(b"Canon", note)))
    assert {"field": "camera_owner", "value": "Jane Protester"} in _values(items, Kind.TEXT)
    assert {"field": "serial_number", "value": "1234567"} in _values(items, Kind.ID)
    [owner] = [i for i in items if i.kind is Kind.TEXT and i.get("field") == "camera_owner"]
    assert owner.group is MetadataGroup.PEOPLE
    assert all(i.group is MetadataGroup.IDS for i in items if i.kind is Kind.ID)


def test_olympus_serial_number_and_thumbnail(tmp_path: Path) -> None:
    thumb = thumbnail_jpeg()
    header = b"OLYMPUS\x00II\x03\x00"
    equipment_at = 12 + 2 + 12 * 2 + 4 + len(thumb) + (len(thumb) & 1)
    root = ifd([(0x0100, 7, len(thumb), thumb), (0x2010, 13, 1, struct.pack("<I", equipment_at))], "<", base=12)
    equipment = ifd([(0x0101, 2, 12, b"BHJ-12345678")], "<", base=equipment_at)
    note = header + root + equipment
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"OLYMPUS IMAGING CORP."},
                        "Exif": {piexif.ExifIFD.MakerNote: note}, "GPS": {}, "1st": {}, "thumbnail": None})
    items = _inspect(tmp_path, jpeg_with(exif=exif))
    assert {"field": "serial_number", "value": "BHJ-12345678"} in _values(items, Kind.ID), items
    assert {"source": "maker_notes", "bytes": len(thumb)} in _values(items, Kind.THUMBNAIL)


def test_apple_capture_id(tmp_path: Path) -> None:
    uuid = b"5D5A3F0B-0E47-4C35-A5D3-1B6E2A2A9C11\x00"
    note = b"Apple iOS\x00\x00\x01MM" + ifd([(0x0011, 2, len(uuid), uuid)], ">", base=14)
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Apple"}, "Exif": {piexif.ExifIFD.MakerNote: note},
                        "GPS": {}, "1st": {}, "thumbnail": None})
    items = _inspect(tmp_path, jpeg_with(exif=exif))
    assert {"field": "capture_id", "value": uuid[:-1].decode()} in _values(items, Kind.ID)


def test_a_lying_maker_note_costs_only_itself(tmp_path: Path) -> None:
    note = b"OLYMPUS\x00II\x03\x00" + struct.pack("<H", 0xFFFF) + struct.pack("<HHII", 0x0100, 7, 0x7FFFFFFF, 10)
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"OLYMPUS"}, "Exif": {piexif.ExifIFD.MakerNote: note},
                        "GPS": {}, "1st": {}, "thumbnail": None})
    items = _inspect(tmp_path, jpeg_with(exif=exif))
    assert _values(items, Kind.MAKER_NOTES) and not _values(items, Kind.THUMBNAIL)


# -- wording ----------------------------------------------------------------------------------------------

def test_every_kind_has_a_sentence() -> None:
    """A finding of each kind, with the values its readers give it, is worded in English and translated
    (no kind is left to a fallback)."""
    samples = {Kind.MORE_IMAGES: {"count": 2, "where": "trailer", "width": 4, "height": 3},
               Kind.THUMBNAIL: {"source": "exif", "width": 4, "height": 3},
               Kind.MOTION_PHOTO: {"seconds": 3, "sound": True}, Kind.MAKER_NOTES: {"bytes": 9, "maker": "X"}}
    for kind in Kind:
        params = samples.get(kind, {"count": 2, "bytes": 10, "lat": 1.0, "lon": -2.0, "metres": -0.2,
                                    "field": "city", "value": "v", "name": "n", "block": "exif", "key": "k",
                                    "index": 1, "what": "gain_map", "track": "gopro", "record": 2,
                                    "dataset": 9, "tags": "1", "vendor": "V", "maker": "M", "code": "310"})
        finding = Finding(kind, MetadataGroup.OTHER, tuple(params.items()))
        text = english_text(finding)
        assert text and "%" not in text, (kind, text)
        assert describe_finding(finding) == text  # nothing installed: the source text


def test_value_text_with_placeholders_is_shown_as_written() -> None:
    finding = Finding(Kind.TEXT, MetadataGroup.PEOPLE, (("field", "comment"), ("value", "100%1 %2 done")))
    assert english_text(finding) == "Comment: 100%1 %2 done"


def _klv(key: bytes, kind: bytes, value: bytes, size: int | None = None) -> bytes:
    size = size or max(1, len(value))
    repeat = len(value) // size
    return key + kind + bytes([size]) + struct.pack(">H", repeat) + value + b"\x00" * (-len(value) % 4)


def test_gopro_settings_in_app6_name_the_camera_and_its_serials(tmp_path: Path) -> None:
    inner = (_klv(b"MINF", b"c", b"HERO6 Black") + _klv(b"CASN", b"c", b"C3221324657219")
             + _klv(b"FMWR", b"c", b"HD6.01.01.51.00"))
    gpmf = _klv(b"DEVC", b"\x00", _klv(b"STRM", b"\x00", inner, size=4), size=4)
    items = _inspect(tmp_path, jpeg_with(app_segment(0xE6, b"GoPro\x00" + gpmf)))
    assert _values(items, Kind.CAMERA) == [{"name": "GoPro HERO6 Black"}]
    assert {"field": "serial_number", "value": "C3221324657219"} in _values(items, Kind.ID)
    assert {"field": "firmware", "value": "HD6.01.01.51.00"} in _values(items, Kind.TEXT)


def test_person_details_name_the_person_not_the_description(tmp_path: Path) -> None:
    description = (
        b"<Iptc4xmpExt:PersonInImageWDetails><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
        b"<Iptc4xmpExt:PersonName><rdf:Alt><rdf:li xml:lang=\"x-default\">Doe, Jane</rdf:li></rdf:Alt>"
        b"</Iptc4xmpExt:PersonName>"
        b"<Iptc4xmpExt:PersonDescription><rdf:Alt><rdf:li xml:lang=\"x-default\">holds a banner</rdf:li>"
        b"</rdf:Alt></Iptc4xmpExt:PersonDescription>"
        b"</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImageWDetails>")
    items = _xmp(tmp_path, description)
    assert _values(items, Kind.PERSON_SHOWN) == [{"name": "Doe, Jane"}], "one person, with the comma in the name"


def test_samsung_trailer_says_when_and_in_which_country(tmp_path: Path) -> None:
    entries = (b"\x00\x00\x01\x0a\x0e\x00\x00\x00Image_UTC_Data1705124333853"
               b"\x00\x00\xa1\x0a\x08\x00\x00\x00MCC_Data255")
    trailer = entries + b"SEFH" + bytes(12) + b"SEFT"
    items = _inspect(tmp_path, jpeg_with(trailer=trailer))
    assert {"field": "taken", "value": "2024-01-13 05:38:53Z"} in _values(items, Kind.DATE)
    assert _values(items, Kind.MOBILE_COUNTRY_CODE) == [{"code": "255"}]
    assert [i.group for i in items if i.kind is Kind.MOBILE_COUNTRY_CODE] == [MetadataGroup.LOCATION]


def test_bytes_that_only_look_like_iptc_inside_an_unknown_block_are_not_reported(tmp_path: Path) -> None:
    body = b"HUAWEI\x00" + bytes(range(256)) + b"\x1c\x02\x19\xff\xff" + bytes(64)  # a length past the end
    items = _inspect(tmp_path, jpeg_with(app_segment(0xE7, body)))
    assert not [i for i in items if i.kind in (Kind.UNREADABLE, Kind.TEXT)], [english_text(i) for i in items]
    assert [i.get("name") for i in items if i.kind is Kind.UNKNOWN_BLOCK] == ["APP7 HUAWEI"]
