"""Where the data folder is, whether that is risky, and moving it to this computer.

The rule is in desktop.domain.locations; this module gathers the facts it needs from the
operating system (mount table, Windows drive types) and does the move.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.domain.locations import Mount, RiskKind, RiskyPlace, classify_location, parse_mounts
from desktop.domain.problems import UserError
from desktop.paths import APP_DIR_NAME, AppPaths
from desktop.store import sqlite
from desktop.store.backup import backup_to, verify_backup
from desktop.store.local_settings import read_settings, write_setting

KEEP_KEY = "keep_data_in_risky_place"

# Where the file is, then why that is a danger to a database, in the person's words.
WHERE = {
    RiskKind.CLOUD: "in a folder that {detail} copies to the internet",
    RiskKind.NETWORK: "on a network drive ({detail})",
    RiskKind.REMOVABLE: "on a removable drive ({detail})",
}
RISK = {
    RiskKind.CLOUD: (
        "Sync programs copy the database while Partnerbook is writing to it, and can bring "
        "back an older copy or leave a damaged one, so records can be lost."
    ),
    RiskKind.NETWORK: (
        "Network drives do not keep the locks a database relies on, and a dropped connection "
        "in the middle of a save can damage it."
    ),
    RiskKind.REMOVABLE: (
        "If it is unplugged while Partnerbook is saving, the database can be damaged."
    ),
}


class MoveError(UserError, OSError):
    """The records could not be moved; nothing changed. The message is for people."""


def _mounts() -> list[Mount]:
    try:
        return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def _windows_drive_types() -> dict[str, str]:  # pragma: no cover - Windows only
    import ctypes
    import string

    kinds = {2: "removable", 3: "fixed", 4: "remote", 5: "cdrom", 6: "ramdisk"}
    result: dict[str, str] = {}
    for letter in string.ascii_uppercase:
        code = ctypes.windll.kernel32.GetDriveTypeW(f"{letter}:\\")  # type: ignore[attr-defined]
        if code in kinds:
            result[letter] = kinds[code]
    return result


def detect_risky_place(folder: Path) -> RiskyPlace | None:
    drive_types = _windows_drive_types() if sys.platform == "win32" else None
    return classify_location(str(folder), mounts=_mounts(), drive_types=drive_types)


def explain(place: RiskyPlace, subject: str = "Your records are") -> str:
    """Why ``place`` is risky; ``subject`` names what is there ("This collection is")."""
    where = WHERE[place.kind].format(detail=place.detail)
    return f"{subject} {where}. {RISK[place.kind]}"


def keeps_risky_place(paths: AppPaths) -> bool:
    """True when the person chose to keep their data in this folder despite the warning."""
    return read_settings(paths.settings_file).get(KEEP_KEY) == str(paths.data)


def remember_keep(paths: AppPaths) -> None:
    write_setting(paths.settings_file, KEEP_KEY, str(paths.data))


def this_computer_paths() -> AppPaths:
    """The usual data folder on this computer (what ``paths.resolve`` gives with no override)."""
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    return AppPaths(data=data, backups=data / "backups", logs=logs)


def move_data_to(source: AppPaths, target: AppPaths) -> AppPaths:
    """Copy the records into ``target`` (online backup API, checked); leave ``source`` as is.

    Refuses when ``target`` already holds a database, so one set of records never overwrites
    another. The caller holds ``source``'s lock; the old copy is kept until the person deletes
    it, so nothing is lost if the new place turns out wrong.
    """
    if target.database.exists() and target.database.stat().st_size > 0:
        raise MoveError(
            "There are already Partnerbook records in {folder}, so yours were not moved "
            "there (one set of records must never overwrite another). Nothing changed.",
            folder=str(target.data),
        )
    try:
        target.ensure()
        backup_to(source.database, target.database)
    except OSError as exc:
        target.database.unlink(missing_ok=True)
        raise MoveError(
            "Your records could not be copied to {folder} ({why}). Nothing changed.",
            folder=str(target.data),
            why=str(exc),
        ) from exc
    problems = verify_backup(target.database)
    if problems:
        target.database.unlink(missing_ok=True)
        raise MoveError(
            "The copy in {folder} did not check out ({problem}).",
            folder=str(target.data),
            problem=problems[0],
        )
    # The copy is a standalone file in DELETE mode; put it back in WAL mode like any other.
    sqlite.connect(target.database).close()
    return target
