"""Quality gate for CI: run every benchmark's fast slice against its pinned floors.

Each bench/bench_<name>.py with a bench/baselines/<name>.json is run as
`python bench/bench_<name>.py --gate` from the repository root. A gate that fails, or whose
data is missing, fails the whole run: quality never slides back silently.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", help="folder holding bench/ data")
    parser.add_argument("names", nargs="*", help="only these benchmarks")
    args = parser.parse_args()
    if not (ROOT / args.shared / "bench").is_dir() and not Path(args.shared, "bench").is_dir():
        print(f"eval gate: benchmark data not found under {args.shared}/bench", file=sys.stderr)
        return 2
    baselines = sorted((ROOT / "bench" / "baselines").glob("*.json"))
    failed = []
    for baseline in baselines:
        name = baseline.stem
        if args.names and name not in args.names:
            continue
        script = ROOT / "bench" / f"bench_{name}.py"
        if not script.exists():
            print(f"eval gate: {baseline.name} has no {script.name}", file=sys.stderr)
            failed.append(name)
            continue
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), "--gate"], cwd=ROOT, check=False)
        took = time.perf_counter() - started
        status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
        print(f"eval gate: {name}: {status} in {took:.0f}s", flush=True)
        if result.returncode != 0:
            failed.append(name)
    if not baselines:
        print("eval gate: no baselines found", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
