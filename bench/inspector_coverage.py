"""Does `inspect` tell a person everything the independent audit sees? One JSON object on stdout.

    python bench/inspector_coverage.py DIR [DIR ...] [--details]

For every file the audit (`../shared/tools/audit_metadata.sh --tsv`, ExifTool plus ffprobe) flags in
category location, time, device, person or thumbnail, `anonymizer-cli inspect --json` must have a
finding in group location, time, device, people or embedded respectively. Prints, per group, how many
files the audit flagged, how many inspect covered and the missed files (with the audit's tags that
flagged them, when --details is given). Read-only: nothing is written beside the files.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT.parent / "shared" / "tools" / "audit_metadata.sh"
# audit category -> inspect group
GROUPS = {"location": "location", "time": "time", "device": "device", "person": "people", "thumbnail": "embedded"}


def audit(folder: Path) -> dict[str, dict[str, list[str]]]:
    """file -> {audit category -> the tags that flagged it} (identifying tier only)."""
    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "audit.tsv"
        subprocess.run(["bash", str(AUDIT), "--tsv", str(tsv), str(folder)], capture_output=True, check=False)
        rows = list(csv.reader(tsv.open(encoding="utf-8", errors="replace"), delimiter="\t")) if tsv.exists() else []
    flagged: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if len(row) < 5 or row[1] != "1":
            continue
        category = row[2].split("(")[0]
        if category in GROUPS:
            flagged[row[0]][category].append(f"{row[3]}:{row[4]}")
    return flagged


def inspect(files: list[str]) -> dict[str, set[str]]:
    """file -> the groups inspect --json has a finding in (run in process, in English)."""
    sys.path.insert(0, str(ROOT))
    from anonymizer.cli import main

    out = io.StringIO()
    main(["--lang", "en", "inspect", "--json", *files], out=out, err=io.StringIO())
    groups: dict[str, set[str]] = {}
    for line in out.getvalue().splitlines():
        record = json.loads(line)
        groups[record["file"]] = {f["group"] for f in record.get("findings", [])}
    return groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--details", action="store_true", help="name the audit tags behind each miss")
    args = parser.parse_args()
    flagged: dict[str, dict[str, list[str]]] = {}
    for folder in args.folders:
        flagged.update(audit(folder))
    found = inspect(sorted(flagged))
    result: dict[str, object] = {"files_flagged": len(flagged)}
    for category, group in GROUPS.items():
        files = sorted(f for f, cats in flagged.items() if category in cats)
        missed = [f for f in files if group not in found.get(f, set())]
        entry: dict[str, object] = {"flagged": len(files), "covered": len(files) - len(missed),
                                    "missed": len(missed), "missed_files": [os.path.relpath(f) for f in missed]}
        if args.details:
            entry["missed_tags"] = {os.path.relpath(f): flagged[f][category][:6] for f in missed}
        result[group] = entry
    print(json.dumps(result, ensure_ascii=False, indent=1))  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
