"""Metadata findings as data: what a file gives away, as a kind from a closed set, its group and its values.

The core never words a finding. A ``Finding`` says *what* was found (``Kind``), *which* field it was for
the kinds that name one (``Field``), and the values themselves as plain typed data: degrees as signed
floats, metres as floats, counts as ints, dates as ISO-8601 text, names as strings. ``anonymizer.finding_text``
words them, translated, beside the error sentences; ``inspect --json`` prints the data as it is.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

Param = str | int | float | bool


class MetadataGroup(enum.Enum):
    LOCATION = "location"
    TIME = "time"
    DEVICE = "device"
    PEOPLE = "people"
    EMBEDDED = "embedded"  # thumbnails, previews, gain and depth maps, Motion Photo videos
    IDS = "ids"  # unique ids, serial numbers, file names
    OTHER = "other"


class Kind(enum.Enum):
    """What was found. The comment after each names its parameters."""

    # location
    GPS_POSITION = "gps_position"  # lat, lon: signed decimal degrees
    GPS_ALTITUDE = "gps_altitude"  # metres (below sea level: negative)
    GPS_ALTITUDE_UNREADABLE = "gps_altitude_unreadable"
    GPS_NO_POSITION = "gps_no_position"  # a GPS block without a usable position
    GPS_MORE = "gps_more"  # count: further GPS fields (direction, speed, satellites...)
    GPS_DATA = "gps_data"  # GPS values that are not a position (a lone coordinate, a track name)
    PLACE = "place"  # field (a Field of place), value: where the picture was taken or is about
    PLACE_SHOWN = "place_shown"  # field, value: a place the picture shows (IPTC "location shown")
    POSITION_SHOWN = "position_shown"  # lat, lon of a place the picture shows (not where it was taken)
    GEOTIFF = "geotiff"
    LOCATION_TRACK = "location_track"  # track: a timed track that can hold a GPS track (Track value)
    LOCATION_ATOM = "location_atom"  # a video's location atom that holds no readable position
    MOBILE_COUNTRY_CODE = "mobile_country_code"  # code: the mobile network's country code (Samsung: 310 = USA)
    # time
    DATE = "date"  # field (a Field of time), value: ISO-8601 date and time, or the text as written
    TIME_ZONE = "time_zone"  # value: "+02:00"
    TIMECODE_TRACK = "timecode_track"
    STREAM_RECORDING_TIME = "stream_recording_time"  # AVCHD: the time inside the video stream
    # device
    CAMERA = "camera"  # name: make and model
    CAMERA_VENDOR = "camera_vendor"  # vendor: named only by a video's track and encoder names
    CAMERA_IN_TELEMETRY = "camera_in_telemetry"  # name: named in a telemetry track
    LENS = "lens"  # name
    COLOUR_PROFILE_DEVICE = "colour_profile_device"  # name: the device an ICC profile was made for
    MAKER_NOTES = "maker_notes"  # bytes; maker (may be empty)
    STREAM_CAMERA_DATA = "stream_camera_data"  # AVCHD: make and settings inside the video stream
    VENDOR_DATA = "vendor_data"  # block (a Block): a camera maker's private data block
    # people
    PERSON_SHOWN = "person_shown"  # name: a person shown in the picture (IPTC, MWG or Microsoft regions)
    FACE_REGIONS = "face_regions"  # face or person regions marked in the picture (no names)
    FACES_DETECTED = "faces_detected"  # count: faces the camera found when it took the picture (maker notes)
    # any group: a text field with its value (which group: decided where the field is read)
    TEXT = "text"  # field, value
    ID = "id"  # field, value: serial numbers, unique ids, file names
    VIDEO_TAG = "video_tag"  # key (the container's own tag name, as written), value
    # embedded
    THUMBNAIL = "thumbnail"  # source (a Block); width, height when the image decodes, else bytes
    MAKER_NOTE_PREVIEW = "maker_note_preview"  # a preview image inside the EXIF data (maker notes)
    MORE_IMAGES = "more_images"  # count, where (a Block: mpf, trailer, heif, tiff); width, height of the first
    MULTI_PICTURE_INDEX = "multi_picture_index"
    MOTION_PHOTO = "motion_photo"  # seconds (0: unknown), sound (bool)
    MOTION_PHOTO_DECLARED = "motion_photo_declared"  # declared in XMP
    MOTION_PHOTO_BOX = "motion_photo_box"  # a HEIF 'mpvd' box whose video could not be read
    SAMSUNG_TRAILER = "samsung_trailer"
    TRAILER = "trailer"  # bytes: data after the end of the image, of no known kind
    XMP_IMAGE = "xmp_image"  # what (an XmpImage value)
    DEPTH_MAP = "depth_map"
    AUXILIARY_IMAGE = "auxiliary_image"  # what: gain_map, transparency, depth_map, or the type as written
    SUBTITLE_TRACK = "subtitle_track"  # index, name
    ATTACHED_FILE = "attached_file"  # index
    COVER_PICTURE = "cover_picture"
    LAYERS = "layers"  # count: Photoshop layers (left out of the cleaned copy)
    SUB_IMAGES = "sub_images"  # TIFF sub-images
    TIFF_LAYERS = "tiff_layers"  # Photoshop layers kept in a TIFF
    VIDEO_THUMBNAIL = "video_thumbnail"  # maker
    # other
    BLOCK = "block"  # block (a Block), bytes
    UNREADABLE = "unreadable"  # block (a Block): exists but could not be fully read (removed all the same)
    CAMERA_SETTINGS = "camera_settings"  # count: EXIF exposure, lens, flash... tags
    COMMENT = "comment"  # value ("" when empty)
    ICC_PROFILE = "icc_profile"  # name, or bytes
    ICC_COPYRIGHT = "icc_copyright"  # value
    EDIT_HISTORY = "edit_history"  # XMP document ids or editing history
    CONTENT_CREDENTIALS = "content_credentials"  # C2PA / JUMBF manifest
    ANIMATION = "animation"
    CHAPTERS = "chapters"  # count
    DATA_TRACK = "data_track"  # index, name
    TEXT_TRACK = "text_track"  # track (a Track value)
    UNKNOWN_BLOCK = "unknown_block"  # block (a Block: where), name (as written), bytes
    TEXT_CHUNK = "text_chunk"  # key (as written), value
    IPTC_FIELD = "iptc_field"  # record, dataset
    PRIVATE_TIFF_TAGS = "private_tiff_tags"  # tags: the numbers, comma separated
    LINKED_PROFILE = "linked_profile"
    HIGHLIGHTS = "highlights"  # GoPro highlight tags
    LAYER_NAMES = "layer_names"  # value


class Field(enum.Enum):
    """Which field a TEXT, ID, DATE, PLACE or PLACE_SHOWN finding is for."""

    # device
    SOFTWARE = "software"
    PROCESSING_SOFTWARE = "processing_software"
    COMPUTER = "computer"
    CAMERA_MODEL = "camera_model"
    DEVICE_SETTINGS = "device_settings"
    PROGRAM_VERSION = "program_version"
    FIRMWARE = "firmware"
    SOURCE_DEVICE = "source_device"
    DEVICE = "device"
    # people
    ARTIST = "artist"
    AUTHOR = "author"
    AUTHOR_TITLE = "author_title"
    COPYRIGHT = "copyright"
    DESCRIPTION = "description"
    DOCUMENT_NAME = "document_name"
    COMMENT = "comment"
    TITLE = "title"
    SUBJECT = "subject"
    KEYWORDS = "keywords"
    CAMERA_OWNER = "camera_owner"
    OBJECT_NAME = "object_name"
    INSTRUCTIONS = "instructions"
    HEADLINE = "headline"
    CREDIT = "credit"
    SOURCE = "source"
    CONTACT = "contact"
    CAPTION = "caption"
    CAPTION_WRITER = "caption_writer"
    DISCLAIMER = "disclaimer"
    RIGHTS = "rights"
    EVENT = "event"
    LABEL = "label"
    TEXT = "text"  # a text of no better-known name
    # ids
    SERIAL_NUMBER = "serial_number"
    LENS_SERIAL_NUMBER = "lens_serial_number"
    INTERNAL_SERIAL_NUMBER = "internal_serial_number"
    UNIQUE_IMAGE_ID = "unique_image_id"
    RAW_DATA_ID = "raw_data_id"
    MEDIA_ID = "media_id"
    CAPTURE_ID = "capture_id"  # Apple's content identifier (pairs a Live Photo's photo and video)
    BURST_ID = "burst_id"
    DOCUMENT_ID = "document_id"
    FILE_NAME = "file_name"
    IMAGE_NUMBER = "image_number"
    TRANSMISSION_REFERENCE = "transmission_reference"
    OWNER_ID = "owner_id"
    # time
    TAKEN = "taken"
    DIGITIZED = "digitized"
    CHANGED = "changed"
    PREVIEW_MADE = "preview_made"
    GPS_TIME = "gps_time"
    CREATED = "created"
    METADATA_CHANGED = "metadata_changed"
    RECORDED = "recorded"
    RECORDED_LOCAL = "recorded_local"
    DATE = "date"
    TIME_CREATED = "time_created"
    DIGITAL_CREATION = "digital_creation"
    TIMESTAMP = "timestamp"
    TIMECODE = "timecode"
    # places
    CITY = "city"
    SUBLOCATION = "sublocation"
    STATE = "state"
    COUNTRY = "country"
    COUNTRY_CODE = "country_code"
    WORLD_REGION = "world_region"
    LOCATION_NAME = "location_name"
    LOCATION_ACCURACY = "location_accuracy"  # metres


class Block(enum.Enum):
    """A container of metadata, or the part of a file a finding comes from (closed set, worded at the edge)."""

    EXIF = "exif"
    EXIF_PNG = "exif_png"  # an eXIf chunk
    EXIF_TEXT = "exif_text"  # a hex dump in a PNG text chunk
    EXIF_THUMBNAIL = "exif_thumbnail"
    PHOTOSHOP_EXIF = "photoshop_exif"
    XMP = "xmp"
    EXTENDED_XMP = "extended_xmp"
    PHOTOSHOP_XMP = "photoshop_xmp"
    IPTC = "iptc"
    PHOTOSHOP = "photoshop"
    PHOTOSHOP_LAYERS = "photoshop_layers"
    ICC = "icc"
    MPF = "mpf"
    JFIF = "jfif"
    JFXX = "jfxx"
    APP = "app"  # an APPn segment (name: its number and signature)
    FLASHPIX = "flashpix"
    KODAK = "kodak"
    DUCKY = "ducky"
    PICTURE_INFO = "picture_info"
    MAKER_NOTES = "maker_notes"
    TRAILER = "trailer"
    JPEG = "jpeg"
    PNG = "png"
    PNG_CHUNK = "png_chunk"
    GIF = "gif"
    GIF_APPLICATION = "gif_application"
    GIF_PLAIN_TEXT = "gif_plain_text"
    WEBP = "webp"
    WEBP_CHUNK = "webp_chunk"
    HEIF = "heif"
    HEIF_ITEM = "heif_item"
    HEIF_BOX = "heif_box"
    TIFF = "tiff"
    JXL = "jxl"
    JXL_BOX = "jxl_box"
    COMPRESSED_BOX = "compressed_box"
    VIDEO = "video"
    VIDEO_TAGS = "video_tags"
    VIDEO_ATOMS = "video_atoms"
    USER_DATA_ATOM = "user_data_atom"
    VENDOR_BOX = "vendor_box"
    GOPRO = "gopro"
    GOPRO_SETTINGS = "gopro_settings"
    RAW_PROFILE = "raw_profile"
    FILE = "file"
    # makers' private blocks
    CANON = "canon"
    NIKON = "nikon"
    PENTAX = "pentax"
    CAMERA_PRIVATE = "camera_private"


class Track(enum.Enum):
    """Timed tracks of a video that hold more than pictures and sound."""

    GOPRO = "gopro"  # GPMF: GPS track, speed, motion sensors
    CAMM = "camm"  # camera motion metadata
    APPLE = "apple"  # mebx: location, face and scene data
    ANDROID = "android"  # mett
    XML = "xml"  # metx
    TEXT = "text"
    SUBTITLE = "subtitle"
    CAPTION = "caption"


class XmpImage(enum.Enum):
    DEPTH_MAP = "depth_map"
    ORIGINAL = "original"
    CONTAINER = "container"
    GAIN_MAP = "gain_map"
    DEPTH_DATA = "depth_data"


@dataclass(frozen=True)
class Finding:
    """One identifying thing a file carries: what it is, its group and its values (never worded here)."""

    kind: Kind
    group: MetadataGroup
    params: tuple[tuple[str, Param], ...] = ()

    def get(self, name: str, default: Param = "") -> Param:
        return dict(self.params).get(name, default)

    def as_dict(self) -> dict[str, Param]:
        return dict(self.params)
