"""`netbuilder plan` as a script uses it: a one-page PDF (or with --full-record, the full
record), or one line and exit code 2."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.unit.test_cli import assert_one_line_error, run


def test_plan_of_the_demo_file_is_one_page(tmp_path: Path) -> None:
    demo, out = tmp_path / "d.json", tmp_path / "plan.pdf"
    assert run(["demo", "-o", str(demo)], tmp_path / "data").returncode == 0
    result = run(["plan", str(demo), "-o", str(out), "--paper", "letter", "--initials"],
                 tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    pdf = PdfReader(out)
    assert len(pdf.pages) == 1
    assert float(pdf.pages[0].mediabox.height) == 792.0
    text = pdf.pages[0].extract_text()
    assert "S. T." in text and "Sam Taylor" not in text
    assert not (tmp_path / "data").exists()


def test_plan_of_a_stored_client_in_large_print(tmp_path: Path) -> None:
    data, demo, out = tmp_path / "data", tmp_path / "d.json", tmp_path / "plan.pdf"
    assert run(["demo", "-o", str(demo)], data).returncode == 0
    client_id = run(["import", str(demo)], data).stdout.strip()
    result = run(["plan", client_id[:8], "-o", str(out), "--large-print",
                  "--practitioner", "Alex Morgan"], data)
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "Sam Taylor (example)" in text and "Alex Morgan" in text


def test_bad_paper_and_bad_names_give_one_line(tmp_path: Path) -> None:
    demo = tmp_path / "d.json"
    assert run(["demo", "-o", str(demo)], tmp_path / "data").returncode == 0
    result = run(["plan", str(demo), "-o", str(tmp_path / "p.pdf"), "--paper", "a3"],
                 tmp_path / "data")
    assert_one_line_error(result, "a3", "a4 or letter")
    result = run(["plan", str(demo), "-o", str(tmp_path / "p.png")], tmp_path / "data")
    assert_one_line_error(result, "p.png", ".pdf")
    result = run(["plan", str(tmp_path / "missing.json"), "-o", str(tmp_path / "p.pdf")],
                 tmp_path / "data")
    assert_one_line_error(result, "missing.json")
    assert not (tmp_path / "p.pdf").exists()


def test_full_record_of_the_demo_file(tmp_path: Path) -> None:
    demo, out = tmp_path / "d.json", tmp_path / "record.pdf"
    assert run(["demo", "-o", str(demo)], tmp_path / "data").returncode == 0
    result = run(["plan", str(demo), "-o", str(out), "--full-record", "--practitioner",
                  "Alex Morgan"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    pdf = PdfReader(out)
    assert len(pdf.pages) >= 2
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    total = len(pdf.pages)
    for needle in ("My wellbeing network: full record", "Sam Taylor (example)", "Alex Morgan",
                   "Corner café", "GP practice", "Try gym on prescription",
                   "Active Lives gym on prescription", f"Page {total} of {total}"):
        assert needle in text, needle
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["record.pdf"]


def test_full_record_mistakes_give_one_line(tmp_path: Path) -> None:
    demo = tmp_path / "d.json"
    assert run(["demo", "-o", str(demo)], tmp_path / "data").returncode == 0
    out = tmp_path / "r.pdf"
    result = run(["plan", str(demo), "-o", str(out), "--full-record", "--large-print"],
                 tmp_path / "data")
    assert_one_line_error(result, "--large-print", "full record")
    result = run(["plan", str(demo), "-o", str(out), "--full-record", "--paper", "a5"],
                 tmp_path / "data")
    assert_one_line_error(result, "a5", "a4 or letter")
    result = run(["plan", str(tmp_path / "nope.json"), "-o", str(out), "--full-record"],
                 tmp_path / "data")
    assert_one_line_error(result, "nope.json")
    assert not out.exists()
