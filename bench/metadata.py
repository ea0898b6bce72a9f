"""Metadata benchmark: clean every file of a corpus with the real CLI, audit each output with ExifTool.

    python bench/metadata.py [DIR] [--out OUTDIR] [--cli PATH] [--audit PATH]

DIR defaults to ../shared/data/metadata. The cleaning is `anonymizer-cli clean DIR -o OUT --json`;
the audit is the project's independent rule, ../shared/tools/audit_metadata.sh --tsv (ExifTool
`-a -G0:1 -s -ee3` plus ffprobe), so this script does not re-implement its classification. Where
that script is missing, a stricter fallback flags every tag outside a few structural groups.

Prints one JSON object: files seen, cleaned, refused (with the reason shown to the user), and every
output still carrying a location, time, device, unique-id, person, thumbnail or embedded-stream tag.
Target: zero such outputs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "metadata"
DEFAULT_AUDIT = ROOT.parent / "shared" / "tools" / "audit_metadata.sh"
SKIP_SUFFIXES = {".md", ".json", ".txt", ".tsv"}
EXIFTOOL = ["exiftool", "-a", "-G0:1", "-s", "-ee3", "-api", "LargeFileSupport=1"]
# Fallback rule: ExifTool groups that only describe the file's structure.
STRUCTURAL_G0 = {"ExifTool", "System", "File", "Composite", "JFIF", "PNG", "RIFF"}
# In container groups (QuickTime, Matroska, ...) only names that can identify count, unless zeroed.
SUSPECT = re.compile(r"(?i)gps|location|xyz|date|make|model|serial|software|encoder|artist|author|copyright|"
                     r"comment|title|thumbnail|preview(image|tiff)|uuid|firmware|lens|owner")
ZERO = re.compile(r"^(0000:00:00 00:00:00|0|0 s|)$")
CONTAINER_G0 = {"QuickTime", "Meta", "Matroska", "RIFF", "M2TS", "H264"}


def default_cli() -> list[str]:
    exe = Path(sys.executable).with_name("anonymizer-cli")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "anonymizer.cli"]


def inputs(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob("*") if p.is_file() and p.suffix.lower() not in SKIP_SUFFIXES
                  and not p.name.startswith("."))


def clean(cli: list[str], data: Path, out: Path) -> list[dict]:
    """Run the real CLI once over the folder; one JSON record per input file."""
    proc = subprocess.run([*cli, "clean", str(data), "-o", str(out), "--json"],
                          capture_output=True, text=True, check=False)
    records = []
    for line in proc.stdout.splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    if not records:
        raise SystemExit(f"the CLI produced no JSON (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return records


def audit(script: Path, out: Path) -> tuple[str, list[tuple[str, str, str, str]]]:
    """(summary line, [(file, category, group, tag=value)]) of identifying (tier-1) hits."""
    if not script.exists():
        return "fallback rule (audit script not found)", fallback_audit(out)
    with tempfile.NamedTemporaryFile("r", suffix=".tsv") as tsv:
        proc = subprocess.run(["bash", str(script), "--tsv", tsv.name, str(out)],
                              capture_output=True, text=True, check=False)
        hits = []
        for line in Path(tsv.name).read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) >= 6 and parts[1] == "1":
                hits.append((parts[0], parts[2], parts[3], f"{parts[4]}={parts[5][:80]}"))
    lines = [s for s in proc.stdout.splitlines() if s.strip()]
    summary = lines[-1] if lines else f"audit exited {proc.returncode}: {proc.stderr[-500:]}"
    # Files ExifTool could not read at all are flagged by the script without a TSV row.
    for line in lines[:-1]:
        if "[unreadable]" in line:
            hits.append((str(out / line.split("\t", 1)[0]), "unreadable", "ExifTool", "Error"))
    return summary, hits


def fallback_audit(out: Path) -> list[tuple[str, str, str, str]]:
    """Stricter than the real rule: any tag outside the structural groups counts."""
    hits = []
    for path in sorted(p for p in out.iterdir() if p.is_file()):
        text = subprocess.run([*EXIFTOOL, str(path)], stdout=subprocess.PIPE, text=True, check=False).stdout
        for line in text.splitlines():
            if not line.startswith("["):
                continue
            group, _, rest = line[1:].partition("]")
            g0 = group.split(":", 1)[0]
            tag, _, value = (part.strip() for part in rest.partition(":"))
            if g0 in CONTAINER_G0 and (not SUSPECT.search(tag) or ZERO.match(value)):
                continue
            if g0 not in STRUCTURAL_G0 or g0 in CONTAINER_G0:
                hits.append((str(path), "unclassified", group, f"{tag}={value[:80]}"))
    return hits


def report(records: list[dict], files: list[Path], summary: str, hits: list[tuple[str, str, str, str]],
           seconds: float) -> dict:
    by_output: dict[str, dict] = {}
    source = {os.path.realpath(r["output"]): r["input"] for r in records if r.get("output")}
    for file, category, group, tag in hits:
        entry = by_output.setdefault(file, {"output": file, "input": source.get(os.path.realpath(file)),
                                            "categories": set(), "tags": []})
        entry["categories"].add(category)
        entry["tags"].append(f"{group}:{tag}")
    leftovers = [{**e, "categories": sorted(e["categories"])} for e in by_output.values()]
    refused = [{"file": r["input"], "reason": r.get("error")} for r in records if r.get("status") != "ok"]
    categories = Counter(c for e in leftovers for c in e["categories"])
    return {
        "corpus_files": len(files),
        "cli_records": len(records),
        "cleaned": sum(1 for r in records if r.get("status") == "ok"),
        "refused": refused,
        "outputs_with_identifying_tags": len(leftovers),
        "leftover_categories": dict(sorted(categories.items())),
        "leftovers": leftovers,
        "metadata_items_removed": sum(len(r.get("metadata_removed") or []) for r in records),
        "audit_summary": summary,
        "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, help="output folder (default: a temporary one, removed after)")
    ap.add_argument("--cli", help="the anonymizer-cli executable (default: the one beside this Python)")
    ap.add_argument("--audit", type=Path, default=DEFAULT_AUDIT, help="the independent audit script")
    args = ap.parse_args(argv)
    if shutil.which("exiftool") is None:
        raise SystemExit("exiftool is required (Debian package libimage-exiftool-perl)")
    out = args.out or Path(tempfile.mkdtemp(prefix="anonymizer-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty: the audit must see only this run's outputs")
    started = time.monotonic()
    try:
        records = clean(args.cli.split() if args.cli else default_cli(), args.data, out)
        summary, hits = audit(args.audit, out)
        result = report(records, inputs(args.data), summary, hits, time.monotonic() - started)
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["outputs_with_identifying_tags"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
