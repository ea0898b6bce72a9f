"""Sentences for the core's metadata findings, shared by the CLI and the GUI (beside ``messages``).

The core hands over a ``Finding``: a kind, a group and typed values. Here each kind gets one sentence
(context "Findings"), each field, block and track one name, each value its plain unit: degrees with
N/S/E/W, whole metres, ISO dates, sizes in pixels or bytes. Every sentence goes through
``messages.translate``, so the CLI and the window speak the language that was installed there;
``describe_finding(f, english=True)`` gives the English sentence that ``inspect --json`` prints.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from anonymizer.core.findings import Block, Field, Finding, Kind, MetadataGroup, Param, Track, XmpImage
from anonymizer.messages import QT_TRANSLATE_NOOP, english, translate

Params = Mapping[str, Param]


# Kinds worded by one sentence; %1, %2... are the values listed after it, %n a count (plural forms).
_SENTENCES: dict[Kind, tuple[str, tuple[str, ...]]] = {
    Kind.GPS_POSITION: (QT_TRANSLATE_NOOP("Findings", "GPS position: %1, %2"), ("@lat", "@lon")),
    Kind.GPS_ALTITUDE: (QT_TRANSLATE_NOOP("Findings", "GPS altitude: %1 m"), ("@metres",)),
    Kind.GPS_ALTITUDE_UNREADABLE: (QT_TRANSLATE_NOOP("Findings", "GPS altitude (unreadable value)"), ()),
    Kind.GPS_NO_POSITION: (QT_TRANSLATE_NOOP("Findings", "GPS block (no usable position)"), ()),
    Kind.GPS_MORE: (QT_TRANSLATE_NOOP("Findings", "%n more GPS value(s) (direction, speed, satellites...)"), ("#count",)),
    Kind.GPS_DATA: (QT_TRANSLATE_NOOP("Findings", "GPS data"), ()),
    Kind.PLACE: (QT_TRANSLATE_NOOP("Findings", "%1: %2"), ("field", "value")),
    Kind.PLACE_SHOWN: (QT_TRANSLATE_NOOP("Findings", "Place shown in the picture, %1: %2"), ("field", "value")),
    Kind.POSITION_SHOWN: (QT_TRANSLATE_NOOP("Findings", "Position of a place shown in the picture (not where it was taken): %1, %2"),
                          ("@lat", "@lon")),
    Kind.GEOTIFF: (QT_TRANSLATE_NOOP("Findings", "Map georeferencing (GeoTIFF: ties the picture to places on Earth)"), ()),
    Kind.LOCATION_TRACK: (QT_TRANSLATE_NOOP("Findings", "%1"), ("track",)),
    Kind.LOCATION_ATOM: (QT_TRANSLATE_NOOP("Findings", "Location atom (no readable position)"), ()),
    Kind.MOBILE_COUNTRY_CODE: (QT_TRANSLATE_NOOP("Findings", "Mobile network country code: %1 (the country the "
                                                             "phone was in)"), ("code",)),
    Kind.DATE: (QT_TRANSLATE_NOOP("Findings", "%1: %2"), ("field", "value")),
    Kind.TIME_ZONE: (QT_TRANSLATE_NOOP("Findings", "Time zone: %1"), ("value",)),
    Kind.TIMECODE_TRACK: (QT_TRANSLATE_NOOP("Findings", "Timecode track (the time of day the recording started)"), ()),
    Kind.STREAM_RECORDING_TIME: (QT_TRANSLATE_NOOP("Findings", "Recording time inside the video stream (AVCHD)"), ()),
    Kind.CAMERA: (QT_TRANSLATE_NOOP("Findings", "Camera: %1"), ("name",)),
    Kind.CAMERA_VENDOR: (QT_TRANSLATE_NOOP("Findings", "Camera: %1 (named by its track and encoder names)"), ("vendor",)),
    Kind.CAMERA_IN_TELEMETRY: (QT_TRANSLATE_NOOP("Findings", "Camera: %1 (named in the telemetry track)"), ("name",)),
    Kind.LENS: (QT_TRANSLATE_NOOP("Findings", "Lens: %1"), ("name",)),
    Kind.COLOUR_PROFILE_DEVICE: (QT_TRANSLATE_NOOP("Findings", "Colour profile made for: %1"), ("name",)),
    Kind.STREAM_CAMERA_DATA: (QT_TRANSLATE_NOOP("Findings", "Camera make, settings and recording time inside the video stream (AVCHD)"), ()),
    Kind.VENDOR_DATA: (QT_TRANSLATE_NOOP("Findings", "Camera maker's private data: %1"), ("block",)),
    Kind.PERSON_SHOWN: (QT_TRANSLATE_NOOP("Findings", "Person shown in the picture: %1"), ("name",)),
    Kind.FACE_REGIONS: (QT_TRANSLATE_NOOP("Findings", "Face or person regions marked in the picture"), ()),
    Kind.FACES_DETECTED: (QT_TRANSLATE_NOOP("Findings", "The camera found %n face(s) in the picture and stored "
                                                        "where they are"), ("#count",)),
    Kind.TEXT: (QT_TRANSLATE_NOOP("Findings", "%1: %2"), ("field", "value")),
    Kind.ID: (QT_TRANSLATE_NOOP("Findings", "%1: %2"), ("field", "value")),
    Kind.VIDEO_TAG: (QT_TRANSLATE_NOOP("Findings", "Video tag “%1”: %2"), ("key", "value")),
    Kind.MAKER_NOTE_PREVIEW: (QT_TRANSLATE_NOOP("Findings", "Preview image of the original inside the EXIF data (maker notes)"), ()),
    Kind.MULTI_PICTURE_INDEX: (QT_TRANSLATE_NOOP("Findings", "Multi-picture index (MPF)"), ()),
    Kind.MOTION_PHOTO_DECLARED: (QT_TRANSLATE_NOOP("Findings", "Motion Photo (a video hidden in this photo, declared in XMP)"), ()),
    Kind.MOTION_PHOTO_BOX: (QT_TRANSLATE_NOOP("Findings", "Motion Photo video box (its video could not be read)"), ()),
    Kind.SAMSUNG_TRAILER: (QT_TRANSLATE_NOOP("Findings", "Samsung trailer (hidden camera data: motion video, edit history or depth)"), ()),
    Kind.TRAILER: (QT_TRANSLATE_NOOP("Findings", "Data after the end of the image (%1)"), ("@bytes",)),
    Kind.XMP_IMAGE: (QT_TRANSLATE_NOOP("Findings", "%1"), ("what",)),
    Kind.DEPTH_MAP: (QT_TRANSLATE_NOOP("Findings", "Depth map (a second image showing the shape of the scene)"), ()),
    Kind.AUXILIARY_IMAGE: (QT_TRANSLATE_NOOP("Findings", "Auxiliary image: %1"), ("what",)),
    Kind.SUBTITLE_TRACK: (QT_TRANSLATE_NOOP("Findings", "Subtitle track #%1 %2"), ("index", "@track_name")),
    Kind.ATTACHED_FILE: (QT_TRANSLATE_NOOP("Findings", "Attached file #%1"), ("index",)),
    Kind.COVER_PICTURE: (QT_TRANSLATE_NOOP("Findings", "Cover picture (a still image attached to the video)"), ()),
    Kind.LAYERS: (QT_TRANSLATE_NOOP("Findings", "%n layer(s), left out of the cleaned copy (only the flattened picture is kept)"),
                  ("#count",)),
    Kind.SUB_IMAGES: (QT_TRANSLATE_NOOP("Findings", "Sub-images (previews or thumbnails of the original)"), ()),
    Kind.TIFF_LAYERS: (QT_TRANSLATE_NOOP("Findings", "Photoshop layers (may hold unedited versions of the picture)"), ()),
    Kind.VIDEO_THUMBNAIL: (QT_TRANSLATE_NOOP("Findings", "%1 thumbnail of the video"), ("maker",)),
    Kind.BLOCK: (QT_TRANSLATE_NOOP("Findings", "%1 (%2)"), ("block", "@bytes")),
    Kind.UNREADABLE: (QT_TRANSLATE_NOOP("Findings", "%1 could not be fully read (it is removed all the same)"), ("block",)),
    Kind.CAMERA_SETTINGS: (QT_TRANSLATE_NOOP("Findings", "Camera settings (%n EXIF tag(s): exposure, lens, flash...)"), ("#count",)),
    Kind.ICC_COPYRIGHT: (QT_TRANSLATE_NOOP("Findings", "Colour profile copyright: %1"), ("value",)),
    Kind.EDIT_HISTORY: (QT_TRANSLATE_NOOP("Findings", "Document ids or editing history"), ()),
    Kind.CONTENT_CREDENTIALS: (QT_TRANSLATE_NOOP("Findings", "Content credentials (C2PA manifest: may name the author, device, edits)"), ()),
    Kind.ANIMATION: (QT_TRANSLATE_NOOP("Findings", "Animation frames"), ()),
    Kind.CHAPTERS: (QT_TRANSLATE_NOOP("Findings", "%n chapter(s)"), ("#count",)),
    Kind.DATA_TRACK: (QT_TRANSLATE_NOOP("Findings", "Data track #%1 %2"), ("index", "@track_name")),
    Kind.TEXT_TRACK: (QT_TRANSLATE_NOOP("Findings", "%1"), ("track",)),
    Kind.UNKNOWN_BLOCK: (QT_TRANSLATE_NOOP("Findings", "%1 “%2” (%3)"), ("block", "name", "@bytes")),
    Kind.TEXT_CHUNK: (QT_TRANSLATE_NOOP("Findings", "Text “%1”: %2"), ("key", "value")),
    Kind.IPTC_FIELD: (QT_TRANSLATE_NOOP("Findings", "IPTC field %1:%2"), ("record", "dataset")),
    Kind.PRIVATE_TIFF_TAGS: (QT_TRANSLATE_NOOP("Findings", "Private TIFF tags: %1"), ("tags",)),
    Kind.LINKED_PROFILE: (QT_TRANSLATE_NOOP("Findings", "Linked colour profile (a file path)"), ()),
    Kind.HIGHLIGHTS: (QT_TRANSLATE_NOOP("Findings", "Highlight tags (times marked during recording)"), ()),
    Kind.LAYER_NAMES: (QT_TRANSLATE_NOOP("Findings", "Layer names: %1"), ("value",)),
}

_FIELDS: dict[Field, str] = {
    Field.SOFTWARE: QT_TRANSLATE_NOOP("Findings", "Software"),
    Field.PROCESSING_SOFTWARE: QT_TRANSLATE_NOOP("Findings", "Processing software"),
    Field.COMPUTER: QT_TRANSLATE_NOOP("Findings", "Computer"),
    Field.CAMERA_MODEL: QT_TRANSLATE_NOOP("Findings", "Camera model"),
    Field.DEVICE_SETTINGS: QT_TRANSLATE_NOOP("Findings", "Device settings"),
    Field.PROGRAM_VERSION: QT_TRANSLATE_NOOP("Findings", "Program version"),
    Field.FIRMWARE: QT_TRANSLATE_NOOP("Findings", "Firmware"),
    Field.SOURCE_DEVICE: QT_TRANSLATE_NOOP("Findings", "Source device"),
    Field.DEVICE: QT_TRANSLATE_NOOP("Findings", "Device"),
    Field.ARTIST: QT_TRANSLATE_NOOP("Findings", "Artist"),
    Field.AUTHOR: QT_TRANSLATE_NOOP("Findings", "Author"),
    Field.AUTHOR_TITLE: QT_TRANSLATE_NOOP("Findings", "Author's job title"),
    Field.COPYRIGHT: QT_TRANSLATE_NOOP("Findings", "Copyright"),
    Field.DESCRIPTION: QT_TRANSLATE_NOOP("Findings", "Description"),
    Field.DOCUMENT_NAME: QT_TRANSLATE_NOOP("Findings", "Document name"),
    Field.COMMENT: QT_TRANSLATE_NOOP("Findings", "Comment"),
    Field.TITLE: QT_TRANSLATE_NOOP("Findings", "Title"),
    Field.SUBJECT: QT_TRANSLATE_NOOP("Findings", "Subject"),
    Field.KEYWORDS: QT_TRANSLATE_NOOP("Findings", "Keywords"),
    Field.CAMERA_OWNER: QT_TRANSLATE_NOOP("Findings", "Camera owner"),
    Field.OBJECT_NAME: QT_TRANSLATE_NOOP("Findings", "Object name"),
    Field.INSTRUCTIONS: QT_TRANSLATE_NOOP("Findings", "Instructions"),
    Field.HEADLINE: QT_TRANSLATE_NOOP("Findings", "Headline"),
    Field.CREDIT: QT_TRANSLATE_NOOP("Findings", "Credit"),
    Field.SOURCE: QT_TRANSLATE_NOOP("Findings", "Source"),
    Field.CONTACT: QT_TRANSLATE_NOOP("Findings", "Contact details"),
    Field.CAPTION: QT_TRANSLATE_NOOP("Findings", "Caption"),
    Field.CAPTION_WRITER: QT_TRANSLATE_NOOP("Findings", "Caption writer"),
    Field.DISCLAIMER: QT_TRANSLATE_NOOP("Findings", "Disclaimer"),
    Field.RIGHTS: QT_TRANSLATE_NOOP("Findings", "Rights"),
    Field.EVENT: QT_TRANSLATE_NOOP("Findings", "Event"),
    Field.LABEL: QT_TRANSLATE_NOOP("Findings", "Label"),
    Field.TEXT: QT_TRANSLATE_NOOP("Findings", "Text"),
    Field.SERIAL_NUMBER: QT_TRANSLATE_NOOP("Findings", "Serial number"),
    Field.LENS_SERIAL_NUMBER: QT_TRANSLATE_NOOP("Findings", "Lens serial number"),
    Field.INTERNAL_SERIAL_NUMBER: QT_TRANSLATE_NOOP("Findings", "Internal serial number"),
    Field.UNIQUE_IMAGE_ID: QT_TRANSLATE_NOOP("Findings", "Unique image id"),
    Field.RAW_DATA_ID: QT_TRANSLATE_NOOP("Findings", "Unique raw data id"),
    Field.MEDIA_ID: QT_TRANSLATE_NOOP("Findings", "Media unique id"),
    Field.CAPTURE_ID: QT_TRANSLATE_NOOP("Findings", "Capture id (pairs the photo with its Live Photo video)"),
    Field.BURST_ID: QT_TRANSLATE_NOOP("Findings", "Burst id"),
    Field.DOCUMENT_ID: QT_TRANSLATE_NOOP("Findings", "Document id"),
    Field.FILE_NAME: QT_TRANSLATE_NOOP("Findings", "Original file name"),
    Field.IMAGE_NUMBER: QT_TRANSLATE_NOOP("Findings", "Image number"),
    Field.TRANSMISSION_REFERENCE: QT_TRANSLATE_NOOP("Findings", "Transmission reference"),
    Field.OWNER_ID: QT_TRANSLATE_NOOP("Findings", "Owner id"),
    Field.TAKEN: QT_TRANSLATE_NOOP("Findings", "Taken"),
    Field.DIGITIZED: QT_TRANSLATE_NOOP("Findings", "Digitized"),
    Field.CHANGED: QT_TRANSLATE_NOOP("Findings", "Last changed"),
    Field.PREVIEW_MADE: QT_TRANSLATE_NOOP("Findings", "Preview made"),
    Field.GPS_TIME: QT_TRANSLATE_NOOP("Findings", "GPS time (UTC)"),
    Field.CREATED: QT_TRANSLATE_NOOP("Findings", "Created"),
    Field.METADATA_CHANGED: QT_TRANSLATE_NOOP("Findings", "Metadata changed"),
    Field.RECORDED: QT_TRANSLATE_NOOP("Findings", "Recorded"),
    Field.RECORDED_LOCAL: QT_TRANSLATE_NOOP("Findings", "Recorded (local time)"),
    Field.DATE: QT_TRANSLATE_NOOP("Findings", "Date"),
    Field.TIME_CREATED: QT_TRANSLATE_NOOP("Findings", "Time created"),
    Field.DIGITAL_CREATION: QT_TRANSLATE_NOOP("Findings", "Digitally created"),
    Field.TIMESTAMP: QT_TRANSLATE_NOOP("Findings", "Time stamp"),
    Field.TIMECODE: QT_TRANSLATE_NOOP("Findings", "Timecode (time of day)"),
    Field.CITY: QT_TRANSLATE_NOOP("Findings", "City"),
    Field.SUBLOCATION: QT_TRANSLATE_NOOP("Findings", "Sublocation"),
    Field.STATE: QT_TRANSLATE_NOOP("Findings", "Province or state"),
    Field.COUNTRY: QT_TRANSLATE_NOOP("Findings", "Country"),
    Field.COUNTRY_CODE: QT_TRANSLATE_NOOP("Findings", "Country code"),
    Field.WORLD_REGION: QT_TRANSLATE_NOOP("Findings", "World region"),
    Field.LOCATION_NAME: QT_TRANSLATE_NOOP("Findings", "Place"),
    Field.LOCATION_ACCURACY: QT_TRANSLATE_NOOP("Findings", "Location accuracy (m)"),
}

_BLOCKS: dict[Block, str] = {
    Block.EXIF: QT_TRANSLATE_NOOP("Findings", "EXIF block"),
    Block.EXIF_PNG: QT_TRANSLATE_NOOP("Findings", "EXIF block (eXIf chunk)"),
    Block.EXIF_TEXT: QT_TRANSLATE_NOOP("Findings", "EXIF block (in a text chunk)"),
    Block.EXIF_THUMBNAIL: QT_TRANSLATE_NOOP("Findings", "EXIF thumbnail"),
    Block.PHOTOSHOP_EXIF: QT_TRANSLATE_NOOP("Findings", "EXIF block inside the Photoshop block"),
    Block.XMP: QT_TRANSLATE_NOOP("Findings", "XMP block"),
    Block.EXTENDED_XMP: QT_TRANSLATE_NOOP("Findings", "Extended XMP block"),
    Block.PHOTOSHOP_XMP: QT_TRANSLATE_NOOP("Findings", "XMP block inside the Photoshop block"),
    Block.IPTC: QT_TRANSLATE_NOOP("Findings", "IPTC block"),
    Block.PHOTOSHOP: QT_TRANSLATE_NOOP("Findings", "Photoshop block"),
    Block.PHOTOSHOP_LAYERS: QT_TRANSLATE_NOOP("Findings", "Photoshop layers"),
    Block.ICC: QT_TRANSLATE_NOOP("Findings", "Colour profile"),
    Block.MPF: QT_TRANSLATE_NOOP("Findings", "Multi-picture index"),
    Block.JFIF: QT_TRANSLATE_NOOP("Findings", "JFIF header"),
    Block.JFXX: QT_TRANSLATE_NOOP("Findings", "JFIF extension"),
    Block.APP: QT_TRANSLATE_NOOP("Findings", "JPEG application block"),
    Block.FLASHPIX: QT_TRANSLATE_NOOP("Findings", "FlashPix data (camera extension data)"),
    Block.KODAK: QT_TRANSLATE_NOOP("Findings", "Kodak camera data"),
    Block.DUCKY: QT_TRANSLATE_NOOP("Findings", "Photoshop “Save for Web” data"),
    Block.PICTURE_INFO: QT_TRANSLATE_NOOP("Findings", "camera picture info"),
    Block.MAKER_NOTES: QT_TRANSLATE_NOOP("Findings", "Maker notes"),
    Block.TRAILER: QT_TRANSLATE_NOOP("Findings", "data after the end of the image"),
    Block.JPEG: QT_TRANSLATE_NOOP("Findings", "JPEG structure"),
    Block.PNG: QT_TRANSLATE_NOOP("Findings", "PNG structure"),
    Block.PNG_CHUNK: QT_TRANSLATE_NOOP("Findings", "PNG chunk"),
    Block.GIF: QT_TRANSLATE_NOOP("Findings", "GIF structure"),
    Block.GIF_APPLICATION: QT_TRANSLATE_NOOP("Findings", "GIF application block"),
    Block.GIF_PLAIN_TEXT: QT_TRANSLATE_NOOP("Findings", "GIF text block"),
    Block.WEBP: QT_TRANSLATE_NOOP("Findings", "WebP structure"),
    Block.WEBP_CHUNK: QT_TRANSLATE_NOOP("Findings", "WebP chunk"),
    Block.HEIF: QT_TRANSLATE_NOOP("Findings", "HEIF structure"),
    Block.HEIF_ITEM: QT_TRANSLATE_NOOP("Findings", "HEIF metadata item"),
    Block.HEIF_BOX: QT_TRANSLATE_NOOP("Findings", "HEIF box"),
    Block.TIFF: QT_TRANSLATE_NOOP("Findings", "TIFF structure"),
    Block.JXL: QT_TRANSLATE_NOOP("Findings", "JPEG XL structure"),
    Block.JXL_BOX: QT_TRANSLATE_NOOP("Findings", "JPEG XL box"),
    Block.COMPRESSED_BOX: QT_TRANSLATE_NOOP("Findings", "Compressed metadata box"),
    Block.VIDEO: QT_TRANSLATE_NOOP("Findings", "Video metadata"),
    Block.VIDEO_TAGS: QT_TRANSLATE_NOOP("Findings", "Video container tags"),
    Block.VIDEO_ATOMS: QT_TRANSLATE_NOOP("Findings", "Video atoms"),
    Block.USER_DATA_ATOM: QT_TRANSLATE_NOOP("Findings", "User data atom"),
    Block.VENDOR_BOX: QT_TRANSLATE_NOOP("Findings", "Vendor box"),
    Block.GOPRO: QT_TRANSLATE_NOOP("Findings", "GoPro telemetry"),
    Block.GOPRO_SETTINGS: QT_TRANSLATE_NOOP("Findings", "GoPro settings block (camera serials, settings, sometimes GPS)"),
    Block.RAW_PROFILE: QT_TRANSLATE_NOOP("Findings", "Raw profile in a text chunk"),
    Block.FILE: QT_TRANSLATE_NOOP("Findings", "File metadata"),
    Block.CANON: QT_TRANSLATE_NOOP("Findings", "Canon camera data"),
    Block.NIKON: QT_TRANSLATE_NOOP("Findings", "Nikon maker notes"),
    Block.PENTAX: QT_TRANSLATE_NOOP("Findings", "Pentax maker notes"),
    Block.CAMERA_PRIVATE: QT_TRANSLATE_NOOP("Findings", "camera maker's block"),
}

_TRACKS: dict[Track, str] = {
    Track.GOPRO: QT_TRANSLATE_NOOP("Findings", "GoPro telemetry track (GPMF: GPS track, speed, motion sensors)"),
    Track.CAMM: QT_TRANSLATE_NOOP("Findings", "Camera motion metadata track (CAMM: can hold a GPS track)"),
    Track.APPLE: QT_TRANSLATE_NOOP("Findings", "Apple timed metadata track (can hold location, face and scene data)"),
    Track.ANDROID: QT_TRANSLATE_NOOP("Findings", "Timed metadata track (Android: can hold a GPS track)"),
    Track.XML: QT_TRANSLATE_NOOP("Findings", "Timed metadata track (XML: can hold a GPS track)"),
    Track.TEXT: QT_TRANSLATE_NOOP("Findings", "Text track"),
    Track.SUBTITLE: QT_TRANSLATE_NOOP("Findings", "Subtitle track"),
    Track.CAPTION: QT_TRANSLATE_NOOP("Findings", "Caption track"),
}

_XMP_IMAGES: dict[XmpImage, str] = {
    XmpImage.DEPTH_MAP: QT_TRANSLATE_NOOP("Findings", "Depth map image embedded in XMP"),
    XmpImage.ORIGINAL: QT_TRANSLATE_NOOP("Findings", "Original image embedded in XMP"),
    XmpImage.CONTAINER: QT_TRANSLATE_NOOP("Findings", "Directory of files embedded in this photo"),
    XmpImage.GAIN_MAP: QT_TRANSLATE_NOOP("Findings", "HDR gain map (a second image)"),
    XmpImage.DEPTH_DATA: QT_TRANSLATE_NOOP("Findings", "Depth data embedded in this photo"),
}
_AUXILIARY = {"gain_map": QT_TRANSLATE_NOOP("Findings", "HDR gain map"), "transparency": QT_TRANSLATE_NOOP("Findings", "transparency"), "depth_map": QT_TRANSLATE_NOOP("Findings", "depth map")}

# The names a finding's parameters carry (enum values), by parameter.
_BY_VALUE: dict[str, dict[str, str]] = {
    "field": {f.value: text for f, text in _FIELDS.items()},
    "block": {b.value: text for b, text in _BLOCKS.items()},
    "track": {k.value: text for k, text in _TRACKS.items()},
    "what": {x.value: text for x, text in _XMP_IMAGES.items()} | _AUXILIARY,
}

_GROUPS: dict[MetadataGroup, str] = {
    MetadataGroup.LOCATION: QT_TRANSLATE_NOOP("Findings", "Location"),
    MetadataGroup.TIME: QT_TRANSLATE_NOOP("Findings", "Time"),
    MetadataGroup.DEVICE: QT_TRANSLATE_NOOP("Findings", "Device"),
    MetadataGroup.PEOPLE: QT_TRANSLATE_NOOP("Findings", "People"),
    MetadataGroup.EMBEDDED: QT_TRANSLATE_NOOP("Findings", "Embedded images and videos"),
    MetadataGroup.IDS: QT_TRANSLATE_NOOP("Findings", "Serial numbers and ids"),
    MetadataGroup.OTHER: QT_TRANSLATE_NOOP("Findings", "Other"),
}


class _Words:
    """Translates (or not) one finding's words."""

    def __init__(self, english: bool) -> None:
        self.english = english

    def __call__(self, marked: str, n: int = -1) -> str:
        # Every caller hands over an entry of the QT_TRANSLATE_NOOP tables above, which is what lupdate
        # extracts; tests/unit/test_translations.py checks no caller hands over a bare literal.
        return english("Findings", marked, None, n) if self.english else translate("Findings", marked, None, n)


def group_name(group: MetadataGroup, *, english: bool = False) -> str:
    return _Words(english)(_GROUPS[group])


def describe_finding(finding: Finding, *, english: bool = False) -> str:
    """One plain sentence for a finding, in the installed language (or English)."""
    t = _Words(english)
    p = finding.as_dict()
    if finding.kind is Kind.THUMBNAIL:
        return _thumbnail(p, t)
    if finding.kind is Kind.MORE_IMAGES:
        return _more_images(p, t)
    if finding.kind is Kind.MOTION_PHOTO:
        return _motion_photo(p, t)
    if finding.kind is Kind.MAKER_NOTES:
        maker = str(p.get("maker", ""))
        text = t(QT_TRANSLATE_NOOP("Findings", "Maker notes%1: the camera maker's private data (%2; can hold "
                                                "serial numbers, owner names, face data and previews)"))
        return _fill(text, f" ({maker})" if maker else "", _bytes(p.get("bytes", 0), t))
    if finding.kind is Kind.ICC_PROFILE:
        if p.get("name"):
            return _fill(t(QT_TRANSLATE_NOOP("Findings", "Colour profile “%1”")), str(p["name"]))
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "Colour profile (%1)")), _bytes(p.get("bytes", 0), t))
    if finding.kind is Kind.COMMENT:
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "Comment: %1")), str(p["value"])) if p.get("value") else t(QT_TRANSLATE_NOOP("Findings", "Comment (empty)"))
    text, names = _SENTENCES[finding.kind]
    count = next((int(p.get(name[1:], 0)) for name in names if name.startswith("#")), -1)
    sentence = t(text, count)
    return _fill(sentence, *(_value(name, p, t) for name in names if not name.startswith("#")))


def _value(name: str, p: Params, t: _Words) -> str:
    if name == "@lat":
        return _degrees(float(p.get("lat", 0.0)), t(QT_TRANSLATE_NOOP("Findings", "N")), t(QT_TRANSLATE_NOOP("Findings", "S")))
    if name == "@lon":
        return _degrees(float(p.get("lon", 0.0)), t(QT_TRANSLATE_NOOP("Findings", "E")), t(QT_TRANSLATE_NOOP("Findings", "W")))
    if name == "@metres":
        return str(round(float(p.get("metres", 0.0))) or 0)
    if name == "@bytes":
        return _bytes(p.get("bytes", 0), t)
    if name == "@track_name":
        return f"({p['name']})" if p.get("name") else t(QT_TRANSLATE_NOOP("Findings", "(unnamed)"))
    value = p.get(name, "")
    if name in _BY_VALUE:
        return t(_BY_VALUE[name].get(str(value), str(value)))
    return str(value)


def _thumbnail(p: Params, t: _Words) -> str:
    source = {"jfif": t(QT_TRANSLATE_NOOP("Findings", "JFIF thumbnail")), "jfxx": t(QT_TRANSLATE_NOOP("Findings", "JFIF extension thumbnail")),
              "photoshop": t(QT_TRANSLATE_NOOP("Findings", "Photoshop thumbnail"))}.get(str(p.get("source")), t(QT_TRANSLATE_NOOP("Findings", "Embedded thumbnail")))
    size = _size(p, t)
    return _fill(t(QT_TRANSLATE_NOOP("Findings", "%1 of the original (%2)")), source, size) if size else _fill(t(QT_TRANSLATE_NOOP("Findings", "%1 of the original")), source)


def _more_images(p: Params, t: _Words) -> str:
    count = int(p.get("count", 0))
    where = str(p.get("where"))
    if where == "mpf":
        return t(QT_TRANSLATE_NOOP("Findings", "%n more image(s) declared by a multi-picture index (MPF)"), count)
    if where == "trailer":
        text = t(QT_TRANSLATE_NOOP("Findings", "%n more image(s) stored after the end of the image (previews or depth maps)"), count)
        size = _size(p, t)
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "%1; the first is %2")), text, size) if size else text
    if where == "heif":
        return t(QT_TRANSLATE_NOOP("Findings", "%n more image(s) in this file (burst or edits; only the main one is kept)"), count)
    return t(QT_TRANSLATE_NOOP("Findings", "%n more image(s) in this file (thumbnails, previews or pages; only the first is kept)"), count)


def _motion_photo(p: Params, t: _Words) -> str:
    seconds = int(p.get("seconds", 0))
    if p.get("sound"):
        if seconds:
            return t(QT_TRANSLATE_NOOP("Findings", "Motion Photo: a %n-second video with sound is hidden in this photo"), seconds)
        return t(QT_TRANSLATE_NOOP("Findings", "Motion Photo: a video with sound is hidden in this photo"))
    if seconds:
        return t(QT_TRANSLATE_NOOP("Findings", "Motion Photo: a %n-second video without sound is hidden in this photo"), seconds)
    return t(QT_TRANSLATE_NOOP("Findings", "Motion Photo: a video without sound is hidden in this photo"))


def _size(p: Params, t: _Words) -> str:
    if p.get("width") and p.get("height"):
        return f"{p['width']}×{p['height']}"
    if p.get("width"):
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "%1 px")), str(p["width"]))
    if p.get("bytes"):
        return _bytes(p["bytes"], t)
    return ""


def _bytes(value: Param, t: _Words) -> str:
    n = int(value)
    if n >= 1024 * 1024:
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "%1 MB")), f"{n / 1024 / 1024:.1f}")
    if n >= 1024:
        return _fill(t(QT_TRANSLATE_NOOP("Findings", "%1 kB")), f"{n / 1024:.1f}")
    return t(QT_TRANSLATE_NOOP("Findings", "%n byte(s)"), n)


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):.5f}° {positive if value >= 0 else negative}"


def _fill(text: str, *values: str) -> str:
    """Qt-style %1..%9 placeholders (the translations keep them, in whatever order the language needs),
    filled in one pass: a value that itself holds '%2' stays as written."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                  else m.group(0), text)


def english_text(finding: Finding) -> str:
    """The English sentence (``inspect --json``'s ``text``), whatever language is installed."""
    return describe_finding(finding, english=True)
