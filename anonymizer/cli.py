"""`anonymizer-cli`: batch cleaning, detection and inspection over the core, for people and scripts.

Exit codes: 0 every file ok, 1 some files failed (the others were still written), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from anonymizer import __version__
from anonymizer.core.cancel import CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnonymizerError, as_file_error
from anonymizer.core.models import (
    AudioMode,
    CleanOptions,
    DetectionOptions,
    FileResult,
    Finding,
    NamingScheme,
    Preset,
    Progress,
    RedactionOptions,
    RedactionStyle,
    Shape,
    Status,
)
from anonymizer.core.video import VideoAnalysis
from anonymizer.finding_text import describe_finding, group_name
from anonymizer.messages import QT_TRANSLATE_NOOP, describe, describe_warning, describe_with_detail, translate
from anonymizer.translation import LANGUAGES, language_from_environment
from anonymizer.translation import install as install_language

if TYPE_CHECKING:
    from anonymizer.core.batch import BatchItem
    from anonymizer.core.pipeline import PhotoAnalysis
    from anonymizer.core.video import FaceTrack

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _sensitivity(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number from 0 to 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be a number from 0 to 1")
    return value


def _whole(minimum: int, hint: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number, ``minimum`` or more (``hint`` says what it is for)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number{hint}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}{hint}")
        return value
    return parse


_DEFAULTS = CleanOptions()  # every default below is the core's


def _add_detection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--preset", choices=[x.value for x in Preset], default=_DEFAULTS.detection.preset.value,
                   help="thorough (default, photos) or fast")
    p.add_argument("--sensitivity", type=_sensitivity, default=_DEFAULTS.detection.sensitivity,
                   help=f"0..1, higher finds more faces and more false alarms "
                        f"(default {_DEFAULTS.detection.sensitivity})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anonymizer-cli",
        description="Redact faces and remove identifying metadata from photos and videos, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="technical details (may show file paths)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="write redacted, metadata-free copies into a folder")
    clean.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    clean.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR")
    clean.add_argument("--style", choices=[s.value for s in RedactionStyle],
                       default=_DEFAULTS.redaction.style.value,
                       help="solid (default) and pixelate are strong; blur is weaker")
    clean.add_argument("--shape", choices=[s.value for s in Shape], default=_DEFAULTS.redaction.shape.value)
    clean.add_argument("--audio", choices=[a.value for a in AudioMode], default=_DEFAULTS.audio.value,
                       help="videos: remove (default), keep, or distort voices")
    clean.add_argument("--names", choices=[n.value for n in NamingScheme], default=_DEFAULTS.naming.value,
                       help="output names: random (default), numbered, or keep the original names")
    clean.add_argument("--quality", type=int, default=_DEFAULTS.jpeg_quality, choices=range(50, 101),
                       metavar="50-100", help=f"JPEG/WebP quality (default {_DEFAULTS.jpeg_quality})")
    clean.add_argument("--jobs", type=_whole(1), default=1, help="files processed at once")
    clean.add_argument("--json", action="store_true", help="one JSON object per input file per line")
    clean.add_argument("--unredact-track", type=_whole(0, " (a track id `detect` printed)"), action="append",
                       default=[], metavar="ID",
                       help="one video only: leave this face track visible (an id `detect` printed at the same "
                            "settings); repeatable")
    _add_detection_args(clean)

    detect = sub.add_parser("detect", help="print the faces found in photos, and the face tracks of videos")
    detect.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    detect.add_argument("--json", action="store_true", help="one JSON object per file per line")
    _add_detection_args(detect)

    inspect = sub.add_parser("inspect", help="list the identifying metadata files carry")
    inspect.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    inspect.add_argument("--json", action="store_true")

    sub.add_parser("selftest", help="check the face models offline and run one detection")
    return parser


def _detection_options(args: argparse.Namespace) -> CleanOptions:
    """The detection settings of `clean` and `detect`, from one place: a video's track ids are only the
    same in both when the settings are."""
    detection = DetectionOptions(preset=Preset(args.preset), sensitivity=args.sensitivity)
    video = DetectionOptions(preset=Preset.FAST, sensitivity=args.sensitivity) \
        if detection.preset is Preset.THOROUGH else detection
    return CleanOptions(detection=detection, video_detection=video)


def _options(args: argparse.Namespace) -> CleanOptions:
    return _detection_options(args).evolve(
        redaction=RedactionOptions(style=RedactionStyle(args.style), shape=Shape(args.shape)),
        audio=AudioMode(args.audio),
        naming=NamingScheme(args.names),
        jpeg_quality=args.quality,
    )


def _path_json(path: Path | str) -> str:
    """A path as text that any stream can encode: bytes that are not UTF-8 (kept by Python as lone
    surrogates) become ``\\xNN`` instead of crashing the writer, and the whole batch with it."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _display(path: Path | str) -> str:
    """A path for a human line: as :func:`_path_json`, and control or invisible formatting characters
    (newline, ESC, bidi overrides) escaped, so a hostile file name cannot split the one-line error,
    spoof another name or send terminal escape sequences."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in _path_json(path))


def _emit(obj: dict[str, Any], out: TextIO) -> None:
    # _path_json again over the whole line: a --verbose detail may quote a path that is not UTF-8.
    out.write(_path_json(json.dumps(obj, ensure_ascii=False)) + "\n")
    out.flush()


def _error_text(error: BaseException | None, verbose: bool) -> str:
    if error is None:
        return ""
    return describe_with_detail(error) if verbose else describe(error)


def _item_text(item: Finding) -> str:
    return describe_finding(item)


def _finding_json(item: Finding) -> dict[str, Any]:
    """One finding as `inspect --json` prints it: the data, and the English sentence for people."""
    return {"kind": item.kind.value, "group": item.group.value, "params": item.as_dict(),
            "text": describe_finding(item, english=True)}


_WORDS = {"ok": QT_TRANSLATE_NOOP("CLI", "ok"), "warning": QT_TRANSLATE_NOOP("CLI", "warning"),
          "error": QT_TRANSLATE_NOOP("CLI", "error")}


def _word(name: str) -> str:
    """A line's status word, translated, padded so the file names line up."""
    words = {key: translate("CLI", _WORDS[key]) for key in _WORDS}
    return words[name].ljust(max(len(words["ok"]), len(words["error"])) + 1)  # "ok     x", "error  x"


def _result_json(r: FileResult, verbose: bool) -> dict[str, Any]:
    return {
        "input": _path_json(r.input),
        "output": _path_json(r.output) if r.output else None,
        "status": "ok" if r.status is Status.OK else "error",
        "error": _error_text(r.error, verbose) or None,
        "faces": r.faces,
        "candidates": r.candidates,
        "metadata_removed": [describe_finding(m, english=True) for m in r.metadata_removed],
        "warnings": [describe_warning(w) for w in r.warnings],
    }


@contextmanager
def _cancel_on_interrupt(cancel: CancelToken) -> Iterator[None]:
    """Ctrl-C or SIGTERM: stop between units of work; temp files are removed by the core."""
    def handler(signum: int, frame: object) -> None:
        cancel.cancel()

    previous = signal.signal(signal.SIGTERM, handler) if threading.current_thread() is threading.main_thread() \
        else None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run_in_thread(work: Callable[[], Any], cancel: CancelToken) -> Any:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as e:  # noqa: BLE001 - re-raised in the calling thread
            box["error"] = e

    t = threading.Thread(target=target, name="anonymizer-batch", daemon=True)
    t.start()
    while t.is_alive():
        try:
            t.join(0.2)
        except KeyboardInterrupt:
            if cancel.cancelled:
                raise  # a second Ctrl-C: leave now (a temp file left behind is swept by the next run)
            cancel.cancel()
    if "error" in box:
        raise box["error"]
    return box.get("value")


class _TerminalProgress:
    """A rich progress display on stderr: files done, and the current file's stage or frames."""

    def __init__(self, total_files: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._files = self._progress.add_task("files", total=total_files)
        self._lock = threading.Lock()
        self._tasks: dict[Path, Any] = {}

    def __enter__(self) -> _TerminalProgress:
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(None, None, None)

    def for_file(self, path: Path) -> ProgressCallback:
        def report(p: Progress) -> None:
            with self._lock:
                task = self._tasks.get(path)
                if task is None:
                    task = self._tasks[path] = self._progress.add_task(path.name[:40], total=p.total)
                self._progress.update(task, completed=p.done, total=p.total, description=f"{path.name[:32]} {p.stage}")
        return report

    def file_done(self, path: Path) -> None:
        with self._lock:
            task = self._tasks.pop(path, None)
            if task is not None:
                self._progress.remove_task(task)
            self._progress.advance(self._files)

    def print(self, text: str) -> None:
        self._progress.console.print(text, markup=False, highlight=False)


def cmd_clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from anonymizer.core.batch import collect_items, run_batch
    from anonymizer.core.output import OutputNamer

    options = _options(args)
    items = collect_items(args.inputs, args.output)
    if not items:
        err.write("anonymizer-cli: no files found in the given inputs\n")
        return EXIT_USAGE
    chosen = _clean_items(args, items, err)
    if chosen is None:
        return EXIT_USAGE
    items = chosen
    namer = OutputNamer(args.output, options.naming)
    cancel = CancelToken()
    show_bar = not args.json and err.isatty()
    failures = 0

    def report_line(r: FileResult, printer: Callable[[str, bool], None]) -> None:
        nonlocal failures
        if r.status is not Status.OK:
            failures += 1
        try:
            report_one(r, printer)
        except BrokenPipeError:
            # Whoever read our output went away (`... --json | head -1`): results can no longer be
            # reported, so stop the batch instead of dying with a traceback halfway through. Plain
            # mode writes errors to stderr, so the broken pipe may be either stream: silence the one
            # whose flush still fails (the failed write stays in its buffer).
            for stream in (out, err):
                try:
                    stream.flush()
                except BrokenPipeError:
                    _silence(stream)
            cancel.cancel()

    def report_one(r: FileResult, printer: Callable[[str, bool], None]) -> None:
        if args.json:
            _emit(_result_json(r, args.verbose), out)
        elif r.status is Status.OK:
            faces, candidates, removed = r.faces, r.candidates, len(r.metadata_removed)
            done = translate("CLI", "%n face(s) redacted", None, faces)
            if candidates:
                done += ", " + translate("CLI", "%n unsure spot(s) left visible: review them in the window",
                                         None, candidates)
            done += ", " + translate("CLI", "%n metadata item(s) removed", None, removed)
            printer(f"{_word('ok')} {_display(r.input.name)} -> {_display(r.output.name) if r.output else ''} "
                    f"({done})", True)
            for warning in r.warnings:
                printer(f"{_word('warning')} {_display(r.input.name)}: {describe_warning(warning)}", False)
        else:
            printer(f"{_word('error')} {_display(r.input)}: {_display(_error_text(r.error, args.verbose))}", False)

    def run(progress_for: Callable[[Path], ProgressCallback], on_done: Callable[[FileResult], None]) -> None:
        run_batch(items, namer, options, jobs=args.jobs, on_result=on_done, progress_for=progress_for,
                  cancel=cancel)

    def plain_print(text: str, ok: bool) -> None:
        (out if ok else err).write(text + "\n")

    try:
        with _cancel_on_interrupt(cancel):
            if show_bar:
                with _TerminalProgress(len(items)) as bar:
                    def done(r: FileResult) -> None:
                        bar.file_done(r.input)
                        report_line(r, lambda text, _ok: bar.print(text))
                    _run_in_thread(lambda: run(bar.for_file, done), cancel)
            else:
                _run_in_thread(lambda: run(lambda _: no_progress, lambda r: report_line(r, plain_print)), cancel)
    except AnonymizerError as e:
        err.write(f"anonymizer-cli: {_display(args.output)}: {_error_text(e, args.verbose)}\n")
        return EXIT_SOME_FAILED
    if cancel.cancelled:
        err.write("anonymizer-cli: cancelled; unfinished files were not written\n")
    return EXIT_SOME_FAILED if failures or cancel.cancelled else EXIT_OK


def _clean_items(args: argparse.Namespace, items: list[BatchItem], err: TextIO) -> list[BatchItem] | None:
    """The batch, with the tracks to leave visible; None (a usage error said) when they cannot apply."""
    from anonymizer.core.batch import BatchItem
    from anonymizer.core.pipeline import Edits
    from anonymizer.core.video import TrackChoices

    if not args.unredact_track:
        return items
    # Track ids belong to one video: applied to a batch they would switch off other people's faces.
    if len(items) != 1 or items[0].refused is not None or not _is_video(items[0].path):
        err.write("anonymizer-cli: --unredact-track needs exactly one video as input (the one `detect` "
                  "gave the track ids for)\n")
        return None
    return [BatchItem(items[0].path, edits=Edits(tracks=TrackChoices(frozenset(args.unredact_track))))]


def _is_video(path: Path) -> bool:
    from anonymizer.core import isolation
    from anonymizer.core.isolation.requests import Sniff
    from anonymizer.core.media.sniff import MediaKind

    try:
        return isolation.run(Sniff(path)).kind is MediaKind.VIDEO
    except (AnonymizerError, OSError):
        return False


def cmd_detect(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from anonymizer.core import isolation

    options = _detection_options(args)
    reporter = _DetectReporter(out, args.json)
    failures = 0
    isolation.allow_reading(args.inputs)
    for path in args.inputs:
        try:
            found = _analyze(path, options)
        except Exception as e:  # noqa: BLE001 - like clean: one file's failure is a line, never a traceback
            failures += 1
            text = _error_text(as_file_error(e, path), args.verbose)
            if args.json:
                _emit({"file": _path_json(path), "error": text}, out)
            else:
                err.write(f"error  {_display(path)}: {text}\n")
            continue
        if isinstance(found, VideoAnalysis):
            reporter.video(path, found)
        else:
            reporter.photo(path, found, options)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _analyze(path: Path, options: CleanOptions) -> PhotoAnalysis | VideoAnalysis:
    from anonymizer.core import isolation
    from anonymizer.core.isolation.requests import AnalyzePhoto, AnalyzeVideo

    request = AnalyzeVideo(path, options) if _is_video(path) else AnalyzePhoto(path, options)
    return isolation.run(request)


class _DetectReporter:
    """`detect` output: faces to redact and unsure spots, from the same review the clean command uses."""

    def __init__(self, out: TextIO, as_json: bool) -> None:
        self.out, self.as_json = out, as_json

    def photo(self, path: Path, analysis: PhotoAnalysis, options: CleanOptions) -> None:
        from anonymizer.core.pipeline import auto_review
        from anonymizer.core.review import is_unsure

        review = auto_review(analysis.width, analysis.height, analysis.search, options)
        faces = [{"box": r.detection.box.as_list(1), "score": round(r.detection.score, 4),
                  "redact": r.region.enabled, "unsure": is_unsure(r, review.area)}
                 for r in review.regions.values() if r.detection is not None]
        if self.as_json:
            _emit({"file": _path_json(path), "width": analysis.width, "height": analysis.height,
                   "faces": faces}, self.out)
            return
        redacted = sum(1 for f in faces if f["redact"])
        self.out.write(f"{_display(path)}: {redacted} faces, {len(faces) - redacted} unsure spots not redacted\n")
        for f in faces:
            kind = "face" if f["redact"] else "unsure"
            self.out.write(f"  {kind:6} box {f['box']} score {f['score']}\n")

    def video(self, path: Path, analysis: VideoAnalysis) -> None:
        tracks = [_track_json(t) for t in analysis.tracks]
        if self.as_json:
            _emit({"file": _path_json(path), "width": analysis.info.width, "height": analysis.info.height,
                   "frames": analysis.frames, "tracks": tracks}, self.out)
            return
        self.out.write(f"{_display(path)}: {len(tracks)} face tracks in {analysis.frames} frames\n")
        for t in tracks:
            self.out.write(f"  track {t['id']}: frames {t['first_frame']}-{t['last_frame']}, "
                           f"{len(t['boxes'])} covered ({len(t['bridged_frames'])} bridged), "
                           f"lowest score {t['lowest_score']}\n")


def _track_json(track: FaceTrack) -> dict[str, Any]:
    """One track as `detect --json` prints it; frame numbers from 0 in decode order, as text keys."""
    return {"id": track.id, "first_frame": track.first_frame, "last_frame": track.last_frame,
            "boxes": {str(f): track.boxes[f].as_list(1) for f in sorted(track.boxes)},
            "lowest_score": round(track.lowest_score, 4), "bridged_frames": sorted(track.bridged)}


def cmd_inspect(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from anonymizer.core import isolation
    from anonymizer.core.isolation.requests import Inspect
    from anonymizer.core.metadata import sidecar_files

    failures = 0
    isolation.allow_reading(args.inputs)
    for path in args.inputs:
        try:
            items = isolation.run(Inspect(path))
            sidecars = sidecar_files(path)
        except Exception as e:  # noqa: BLE001 - like clean: one file's failure is a line, never a traceback
            failures += 1
            # a plain OSError (no such file, permission denied) is best said by the system's own words
            plain_os = isinstance(e, OSError) and not isinstance(e, AnonymizerError)
            text = str(e.strerror) if plain_os else _error_text(as_file_error(e, path), args.verbose)
            if args.json:
                _emit({"file": _path_json(path), "error": text}, out)
            else:
                err.write(f"{_word('error')} {_display(path)}: {text}\n")
            continue
        if args.json:
            _emit({"file": _path_json(path), "findings": [_finding_json(i) for i in items],
                   "sidecars": [_path_json(s.name) for s in sidecars]}, out)
            continue
        out.write(f"{_display(path)}:\n")
        if not items:
            out.write("  " + translate("CLI", "no identifying metadata found") + "\n")
        group = None
        for item in items:
            if item.group is not group:
                group = item.group
                out.write(f"  {group_name(group)}:\n")
            out.write(f"    {_display(_item_text(item))}\n")
        for s in sidecars:
            line = translate("CLI", "%1 sits beside this file and is never copied; delete it before sharing")
            out.write(f"  {line.replace('%1', _display(s.name))}\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


def cmd_selftest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from anonymizer.core.detection import selftest

    try:
        report = selftest()
    except AnonymizerError as e:
        err.write(f"selftest failed: {_error_text(e, True)}\n")
        return EXIT_SOME_FAILED
    models = ", ".join(f"{m.model} (sha256 {m.sha256}, {m.size / 1e6:.1f} MB)" for m in report.models)
    out.write(f"selftest ok: face models {models} verified and loaded in {report.load_seconds:.2f} s; one "
              f"detection ran in {report.detect_seconds:.2f} s, offline\n")
    return EXIT_OK


COMMANDS = {"clean": cmd_clean, "detect": cmd_detect, "inspect": cmd_inspect, "selftest": cmd_selftest}


def _silence(stream: TextIO) -> None:
    """Point a closed pipe at /dev/null so that the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests pass StringIO)
        pass


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    install_language(language_from_environment())  # the usage errors of the parser stay English (argparse)
    args = build_parser().parse_args(argv)
    if args.lang:
        install_language(args.lang)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.CRITICAL, stream=err,
                        format="%(levelname)s %(name)s: %(message)s")
    # Libraries warn about what hostile files contain (Pillow: "Corrupt EXIF data ..."). Those lines are
    # noise beside our one-line error per file: logged with --verbose, silent otherwise. The core's own
    # DecompressionBombWarning check installs its "error" filter in front of this one, so still fires.
    if args.verbose:
        logging.captureWarnings(True)
    else:
        warnings.simplefilter("ignore")
    try:
        return COMMANDS[args.command](args, out, err)
    except KeyboardInterrupt:  # before the batch started, or a second Ctrl-C
        err.write("anonymizer-cli: interrupted; unfinished files were not written\n")
        return EXIT_SOME_FAILED
    except BrokenPipeError:  # detect/inspect output cut short by the reader
        _silence(out)
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
