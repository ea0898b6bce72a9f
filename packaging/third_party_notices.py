"""Write THIRD-PARTY-NOTICES.txt for the bundle from the installed distributions (build step).

    python packaging/third_party_notices.py OUT.txt [MODULE ...]

``packaging/anonymizer.spec`` calls :func:`write_notices` with the top-level modules PyInstaller put into
the bundle, so the file lists exactly what ships: for every distribution that provides one of them, its
name, version, licence (``License-Expression``, ``License`` or the classifiers) and the full text of
every licence file it carries (``importlib.metadata``). Then Python itself, the face model's licence
and training data, and the source offer the GPL asks for. Without modules (command line) it lists the
app's run-time requirements, resolved in the current environment.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "anonymizer"
MODEL_LICENCE = ROOT / "resources" / "models" / "LICENSE-retinaface.txt"
CENTERFACE_LICENCE = ROOT / "resources" / "models" / "LICENSE-centerface.txt"
# Wheels that carry no licence file of their own (PySide6, shiboken6, flatbuffers): the standard text
# of the licence their metadata names, kept beside this script.
FALLBACK_TEXTS = {"LGPL-3.0": ROOT / "packaging" / "licenses" / "LGPL-3.0.txt",
                  "Apache": ROOT / "packaging" / "licenses" / "Apache-2.0.txt"}
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors|thirdpartynotices)[^/]*$", re.I)
RULE = "=" * 100


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions_for(modules: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules (the app itself left out)."""
    providers = metadata.packages_distributions()
    names = {_key(d) for m in modules for d in providers.get(m.split(".")[0], [])} - {APP}
    return sorted((metadata.distribution(n) for n in names), key=lambda d: _key(d.metadata["Name"]))


def requirements_closure(root: str = APP) -> list[metadata.Distribution]:
    """``root``'s run-time requirements (no extras), and theirs, as installed here."""
    from packaging.requirements import Requirement

    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        dist = metadata.distribution(name)
        seen[_key(name)] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    seen.pop(APP, None)
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    text = (meta.get("License") or "").strip()
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    short = text if text and "\n" not in text and len(text) < 100 else ""
    return expression or short or ", ".join(classifiers) or ("see the licence text below" if text else "not stated")


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of every licence file the distribution carries, else the standard text of the
    licence its metadata names, else its long ``License`` field."""
    texts: dict[str, tuple[str, str]] = {}  # by content: wheels often carry one text twice
    for f in dist.files or []:
        path = Path(f.locate())
        if LICENCE_FILE.search(str(f)) and path.suffix not in (".py", ".pyc") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.setdefault(text.strip(), (str(f), text))
    if texts:
        return list(texts.values())
    named = licence_of(dist)
    for marker, path in FALLBACK_TEXTS.items():
        if marker in named:
            return [(f"{path.name} (standard text of the licence named in the metadata)", path.read_text(encoding="utf-8"))]
    text = (dist.metadata.get("License") or "").strip()
    return [("License field of the metadata", text)] if text else []


def bundled_libraries(dist: metadata.Distribution) -> list[str]:
    """Native libraries the wheel vendors (auditwheel's ``<name>.libs/``, delocate's ``.dylibs/``)."""
    return sorted({Path(str(f)).name for f in dist.files or [] if re.search(r"\.(libs|dylibs)/", str(f))})


def _section(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.strip()}\n\n"


def _distribution_section(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    lines = [f"Version: {dist.version}", f"Licence: {licence_of(dist)}"]
    if meta.get("Home-page"):
        lines.append(f"Home page: {meta['Home-page']}")
    libs = bundled_libraries(dist)
    if libs:
        lines.append("Native libraries it carries (each under its own licence, included in the texts below "
                     "where the wheel ships them): " + ", ".join(libs))
    for name, text in licence_texts(dist):
        lines += ["", f"--- {name} ---", "", text.strip()]
    return _section(f"{meta['Name']} {dist.version}", "\n".join(lines))


def _python_section() -> str:
    version = ".".join(map(str, sys.version_info[:3]))
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt",
                      Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"):
        if candidate.is_file():
            return _section(f"Python {version}", "Licence: PSF-2.0\n\n" + candidate.read_text(encoding="utf-8"))
    return _section(f"Python {version}", "Licence: PSF-2.0 (https://docs.python.org/3/license.html)")


def _model_section() -> str:
    return _section("Face model: RetinaFace (MobileNetV2), resources/models/retinaface_mnv2.onnx", (
        "The model was trained by its authors on the WIDER FACE data set (Yang et al., 2016), whose images\n"
        "are for non-commercial research use; the data set itself is not shipped, only the trained weights.\n"
        "The weights are redistributed under the licence below.\n\n" + MODEL_LICENCE.read_text(encoding="utf-8"))
    ) + _section("Face model: CenterFace, resources/models/centerface.onnx", (
        "Also trained on WIDER FACE (only the weights are shipped); redistributed under the licences below.\n\n"
        + CENTERFACE_LICENCE.read_text(encoding="utf-8")))


def _source_offer(version: str) -> str:
    return _section("Source code (GNU GPL and LGPL)", f"""
Anonymizer {version} is free software: you can redistribute it and/or modify it under the terms of the
GNU General Public License, version 3 or (at your option) any later version (LICENSE.txt beside this
file). Some libraries in this bundle are under the GPL or LGPL (Qt and PySide6; FFmpeg, x264 and x265
inside PyAV; libheif, libde265 and x265 inside pillow-heif).

The complete corresponding source code of this release is offered in the same place as this download,
at no charge: the app's source at its version tag ({version}), and for every library listed here the
source of the exact version named (each Python package is published as source on PyPI under the same
name and version; the native libraries a wheel carries are built from the sources its project
publishes for that version). If you cannot find it there, ask the maintainers through the project's
issue tracker and they will provide it. This offer is valid for three years from the release of this
version, for anyone who has received this program.
""")


def render(dists: Iterable[metadata.Distribution], version: str) -> str:
    dists = list(dists)
    header = (f"Anonymizer {version}: third-party notices\n\nThis bundle contains the following software "
              f"besides Anonymizer itself ({len(dists)} Python distributions, Python, and the face model).\n"
              "Generated at build time from the installed distributions (packaging/third_party_notices.py).\n\n"
              + "\n".join(f"  {d.metadata['Name']} {d.version}: {licence_of(d)}" for d in dists) + "\n\n")
    return header + _source_offer(version) + _model_section() + _python_section() + "".join(
        _distribution_section(d) for d in dists)


def write_notices(out: Path, modules: Iterable[str] | None, version: str) -> Path:
    dists = requirements_closure() if modules is None else distributions_for(modules)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(dists, version), encoding="utf-8", newline="\n")
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))  # this checkout's version, not an installed copy's
    from anonymizer import __version__ as version

    print(write_notices(Path(argv[0]), argv[1:] or None, version))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
