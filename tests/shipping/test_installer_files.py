"""The installer files say what the builds rely on (checked here, since CI builds each
platform only on its own runner)."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"


def test_the_desktop_entry_starts_partnerbook_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLERS / "linux" / "partnerbook.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "partnerbook"
    assert section["Icon"] == "org.partnerbook.Partnerbook"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_the_appstream_metadata_names_the_desktop_entry_the_tarball_installs() -> None:
    root = ET.parse(INSTALLERS / "linux" / "org.partnerbook.Partnerbook.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.partnerbook.Partnerbook"
    launchable = root.findtext("launchable")
    build = (INSTALLERS / "linux" / "build.sh").read_text(encoding="utf-8")
    assert f"share/applications/{launchable}" in build
    assert root.find("releases/release").get("version") == "@VERSION@"


def test_the_windows_installer_needs_no_admin_and_never_removes_data() -> None:
    script = (INSTALLERS / "windows" / "partnerbook.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "AppId={{" in script  # one fixed id, so a new version upgrades the old
    sections = [line.strip() for line in script.splitlines() if line.startswith("[")]
    assert "[UninstallDelete]" not in sections  # the records outlive the program
    deleted = script.split("\n[InstallDelete]\n")[1].split("\n[")[0]
    targets = [line for line in deleted.splitlines() if line.startswith("Type:")]
    assert targets == ['Type: filesandordirs; Name: "{app}\\_internal"']  # old program files only


def test_every_build_reads_the_version_from_pyproject() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert version["project"]["version"]
    for path in (
        INSTALLERS / "partnerbook.spec",
        INSTALLERS / "linux" / "build.sh",
        INSTALLERS / "windows" / "build.ps1",
        INSTALLERS / "macos" / "build.sh",
    ):
        assert "pyproject.toml" in path.read_text(encoding="utf-8"), path.name


def test_ci_builds_each_platform_on_its_own_runner() -> None:
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    for runner, script in (
        ("ubuntu-", ".ci/run"),
        ("windows-", "installers/windows/build.ps1"),
        ("macos-", "installers/macos/build.sh"),
    ):
        assert f"runs-on: {runner}" in workflow and script in workflow
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "installers/linux/build.sh" in ci and "--self-test" in ci and "timeout" in ci
