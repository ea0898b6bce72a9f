"""Human sentences for the core's typed errors, shared by the CLI and the GUI.

The core never words an error. Each sentence here goes through ``translate(context, text)``; the GUI
installs Qt's translator with :func:`set_translator`, the CLI the one ``anonymizer.translation`` loads
for the locale, so the same sentences come out in the user's language (they are listed in the ``.ts``
files under ``Errors``; the metadata findings' sentences, in ``finding_text``, under ``Findings``).
"""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.core import errors as e
from anonymizer.core import models as e_models

# Qt's signature: (context, source text, disambiguation, n); n >= 0 picks a plural form and fills %n.
Translator = Callable[[str, str, str | None, int], str]


def english(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with %n filled and English plurals made: 'image(s)' -> 'image', 'images'."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translate: Translator = english


def set_translator(translator: Translator) -> None:
    global _translate
    _translate = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The one way to translate, spelt as in the window (``QCoreApplication.translate``) so that
    pyside6-lupdate extracts it: ``translate("Context", "literal text")``, positional arguments only."""
    return _translate(context, text, disambiguation, n)


def describe(error: BaseException) -> str:
    """One plain sentence saying why a file was not processed (no file name: callers add it)."""
    if isinstance(error, e.EmptyFile):
        return translate("Errors", "The file is empty (0 bytes).")
    if isinstance(error, e.NotAFile):
        return _not_a_file(error.kind)
    if isinstance(error, e.UnreadableFile):
        return translate("Errors", "The file could not be opened (missing, not a regular file, or not readable).")
    if isinstance(error, e.RefusedFormat):
        if error.kind == "raw":
            return translate("Errors", "Camera RAW files cannot be cleaned safely. Export a JPEG from your photo app first.")
        if error.kind == "jxl":
            return translate("Errors", "This is a JPEG XL image, and this copy of the app has no JPEG XL reader. Export a JPEG "
                                       "from your photo app first.")
        if error.kind == "reference-movie":
            return translate("Errors", "This is a QuickTime reference movie: its pictures are stored in other files, which the "
                                       "app does not open. Export it as a self-contained movie first.")
        if error.kind == "animated":
            return translate("Errors", "This kind of animated image is not supported (animated GIF and WebP are). Convert the "
                                       "animation to a video first.")
        if error.kind == "animation":
            return translate("Errors", "This is an animated image: it is cleaned frame by frame when it is exported, but it "
                                       "cannot be opened as a single photo.")
        if error.kind == "animation-too-large":
            return translate("Errors", "This animation is too long or too large to be cleaned as an animation. Convert it to a "
                                       "video first.")
        return translate("Errors", "This kind of file is not supported.")
    if isinstance(error, e.UnsupportedFormat):
        return translate("Errors", "This is not a photo or video format the app can read.")
    if isinstance(error, e.DecompressionBomb):
        return translate("Errors", "The image declares a size too large to open safely (possible decompression bomb).")
    if isinstance(error, e.UnsafeFile):
        return _unsafe(error.reason)
    if isinstance(error, e.NoVideoStream):
        return translate("Errors", "The file has no video picture to clean (audio only or empty).")
    if isinstance(error, e.AnalysisOutdated):
        return translate("Errors", "The video or the detection settings changed after its faces were reviewed. "
                                   "Look at it again before exporting.")
    if isinstance(error, e.UnknownTrack):
        return translate("Errors", "The video has no face track with the number given, at these settings. Run detect "
                                   "again with the same settings and use its track numbers.")
    if isinstance(error, e.CorruptFile):
        return translate("Errors", "The file is damaged or incomplete and cannot be read completely.")
    if isinstance(error, e.ModelTampered):
        return translate("Errors", "The face detection model has been modified or damaged; refusing to run. Reinstall the app.")
    if isinstance(error, e.ModelMissing):
        return translate("Errors", "The face detection model is missing. Reinstall the app.")
    if isinstance(error, e.ModelError):
        return translate("Errors", "The face detector could not be started.")
    if isinstance(error, e.VerificationFailed):
        return translate("Errors", "The cleaned copy failed the final safety check and was deleted.")
    if isinstance(error, e.OutputPathTooLong):
        return translate("Errors", "The output folder's path is too long for this system (Windows allows 260 characters). "
                                   "Choose a folder with a shorter path.")
    if isinstance(error, e.OutputError):
        return translate("Errors", "The cleaned copy could not be written (is the output folder writable and not full?).")
    if isinstance(error, e.Cancelled):
        return translate("Errors", "Cancelled.")
    if isinstance(error, e.EncoderFailed):
        return translate("Errors", "The cleaned copy could not be encoded (an encoder failure, not a problem with your file); "
                                   "no output was written.")
    if isinstance(error, e.ProcessingError):
        return translate("Errors", "Processing failed inside the app; no output was written.")
    return translate("Errors", "An unexpected error occurred; no output was written.")


def _unsafe(reason: str) -> str:
    if reason == "time":
        return translate("Errors", "This file could not be opened safely: reading it took far longer than a file of its size "
                  "should, so it was stopped. It may have been made to attack the app; the other files are "
                  "not affected.")
    if reason == "memory":
        return translate("Errors", "This file could not be opened safely: reading it needed more memory than the app allows. "
                  "It may have been made to attack the app; the other files are not affected.")
    return translate("Errors", "This file could not be opened safely: the reader crashed on it. It may have been made to "
              "attack the app; the other files are not affected.")


def _not_a_file(kind: str) -> str:
    if kind == "dangling-link":
        return translate("Errors", "This is a link to a file that no longer exists; there was nothing to clean.")
    if kind == "link-outside":
        return translate("Errors", "This is a link to something outside the folder; links are not followed while a folder is "
                                   "walked. Add the file itself to clean it.")
    if kind == "fifo":
        return translate("Errors", "This is a named pipe (FIFO), not a file; it was skipped.")
    if kind == "socket":
        return translate("Errors", "This is a socket, not a file; it was skipped.")
    return translate("Errors", "This is a device, not a file; it was skipped.")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name the extractor looks for
    """Marks ``text`` for translation in ``context`` without translating it yet (as Qt's macro does)."""
    del context
    return text


_WARNINGS = {
    e_models.FileWarning.MOTION_PHOTO: QT_TRANSLATE_NOOP(
        "Warnings",
        "This is a Motion Photo: a short video, often with sound, is hidden inside it and shows "
        "everyone unredacted. The cleaned copy is a still photo without it; never share the original."),
    e_models.FileWarning.LIVE_PHOTO: QT_TRANSLATE_NOOP(
        "Warnings",
        "This looks like a Live Photo: a video with the same name sits next to it and shows "
        "everyone unredacted. Add that video too if you need it, and never share the original pair."),
    e_models.FileWarning.EMBEDDED_PREVIEWS: QT_TRANSLATE_NOOP(
        "Warnings",
        "This file carries hidden previews of the original picture. They are not copied to the "
        "cleaned file."),
    e_models.FileWarning.SIDECAR: QT_TRANSLATE_NOOP(
        "Warnings",
        "A sidecar file (.xmp, .aae or .thm) sits next to the original. It is not copied, but "
        "it may hold location and edits: do not share it."),
}


def describe_warning(warning: e_models.FileWarning) -> str:
    """One plain sentence for a warning the core reports about a file (no file name: callers add it)."""
    if warning in _WARNINGS:
        return translate("Warnings", _WARNINGS[warning])
    if warning is e_models.FileWarning.LAYERS_DROPPED:
        return translate("Errors", "Only the flattened picture of this Photoshop file was cleaned and kept; its layers were "
                                   "dropped.")
    return translate("Errors", "The file was cleaned, with a warning.")


def describe_with_detail(error: BaseException) -> str:
    """The sentence plus the technical detail, for `--verbose` and the GUI's details view."""
    sentence = describe(error)
    detail = getattr(error, "detail", "")
    return f"{sentence} ({detail})" if detail else sentence
