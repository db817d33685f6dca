"""The committed skills.json is exactly what tools/build_taxonomy.py makes from its inputs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vidyamitra.ai.offline.skills.taxonomy import DEFAULT_PATH

ROOT = Path(__file__).resolve().parents[4]
DATASETS = Path("/work/shared/datasets")


@pytest.mark.skipif(not (DATASETS / "onet").is_dir(), reason="source datasets not present")
def test_committed_taxonomy_matches_a_fresh_build(tmp_path: Path) -> None:
    out = tmp_path / "skills.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_taxonomy.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == DEFAULT_PATH.read_bytes()
