"""Where this project lives and how its model is installed, named once.

The project's address is `[project.urls] Homepage` in pyproject.toml, read through the installed
package's metadata (a wheel), else from the checkout's pyproject.toml (an editable install whose
metadata predates the entry). The name "claimcheck" on PyPI belongs to another project: nothing
here may point there.
"""

from __future__ import annotations

import sys
import tomllib
from functools import lru_cache
from pathlib import Path

# The Romanian model: it declares spacy<3.7, which no resolver can satisfy beside spaCy 3.8, and
# it runs unchanged under 3.8, so it is installed without its dependencies.
MODEL_REQUIREMENT = "ro-legal-fl==3.6.1"


def install_model_command() -> list[str]:
    """The pip command that `claimcheck install-model` runs, in this interpreter's environment."""
    return [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--no-deps", MODEL_REQUIREMENT]


@lru_cache(maxsize=1)
def project_url() -> str | None:
    from importlib import metadata

    try:
        for entry in metadata.metadata("claimcheck").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() == "homepage" and url.strip():
                return url.strip()
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        if data.get("project", {}).get("name") == "claimcheck":
            return data["project"].get("urls", {}).get("Homepage")
    except (OSError, tomllib.TOMLDecodeError, KeyError, AttributeError):
        pass
    return None
