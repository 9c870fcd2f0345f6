"""Spotting data folders in cloud-synced, network and removable places."""

from __future__ import annotations

import pytest

from desktop.domain.locations import Mount, RiskKind, classify_location, parse_mounts

MOUNTS = [
    Mount("/", "ext4"),
    Mount("/home", "ext4"),
    Mount("/srv/shared", "nfs4"),
    Mount("/mnt/office", "cifs"),
    Mount("/home/anna/remote", "fuse.sshfs"),
]


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        (r"C:\Users\Anna\OneDrive\Documents\Partnerbook", "OneDrive"),
        (r"C:\Users\Anna\OneDrive - Holsworthy Trust\Partnerbook", "OneDrive"),
        ("/home/anna/Dropbox/partnerbook", "Dropbox"),
        (r"D:\Dropbox (Personal)\pb", "Dropbox"),
        (r"G:\My Drive\Partnerbook", "Google Drive"),
        ("/Users/anna/Google Drive/Partnerbook", "Google Drive"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/pb", "iCloud Drive"),
        (r"C:\Users\Anna\iCloudDrive\Partnerbook", "iCloud Drive"),
        ("/Users/anna/Library/CloudStorage/OneDrive-Personal/pb", "OneDrive"),
        (
            "/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.org/My Drive/pb",
            "Google Drive",
        ),
        ("/Users/anna/Library/CloudStorage/Dropbox/pb", "Dropbox"),
    ],
)
def test_cloud_synced_folders(path: str, detail: str) -> None:
    place = classify_location(path)
    assert place is not None
    assert place.kind is RiskKind.CLOUD
    assert place.detail == detail


@pytest.mark.parametrize(
    ("path", "kind", "detail"),
    [
        (r"\\fileserver\groups\partnerbook", RiskKind.NETWORK, r"\\fileserver"),
        ("//fileserver/groups/partnerbook", RiskKind.NETWORK, "//fileserver"),
        ("/srv/shared/partnerbook", RiskKind.NETWORK, "/srv/shared"),
        ("/mnt/office/pb", RiskKind.NETWORK, "/mnt/office"),
        ("/home/anna/remote/pb", RiskKind.NETWORK, "/home/anna/remote"),
        ("/media/anna/KINGSTON/partnerbook", RiskKind.REMOVABLE, "/media/anna/KINGSTON"),
        ("/run/media/anna/USB/pb", RiskKind.REMOVABLE, "/run/media/anna/USB"),
        ("/Volumes/USB STICK/pb", RiskKind.REMOVABLE, "/Volumes/USB STICK"),
    ],
)
def test_network_and_removable(path: str, kind: RiskKind, detail: str) -> None:
    place = classify_location(path, mounts=MOUNTS)
    assert place is not None
    assert (place.kind, place.detail) == (kind, detail)


def test_windows_drive_types() -> None:
    types = {"C": "fixed", "E": "removable", "Z": "remote"}
    assert classify_location(r"C:\Users\Anna\AppData\Local\Partnerbook", drive_types=types) is None
    removable = classify_location(r"E:\partnerbook", drive_types=types)
    network = classify_location(r"z:\partnerbook", drive_types=types)
    assert removable is not None and removable.kind is RiskKind.REMOVABLE
    assert network is not None and network.kind is RiskKind.NETWORK


@pytest.mark.parametrize(
    "path",
    [
        "/home/anna/.local/share/Partnerbook",
        "/home/anna/Documents/dropboxes-notes",  # a word inside a name is not the client
        "/Users/anna/Library/Application Support/Partnerbook",
        r"C:\Users\Anna\AppData\Local\Partnerbook",
        "/srv/sharedness/pb",  # next to a network mount, not inside it
    ],
)
def test_ordinary_local_folders_are_fine(path: str) -> None:
    assert classify_location(path, mounts=MOUNTS) is None


def test_parse_mounts_reads_proc_mounts_with_escapes() -> None:
    text = "/dev/sda1 / ext4 rw,relatime 0 0\n//nas/share /mnt/my\\040share cifs rw 0 0\ngarbage\n"
    assert parse_mounts(text) == [Mount("/", "ext4"), Mount("/mnt/my share", "cifs")]
    place = classify_location("/mnt/my share/pb", mounts=parse_mounts(text))
    assert place is not None and place.kind is RiskKind.NETWORK
