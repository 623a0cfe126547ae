import dataclasses

import pytest

from matcher.profile import Evidence, ProfileSkill, alternative_groups


def test_evidence_is_a_frozen_dataclass():
    evidence = Evidence("required", 3, 9, "Python", "Python 3")
    assert evidence == Evidence(section="required", start=3, end=9, text="Python", sentence="Python 3")
    assert dataclasses.asdict(evidence)["sentence"] == "Python 3"
    assert dataclasses.replace(evidence, start=4).start == 4
    with pytest.raises(dataclasses.FrozenInstanceError):
        evidence.start = 5  # type: ignore[misc]


def test_alternatives_need_two_members():
    text = "Python, Java or Go. Kafka is used."
    skills = {s: ProfileSkill(s, s, "lang", "skill", "exact", 1.0, level="required") for s in ("py", "java", "go", "kafka")}
    mentions = [(0, 0, 6, "py"), (0, 8, 12, "java"), (0, 16, 18, "go"), (19, 19, 24, "kafka")]
    assert alternative_groups(text, mentions, skills) == [["py", "java", "go"]]
    assert alternative_groups(text, mentions[3:], skills) == []
