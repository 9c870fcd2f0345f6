"""Is the data folder somewhere that can corrupt an SQLite database?

Sync clients (OneDrive, Dropbox, Google Drive, iCloud Drive) copy the database file while
Partnerbook is writing it, and can upload half a change or bring back an older copy. Network
shares break the file locking SQLite depends on. Removable media can be pulled out mid-save.
This module only looks at the path and at facts the caller gathers (mounts, drive types), so
every case is tested on any machine.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath, PureWindowsPath


class RiskKind(StrEnum):
    CLOUD = "cloud"
    NETWORK = "network"
    REMOVABLE = "removable"


@dataclass(frozen=True)
class Mount:
    """One line of the mount table: where a file system is mounted and its type."""

    point: str
    fstype: str


@dataclass(frozen=True)
class RiskyPlace:
    kind: RiskKind
    # What we recognised, e.g. "OneDrive" or "/media/anna/USB", for the message.
    detail: str


# Folder names the sync clients create. Matched case-insensitively against whole path parts;
# OneDrive for work adds " - Company name", hence the prefix rule.
_CLOUD_NAMES: dict[str, str] = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
}
_CLOUD_PREFIXES: tuple[tuple[str, str], ...] = (
    ("onedrive - ", "OneDrive"),
    ("dropbox (", "Dropbox"),
)
# macOS keeps every modern sync client's folders under ~/Library/CloudStorage/<Provider>-...
_CLOUDSTORAGE_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("googledrive", "Google Drive"),
    ("icloud", "iCloud Drive"),
)
NETWORK_FSTYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "afpfs",
        "ncpfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "9p",
        "fuse.rclone",
    }
)
# Where desktops mount USB sticks and cards, and how many path parts name one volume.
REMOVABLE_ROOTS: dict[str, int] = {"/run/media": 4, "/media": 3, "/Volumes": 2}
_UNC = re.compile(r"^(\\\\|//)[^\\/]+[\\/][^\\/]+")
_DRIVE = re.compile(r"^([A-Za-z]):")


def _parts(path: str) -> list[str]:
    if "\\" in path or _DRIVE.match(path):
        return [p for p in PureWindowsPath(path).parts if p not in ("\\", "/")]
    return [p for p in PurePosixPath(path).parts if p != "/"]


def _cloud(parts: Sequence[str]) -> str | None:
    lowered = [p.lower() for p in parts]
    for index, part in enumerate(lowered):
        if part in _CLOUD_NAMES:
            return _CLOUD_NAMES[part]
        for prefix, name in _CLOUD_PREFIXES:
            if part.startswith(prefix):
                return name
        if part == "cloudstorage" and index + 1 < len(lowered):
            provider = lowered[index + 1]
            for start, name in _CLOUDSTORAGE_PROVIDERS:
                if provider.startswith(start):
                    return name
    return None


def _under(path: str, root: str) -> bool:
    root = root.rstrip("/") or "/"
    return path == root or path.startswith(root + "/") or root == "/"


def _mount_for(path: str, mounts: Sequence[Mount]) -> Mount | None:
    """The mount that holds ``path``: the longest mount point it sits under."""
    best: Mount | None = None
    for mount in mounts:
        if _under(path, mount.point) and (best is None or len(mount.point) > len(best.point)):
            best = mount
    return best


def classify_location(
    path: str,
    *,
    mounts: Sequence[Mount] = (),
    drive_types: Mapping[str, str] | None = None,
) -> RiskyPlace | None:
    """Return why ``path`` is a risky home for a database, or None when it looks local.

    ``mounts`` is the mount table (Linux, macOS); ``drive_types`` maps a Windows drive letter
    to "remote", "removable" or "fixed" (from GetDriveType). Cloud folders are checked first:
    a OneDrive folder on a USB stick is still, above all, being synced.
    """
    cloud = _cloud(_parts(path))
    if cloud:
        return RiskyPlace(RiskKind.CLOUD, cloud)
    if _UNC.match(path):
        return RiskyPlace(RiskKind.NETWORK, path[:2] + re.split(r"[\\/]", path[2:])[0])
    drive = _DRIVE.match(path)
    if drive and drive_types:
        letter = drive.group(1).upper()
        kind = drive_types.get(letter, "")
        if kind == "remote":
            return RiskyPlace(RiskKind.NETWORK, f"{letter}:")
        if kind == "removable":
            return RiskyPlace(RiskKind.REMOVABLE, f"{letter}:")
    if drive:
        return None
    mount = _mount_for(path, mounts)
    if mount is not None and mount.fstype.lower() in NETWORK_FSTYPES:
        return RiskyPlace(RiskKind.NETWORK, mount.point)
    for root, depth in REMOVABLE_ROOTS.items():
        if path.startswith(root + "/"):
            # Name the volume (/media/anna/USB), not just /media.
            volume = "/" + "/".join(_parts(path)[:depth])
            return RiskyPlace(RiskKind.REMOVABLE, volume)
    return None


def parse_mounts(text: str) -> list[Mount]:
    """Read /proc/mounts (Linux): "device point fstype options ..." with octal escapes."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append(Mount(point, fields[2]))
    return mounts
