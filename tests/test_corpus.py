"""Reading articles: header dates, normalisation with offsets back to the file, bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.read.corpus import read_corpus
from claimcheck.read.textnorm import normalize

from conftest import SEEDS

BODY = "Guvernul a anunțat că 1.200 de angajați vor primi prime, potrivit ministrului muncii.\n"


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8", newline="")
    else:
        p.write_bytes(data)
    return p


def test_seed_headers():
    corpus = read_corpus([SEEDS])
    assert [a.id for a in corpus.articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    dates = {a.id[:3]: a.date for a in corpus.articles}
    assert dates == {"000": date(2025, 9, 3), "001": date(2025, 9, 3), "002": date(2025, 9, 3),
                     "003": date(2025, 9, 3), "004": date(2024, 6, 17)}
    first = corpus.articles[0]
    assert first.title.startswith("Ping pong de interese")
    # The seeds continue the title on the date line: the body starts at the title, not after it.
    assert first.text[first.body_start:].startswith("Ping pong")
    assert corpus.problems == []


def test_header_variants(tmp_path):
    cases = {
        "a.txt": ("17 iunie 2024\n\n" + BODY, date(2024, 6, 17)),
        "b.txt": ("June 17, 2024\n\n" + BODY, date(2024, 6, 17)),
        "c.txt": (" date 2025-09-03 Titlul articolului\n\n" + BODY, date(2025, 9, 3)),
        "d.md": ("---\ntitle: Prime\ndate: 2024-06-17\n---\n" + BODY, date(2024, 6, 17)),
        "e.txt": ("17.06.2024\n" + BODY, date(2024, 6, 17)),
    }
    for name, (text, _) in cases.items():
        write(tmp_path, name, text)
    corpus = read_corpus([tmp_path])
    got = {Path(a.path).name: a.date for a in corpus.articles}
    assert got == {name: d for name, (_, d) in cases.items()}
    md = next(a for a in corpus.articles if a.path.endswith("d.md"))
    assert md.title == "Prime"


def test_no_date_line_warns_but_reads(tmp_path):
    p = write(tmp_path, "fara-data.txt", BODY * 3)
    corpus = read_corpus([p])
    assert len(corpus.articles) == 1 and corpus.articles[0].date is None
    assert [(pr.level, "no date line" in pr.message) for pr in corpus.problems] == [("warning", True)]
    assert str(p) in str(corpus.problems[0])


def test_date_override(tmp_path):
    p = write(tmp_path, "x.txt", BODY)
    corpus = read_corpus([p], date_override=date(2020, 1, 2))
    assert corpus.articles[0].date == date(2020, 1, 2) and corpus.problems == []


def test_bad_files_each_get_one_problem_and_the_rest_is_read(tmp_path):
    good = write(tmp_path, "bun.txt", "17 iunie 2024\n" + BODY)
    binary = write(tmp_path, "binar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin2 = write(tmp_path, "latin2.txt", ("17 iunie 2024\n" + "Anul trecut, România a exportat grâu.").encode("iso-8859-2"))
    empty = write(tmp_path, "gol.txt", "  \n\n")
    english = write(tmp_path, "english.txt", "June 17, 2024\n" + "The president said that the visit would strengthen "
                    "the partnership between the two countries and their armies, while analysts doubt it. " * 3)
    missing = tmp_path / "lipsa.txt"
    corpus = read_corpus([good, binary, latin2, empty, english, missing])
    assert [a.id for a in corpus.articles] == ["bun"]
    by_path = {p.path: p for p in corpus.problems}
    assert set(by_path) == {str(binary), str(latin2), str(empty), str(english), str(missing)}
    assert "binary" in by_path[str(binary)].message
    assert "not UTF-8" in by_path[str(latin2)].message
    assert "empty" in by_path[str(empty)].message
    assert "Romanian" in by_path[str(english)].message and by_path[str(english)].level == "warning"
    assert "no such file" in by_path[str(missing)].message
    # Named explicitly and unreadable: errors (exit 2); the non-Romanian file is only skipped.
    assert {p.level for p in corpus.problems if p.path != str(english)} == {"error"}


def test_files_found_in_folders_are_skipped_with_a_warning(tmp_path):
    write(tmp_path, "bun.txt", "17 iunie 2024\n" + BODY)
    write(tmp_path, "gol.txt", "")
    corpus = read_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["bun"]
    assert [(p.level, Path(p.path).name) for p in corpus.problems] == [("warning", "gol.txt")]


def test_huge_file_is_refused_before_reading(tmp_path):
    p = write(tmp_path, "mare.txt", "17 iunie 2024\n" + BODY * 50)
    corpus = read_corpus([p], max_bytes=1000)
    assert corpus.articles == [] and "too large" in corpus.problems[0].message


def test_cedilla_crlf_and_decomposed_text_map_back_to_the_file(tmp_path):
    raw = "17 iunie 2024\r\nGuvernul a aprobat s\u0326i 1.200 de posturi, aşa cum a promis.\r\n"
    p = write(tmp_path, "vechi.txt", raw)
    art = read_corpus([p]).articles[0]
    assert "\r" not in art.text and "ş" not in art.text and "așa" in art.text
    i = art.text.index("1.200")
    o = art.offsets.to_original(i)
    assert raw[o:o + 5] == "1.200"
    assert art.offsets.line_col(i) == (2, raw.split("\r\n")[1].index("1.200") + 1)


def test_normalize_is_identity_on_clean_text():
    text, m = normalize("Șase soldați.\nȘapte.")
    assert m.points is None and m.line_col(text.index("Șapte")) == (2, 1)


def test_an_i_with_inverted_breve_reads_as_the_romanian_i_in_place(tmp_path):
    # "ȋn creştere" as the statistics institute's releases type it: read as "în", so the word
    # windows know the preposition; one code point for one, so offsets do not move
    raw = "17 iunie 2024\nRata a fost de 6%, ȋn creştere cu 0,1 puncte procentuale. Ȋn total, 493.700.\n"
    p = write(tmp_path, "ins.txt", raw)
    art = read_corpus([p]).articles[0]
    assert "ȋ" not in art.text and "Ȋ" not in art.text and "în creștere" in art.text and "În total" in art.text
    i = art.text.index("493.700")
    assert raw[art.offsets.to_original(i):art.offsets.to_original(i) + 7] == "493.700"
