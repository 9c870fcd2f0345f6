"""Return packs, signed returns and sealed contacts from the command line (issue 20).

The CVS makes a pack; the group opens it, makes the return for it with contact details;
the CVS imports it and only the collection shows the details. Along the way: the PDF
signature as poppler and pyHanko see it, a tampered pack, a pack from another key, a late
pack, key rotation, and a reinstalled group's return held until the officer confirms it.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

PASSPHRASE = "correct horse battery staple"
FRAMEWORK = Path(__file__).parents[2] / "resources/frameworks/examples/mean-scored-check.toml"
NAMES = ("Priya", "Pengelly", "Brayley", "example.org")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cvs(monkeypatch: pytest.MonkeyPatch, collection_location: Path | str) -> Path | str:
    """The CVS's collection: a file or a server's, every test on both (issue 19)."""
    monkeypatch.setenv("PARTNERBOOK_CVS_PASSPHRASE", PASSPHRASE)
    open_collection(collection_location, create=True)
    return collection_location


def make_pack(capsys, cvs: Path | str, out: Path, deadline: str = "2027-05-31", *extra: str) -> str:  # type: ignore[no-untyped-def]
    code, text, err = run(
        capsys, "collect", "make-pack", str(cvs), "--period", "2026-27", "--deadline", deadline,
        "--cvs-name", "Torridge CVS", "--contact", "01237 000000", "--message",
        "Please send it by the end of May.", "--out", str(out), *extra,
    )  # fmt: skip
    assert code == 0, err
    return text


def group_db(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / "partnerbook.db")


def test_a_pack_round_trip_with_sealed_contacts(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "torridge-2026-27.pbpack"
    said = make_pack(capsys, cvs, pack, "2027-05-31", "--framework", str(FRAMEWORK))
    assert "Made the CVS's keys (fingerprint" in said

    code, out, err = run(capsys, "open-pack", str(pack), "--yes")
    assert code == 0, err
    assert "Torridge CVS asks for your return for 2026-27" in out
    assert "by 31 May 2027" in out and "mean-scored-check.toml" in out
    conn = group_db(data_dir)
    assert conn.execute("SELECT cvs_name FROM group_profile").fetchone()[0] == "Torridge CVS"
    assert conn.execute("SELECT count(*) FROM framework_file").fetchone()[0] >= 1
    pack_id = conn.execute("SELECT pack_id FROM return_pack").fetchone()[0]
    conn.close()

    made = tmp_path / "return.pdf"
    code, out, err = run(
        capsys, "export-return", "--pack", "latest", "--include-contacts",
        "--signoff-name", "Priya Shah", "--signoff-role", "Chair", "--out", str(made),
    )  # fmt: skip
    assert code == 0, err
    said_on_export = out

    # The PDF signature: poppler sees it valid; pyHanko says intact and covering the file.
    sig = subprocess.run(["pdfsig", str(made)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in sig and "Total document signed" in sig
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(made.read_bytes()), strict=False)
    status = validate_pdf_signature(
        reader.embedded_signatures[0], ValidationContext(trust_roots=[], allow_fetching=False)
    )
    assert status.intact and status.valid
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE

    # Nobody's name or contact in the printed text or the attached data.
    text = subprocess.run(["pdftotext", str(made), "-"], capture_output=True, text=True).stdout
    assert "Contact details sealed for Torridge CVS" in " ".join(text.split())
    attached = tmp_path / "attached"
    attached.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(attached), str(made)], check=True)
    data = (attached / "partnerbook-return.json").read_text(encoding="utf-8")
    for name in NAMES:
        assert name not in text and name not in data, name
    payload = json.loads(data)
    assert payload["pack_id"] == pack_id and payload["sealed_contacts"]["ciphertext"]

    code, out, err = run(capsys, "collect", "import", str(cvs), str(made))
    assert code == 0 and "imported" in out, out + err
    conn = db.connect(cvs)
    fingerprint, state, stored_pack = conn.execute(
        "SELECT key_fingerprint, signature_state, pack_id FROM collected_return"
    ).fetchone()
    logged = conn.execute("SELECT key_fingerprint FROM import_log").fetchone()[0]
    conn.close()
    assert state == "signed" and stored_pack == pack_id and logged == fingerprint != ""
    # The group can read out the same fingerprint: export-return said it.
    assert f"Signed with your group's key {fingerprint}" in said_on_export

    code, out, err = run(capsys, "collect", "contacts", str(cvs))
    assert code == 0, err
    assert "Main contact: Joe Pengelly" in out and "Priya Shah" in out

    # A wrong passphrase opens nothing and says so.
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    code, out, err = run(capsys, "collect", "contacts", str(cvs), "--passphrase-file", str(wrong))
    assert code == 1 and "does not open the CVS's keys" in err and "Priya" not in out


def test_a_changed_pack_is_refused_and_nothing_is_set(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack.pbpack"
    make_pack(capsys, cvs, pack)
    changed = json.loads(pack.read_text(encoding="utf-8"))
    changed["pack"]["cvs"]["name"] = "Not Your CVS"
    pack.write_text(json.dumps(changed), encoding="utf-8")
    code, _out, err = run(capsys, "open-pack", str(pack), "--yes")
    assert code == 1 and "changed since the CVS made it" in err
    conn = group_db(data_dir)
    assert conn.execute("SELECT cvs_name FROM group_profile").fetchone()[0] != "Not Your CVS"
    assert conn.execute("SELECT count(*) FROM return_pack").fetchone()[0] == 0
    conn.close()


def test_a_pack_from_another_key_is_held_back_until_the_person_says_they_checked(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    first, second, late = tmp_path / "a.pbpack", tmp_path / "b.pbpack", tmp_path / "c.pbpack"
    make_pack(capsys, cvs, first)
    assert run(capsys, "open-pack", str(first), "--yes")[0] == 0
    # Another collection calling itself Torridge CVS: its own, different keys.
    impostor = tmp_path / "other.pbcollection"
    open_collection(impostor, create=True)
    make_pack(capsys, impostor, second)
    code, out, err = run(capsys, "open-pack", str(second), "--yes")
    assert code == 1 and "signed by a different key" in out and "not opened" in err
    conn = group_db(data_dir)
    assert conn.execute("SELECT count(*) FROM return_pack").fetchone()[0] == 1
    conn.close()
    code, out, err = run(capsys, "open-pack", str(second), "--yes", "--trust-new-key")
    assert code == 0, err

    # A deadline already passed: a warning, not a refusal.
    make_pack(capsys, cvs, late, "2026-01-31")
    code, out, err = run(capsys, "open-pack", str(late), "--yes")
    assert code == 0, err
    assert "Warning: The deadline, 31 January 2026, has passed" in out


def test_rotated_keys_open_without_a_warning_and_old_sealed_contacts_still_open(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    old, new = tmp_path / "old.pbpack", tmp_path / "new.pbpack"
    make_pack(capsys, cvs, old)
    assert run(capsys, "open-pack", str(old), "--yes")[0] == 0
    made = tmp_path / "return.pdf"
    assert run(capsys, "export-return", "--pack", "latest", "--include-contacts",
               "--out", str(made))[0] == 0  # fmt: skip
    code, out, err = run(capsys, "collect", "rotate-keys", str(cvs))
    assert code == 0 and "New keys made" in out, err
    make_pack(capsys, cvs, new)
    code, out, err = run(capsys, "open-pack", str(new), "--yes")
    assert code == 0 and "Warning" not in out, out + err
    code, out, err = run(capsys, "collect", "keys", str(cvs))
    assert out.count("current") == 1 and out.count("retired") == 1
    # A return made for the old pack (sealed for the old key) still opens.
    assert run(capsys, "collect", "import", str(cvs), str(made))[0] == 0
    code, out, err = run(capsys, "collect", "contacts", str(cvs))
    assert code == 0 and "Joe Pengelly" in out, err
    saved = tmp_path / "keys.json"
    code, out, err = run(capsys, "collect", "export-keys", str(cvs), "--out", str(saved))
    assert code == 0 and len(json.loads(saved.read_text())["keys"]) == 2
    assert PASSPHRASE not in saved.read_text()

    # The collection is lost: a new one takes the saved keys back and carries on.
    restored = tmp_path / "restored.pbcollection"
    open_collection(restored, create=True)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    code, out, err = run(
        capsys, "collect", "import-keys", str(restored), str(saved), "--passphrase-file", str(wrong)
    )
    assert code == 1 and "does not open" in err
    code, out, err = run(capsys, "collect", "import-keys", str(restored), str(saved))
    assert code == 0 and "Put back 2" in out, err
    assert run(capsys, "collect", "import", str(restored), str(made))[0] == 0
    code, out, err = run(capsys, "collect", "contacts", str(restored))
    assert code == 0 and "Joe Pengelly" in out, err
    again = tmp_path / "again.pbpack"
    make_pack(capsys, restored, again)
    code, out, err = run(capsys, "open-pack", str(again), "--yes")
    assert code == 0 and "Warning" not in out, out + err


def test_a_reinstalled_group_is_held_until_the_officer_confirms(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert run(capsys, "export-return", "--period", "2026-27", "--out", str(first))[0] == 0
    assert run(capsys, "collect", "import", str(cvs), str(first))[0] == 0
    # The laptop is reinstalled: the records come back, but its key is new.
    conn = group_db(data_dir)
    conn.execute("DELETE FROM signing_key")
    conn.commit()
    conn.close()
    assert run(capsys, "export-return", "--period", "2026-27", "--out", str(second))[0] == 0
    code, out, err = run(capsys, "collect", "import", str(cvs), str(second))
    assert code == 0, err
    assert "HELD" in out and "A reinstalled laptop or a new computer is the usual reason" in out
    conn = db.connect(cvs)
    assert conn.execute("SELECT count(*) FROM collected_return").fetchone()[0] == 1
    conn.close()
    code, out, err = run(capsys, "collect", "held", str(cvs))
    assert out.startswith("1. Holsworthy") and "signed by" in out
    # Offered again while held: still held, not twice.
    code, out, err = run(capsys, "collect", "import", str(cvs), str(second))
    assert "already held" in out
    code, out, err = run(capsys, "collect", "confirm-key", str(cvs), "1")
    assert code == 0 and "the return was supersedes" in out, out + err
    conn = db.connect(cvs)
    statuses = conn.execute("SELECT status FROM collected_return ORDER BY id").fetchall()
    keys = conn.execute("SELECT how FROM group_key ORDER BY id").fetchall()
    conn.close()
    assert statuses == [("superseded",), ("current",)] and keys == [("first",), ("confirmed",)]
    code, out, err = run(capsys, "collect", "confirm-key", str(cvs), "1")
    assert code == 1 and "no held return number 1 waiting" in err


def test_a_backup_restored_on_a_new_computer_signs_with_the_same_key(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    first, second, copy = tmp_path / "first.pdf", tmp_path / "second.pdf", tmp_path / "copy.db"
    assert run(capsys, "export-return", "--period", "2026-27", "--out", str(first))[0] == 0
    code, _out, err = run(capsys, "backup", "--to", str(copy))
    assert code == 0, err
    # The new computer: an empty data folder, the backup put back, a return made there.
    laptop = tmp_path / "new-laptop"
    code, _out, err = run(capsys, "--data-dir", str(laptop), "restore", str(copy))
    assert code == 0, err
    code, _out, err = run(
        capsys, "--data-dir", str(laptop), "export-return", "--period", "2026-27",
        "--out", str(second),
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "collect", "import", str(cvs), str(first), str(second))
    assert code == 0 and "HELD" not in out, out + err
    conn = db.connect(cvs)
    keys = conn.execute("SELECT DISTINCT key_fingerprint FROM collected_return").fetchall()
    conn.close()
    assert len(keys) == 1 and keys[0][0]


def test_a_pack_sending_a_framework_built_in_already_still_opens(
    demo_database,
    data_dir: Path,
    cvs: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    devon = FRAMEWORK.parents[1] / "compact-devon-partnership-2008.toml"
    pack = tmp_path / "pack.pbpack"
    make_pack(capsys, cvs, pack, "2027-05-31", "--framework", str(devon))
    code, out, err = run(capsys, "open-pack", str(pack), "--yes")
    assert code == 0 and "compact-devon-partnership-2008.toml" in out, err
    conn = group_db(data_dir)
    assert conn.execute("SELECT count(*) FROM return_pack").fetchone()[0] == 1
    conn.close()
