#!/usr/bin/env python3
"""Run the GitHub Actions example of README.md as GitHub would, minus GitHub.

    run_workflow.py README.md --workdir DIR --venv VENV [--set NAME=VALUE ...]

Finds the README's ```yaml block that uploads SARIF, checks the steps that only GitHub can run
(checkout, setup-python, upload-sarif: their versions and inputs), and runs every `run:` step,
unchanged, with bash in DIR: the job's `env` is set (a `--set` overrides one value, e.g. the
package to install) and VENV's bin folder comes first on PATH, standing in for setup-python.
Exits with the first failing step's code; prints the SARIF file the upload step would send.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml


def workflow_from_readme(readme: Path) -> dict:
    blocks = re.findall(r"^```yaml\n(.*?)^```", readme.read_text(encoding="utf-8"), re.S | re.M)
    found = [b for b in blocks if "upload-sarif" in b]
    if len(found) != 1:
        raise SystemExit(f"{readme}: expected one ```yaml block with upload-sarif, found {len(found)}")
    return yaml.safe_load(found[0])


def check_github_steps(job: dict) -> str:
    """The steps GitHub runs itself; returns the SARIF file the upload step sends."""
    uses = {s["uses"].split("@")[0]: s for s in job["steps"] if "uses" in s}
    for action in ("actions/checkout", "actions/setup-python", "github/codeql-action/upload-sarif"):
        if action not in uses:
            raise SystemExit(f"the workflow has no {action} step")
    if str(uses["actions/setup-python"].get("with", {}).get("python-version")) < "3.11":
        raise SystemExit("setup-python must give Python 3.11 or newer")
    if job.get("permissions", {}).get("security-events") != "write":
        raise SystemExit("uploading SARIF needs permissions: security-events: write")
    return uses["github/codeql-action/upload-sarif"]["with"]["sarif_file"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("readme", type=Path)
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--venv", type=Path, required=True)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args()

    wf = workflow_from_readme(args.readme)
    if "pull_request" not in (wf.get("on") or wf.get(True) or []):  # YAML 1.1 reads `on` as True
        raise SystemExit("the workflow should run on pull_request")
    (job,) = wf["jobs"].values()
    sarif = check_github_steps(job)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CLAIMCHECK_RULES")}
    env.update({k: str(v) for k, v in (job.get("env") or {}).items()})
    for item in args.set:
        name, _, value = item.partition("=")
        env[name] = value
    env["PATH"] = f"{args.venv.resolve() / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    for step in job["steps"]:
        if "run" not in step:
            continue
        print(f"::group::{step.get('name', step['run'].splitlines()[0])}", flush=True)
        p = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=args.workdir, env=env)
        print("::endgroup::", flush=True)
        if p.returncode != 0:
            print(f"step failed with exit code {p.returncode}: {step['run']}", file=sys.stderr)
            return p.returncode
    target = args.workdir / sarif
    if not target.is_file():
        print(f"the upload step's sarif_file {sarif} was not written", file=sys.stderr)
        return 1
    print(f"SARIF: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
