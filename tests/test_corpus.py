import json

import pytest

from matcher.corpus import load_records
from matcher.intake import IntakeError


def test_folder_jsonl_and_csv(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "b.txt").write_text("Posting B")
    (folder / "a.md").write_text("Posting A")
    (folder / "notes.bin").write_bytes(b"\x00")
    assert [r.id for r in load_records(folder)] == ["a", "b"]

    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(json.dumps({"id": "x1", "title": "Data Engineer", "text": "Python", "company": "Acme"}) + "\n\n")
    record = load_records(jsonl)[0]
    assert (record.id, record.title, record.text, record.meta) == ("x1", "Data Engineer", "Python", {"company": "Acme"})

    csv_file = tmp_path / "p.csv"
    csv_file.write_text('id,title,text,url\nr1,Analyst,"SQL, Excel",https://example.com/1\n')
    record = load_records(csv_file)[0]
    assert (record.id, record.text, record.meta["url"]) == ("r1", "SQL, Excel", "https://example.com/1")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.jsonl", "{not json}\n", "not valid JSON"),
        ("notext.jsonl", '{"id": "a"}\n', "has no 'text'"),
        ("dupe.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "more than once"),
        ("nocol.csv", "id,title\n1,x\n", "'text' column"),
        ("empty.jsonl", "\n", "no records"),
        ("data.xml", "<x/>", "expected a folder"),
    ],
)
def test_bad_collections_say_what_is_wrong(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(IntakeError) as info:
        load_records(path)
    assert message in info.value.message


def test_missing_and_empty(tmp_path):
    with pytest.raises(IntakeError):
        load_records(tmp_path / "nothing")
    with pytest.raises(IntakeError):
        load_records(tmp_path)
