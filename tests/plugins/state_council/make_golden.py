#!/usr/bin/env python3
"""Writes plugins/state_council/golden/: the conformance kit's request/expectation pairs.

Run from anywhere: python3 tests/plugins/state_council/make_golden.py
Request files are written as bytes (never by an editor): the kit takes the body exactly.
The expectations are written out by hand from the documented mapping
(docs/channels/state_council.md), not produced by the adapter, so that they can fail.
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples" / "payloads" / "state_council"
GOLDEN = ROOT / "plugins" / "state_council" / "golden"
JSON_UTF8 = "application/json; charset=utf-8"


def sample(name):
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def body_of(item):
    return json.dumps(item, ensure_ascii=False, indent=2).encode("utf-8")


def write(name, body, expected, content_type=JSON_UTF8):
    request = ("Content-Type: " + content_type + "\n\n").encode("ascii") + body
    (GOLDEN / (name + ".http")).write_bytes(request)
    (GOLDEN / (name + ".expected.json")).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def error(code, field=None):
    e = {"code": code}
    if field is not None:
        e["field"] = field
    return {"error": e}


def case(item, **parts):
    """The case of a sample: title and content as sent, everything else given explicitly."""
    c = {"title": item["clue"]["title"], "content": item["clue"]["content"], "consent_to_disclose": False}
    c.update(parts)
    return {"case": c}


def valid_cases():
    complaint = sample("handover-complaint.json")
    write("kind-complaint-handover-urgent-village", body_of(complaint), case(
        complaint,
        channel={"case_ref": "GWYDC20261120000731", "sub_channel": "app"},
        submitted_at="2026-11-20T10:15:00+08:00",
        kind="complaint",
        domain="public_service",
        category={"channel_code": "DC0712", "name": "城镇老旧小区改造"},
        attachments=[
            {"uri": "https://files.ducha.gov.example/handover/2026/11/20/GWYDC20261120000731/1.jpg", "mime": "image/jpeg",
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 1834211},
            {"uri": "https://files.ducha.gov.example/handover/2026/11/20/GWYDC20261120000731/2.jpg", "mime": "image/jpeg",
             "size": 1520374}],
        location={"region_code": "500111001001", "address": "重庆市大足区龙岗街道学坝社区某小区3栋",
                  "geo": {"lat": 29.706513, "lon": 105.721763, "crs": "WGS84"}},
        reporter={"type": "person", "name": "张三", "phone": "13800138000", "id_number": "500111198803152438",
                  "contact_consent": True},
        subject={"type": "unit", "name": "大足区住房和城乡建设委员会"},
        handling={"class": "handed_down", "assigned_due_at": "2026-12-04T18:00:00+08:00", "urgent": True}))

    report = sample("supervision-report-enterprise.json")
    write("kind-report-supervised-enterprise", body_of(report), case(
        report,
        channel={"case_ref": "GWYDC20261119000588", "sub_channel": "web"},
        submitted_at="2026-11-19T16:40:00+08:00",
        kind="report",
        domain="market_supervision",
        category={"channel_code": "DC0305", "name": "拖欠民营企业中小企业账款"},
        attachments=[{"uri": "https://files.ducha.gov.example/handover/2026/11/19/GWYDC20261119000588/1.pdf",
                      "mime": "application/pdf", "size": 3365120}],
        location={"region_code": "500112"},
        reporter={"type": "enterprise", "name": "重庆云栖数智科技有限公司", "phone": "023-67891234",
                  "id_number": "91500112MA60R2K5XR", "contact_consent": True},
        consent_to_disclose=True,
        subject={"type": "unit", "name": "渝北区某政府部门"},
        handling={"class": "supervised", "urgent": False}))

    help_item = sample("verification-help-anonymous.json")
    write("kind-help-verification-anonymous-utc", body_of(help_item), case(
        help_item,
        channel={"case_ref": "GWYDC20261120000802", "sub_channel": "web"},
        submitted_at="2026-11-20T02:30:00Z",
        kind="help",
        domain="social_management",
        location={"region_code": "500101001"},
        reporter={"type": "anonymous", "contact_consent": False},
        handling={"class": "verification", "assigned_due_at": "2026-11-27T09:30:00.000Z", "urgent": False}))

    suggestion = sample("rehandover-suggestion.json")
    write("kind-suggestion-rehandover-fraction", body_of(suggestion), case(
        suggestion,
        channel={"case_ref": "GWYDC20261121000115", "parent_ref": "GWYDC20261012000437", "sub_channel": "mini_program"},
        submitted_at="2026-11-21T09:00:00+08:00",
        kind="suggestion",
        domain="public_service",
        category={"channel_code": "DC0906", "name": "城乡公共交通"},
        location={"region_code": "500235001", "address": "重庆市云阳县双江街道"},
        reporter={"type": "person", "name": "李四", "phone": "13900139000", "id_number": "50023519760822061X",
                  "contact_consent": False},
        handling={"class": "handed_down", "assigned_due_at": "2026-12-11T17:30:00.5+08:00", "urgent": False}))

    consultation = sample("handover-consultation.json")
    write("kind-consultation-handover-gcj02", body_of(consultation), case(
        consultation,
        channel={"case_ref": "GWYDC20261120000845", "sub_channel": "app"},
        submitted_at="2026-11-20T14:00:00+08:00",
        kind="consultation",
        domain="public_service",
        category={"channel_code": "DC0402", "name": "社会保险"},
        location={"region_code": "500103003013", "geo": {"lat": 29.556903, "lon": 106.576812, "crs": "GCJ02"}},
        reporter={"type": "person", "name": "王五", "phone": "13700137000", "contact_consent": True},
        handling={"class": "handed_down", "urgent": False}))

    praise = sample("handover-praise.json")
    write("kind-praise-handover-no-terms", body_of(praise), case(
        praise,
        channel={"case_ref": "GWYDC20261122000019", "sub_channel": "app"},
        submitted_at="2026-11-22T09:10:00+08:00",
        kind="praise",
        domain="public_service",
        location={"region_code": "500106001"},
        reporter={"type": "person", "name": "赵六", "phone": "15800158000", "id_number": "500103199207041584",
                  "contact_consent": True},
        consent_to_disclose=True,
        subject={"type": "unit", "name": "沙坪坝区政务服务中心"},
        handling={"class": "handed_down"}))

    other = sample("verification-other-organization.json")
    write("kind-other-verification-organization", body_of(other), case(
        other,
        channel={"case_ref": "GWYDC20261120000910", "sub_channel": "web"},
        submitted_at="2026-11-20T17:45:00+08:00",
        kind="other",
        domain="other",
        category={"channel_code": "DC1103", "name": "行业协会商会收费"},
        location={"region_code": "500105", "address": "重庆市江北区"},
        reporter={"type": "enterprise", "name": "重庆市某小微企业服务促进会", "phone": "02388886666",
                  "id_number": "52500000MJP5031E7L", "contact_consent": True},
        subject={"type": "enterprise", "name": "重庆市某行业协会"},
        handling={"class": "verification", "assigned_due_at": "2026-12-02T23:59:59+08:00", "urgent": True}))


def changed(name, path, value):
    """The sample with one member set (value is not None) or removed (None)."""
    item = sample(name)
    *parents, last = path.split(".")
    node = item
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value
    return item


def rejection_cases():
    complaint = "handover-complaint.json"
    write("error-missing-title", body_of(changed(complaint, "clue.title", None)), error("MISSING_FIELD", "clue.title"))
    write("error-wrong-type-county-code", body_of(changed(complaint, "clue.location.region.county.code", 500111)),
          error("WRONG_TYPE", "clue.location.region.county.code"))
    write("error-unknown-clue-type", body_of(changed(complaint, "clue.category.clueType", {"code": "70", "name": "信访"})),
          error("UNKNOWN_KIND", "clue.category.clueType.code"))
    write("error-impossible-deadline", body_of(changed(complaint, "handover.deadline", "2026-02-30T18:00:00+08:00")),
          error("INVALID_DATE", "handover.deadline"))
    write("error-deadline-before-handover", body_of(changed(complaint, "handover.deadline", "2026-11-19T18:00:00+08:00")),
          error("INVALID_DATE", "handover.deadline"))
    write("error-handed-over-without-offset", body_of(changed(complaint, "basic.handedOverAt", "2026-11-20 10:15:00")),
          error("INVALID_DATE", "basic.handedOverAt"))
    # 500111999: well-formed, inside 大足区 (500111), but no such town or street exists.
    nonexistent = changed(complaint, "clue.location.region.town", {"code": "500111999", "name": "不存在街道"})
    del nonexistent["clue"]["location"]["region"]["village"]
    write("error-nonexistent-town-code", body_of(nonexistent), error("INVALID_REGION_CODE", "clue.location.region.town.code"))
    write("error-town-outside-county", body_of(changed(complaint, "clue.location.region.village.code", "500111002001")),
          error("INVALID_REGION_CODE", "clue.location.region.village.code"))
    write("error-outside-jurisdiction", (SAMPLES / "invalid-outside-jurisdiction.json").read_bytes(),
          error("INVALID_REGION_CODE", "clue.location.region.county.code"))
    write("error-title-too-long", body_of(changed(complaint, "clue.title", "督" * 201)), error("FIELD_TOO_LONG", "clue.title"))
    write("error-anonymous-with-phone", (SAMPLES / "invalid-anonymous-with-phone.json").read_bytes(),
          error("INVALID_FIELD", "reporter.phone"))
    write("error-unsupported-version", body_of(changed(complaint, "schemaVersion", "3.0")),
          error("UNSUPPORTED_VERSION", "schemaVersion"))
    write("error-malformed-truncated", body_of(sample(complaint))[:200], error("MALFORMED_BODY"))
    duplicate = body_of(sample(complaint)).replace(b'"title": ', b'"title": "\xe5\x8f\xa6\xe4\xb8\x80\xe4\xb8\xaa", "title": ', 1)
    write("error-duplicate-title", duplicate, error("DUPLICATE_FIELD", "clue.title"))
    # The platform sends UTF-8 only; this channel declares no other charset, so the gateway
    # refuses a GBK body before decode() would see it.
    write("error-gbk-not-declared", json.dumps(sample(complaint), ensure_ascii=False).encode("gbk"), error("UNSUPPORTED_CHARSET"),
          content_type="application/json; charset=GBK")
    write("error-form-media-type", b"itemId=GWYDC20261120000731&title=x", error("UNSUPPORTED_MEDIA_TYPE"),
          content_type="application/x-www-form-urlencoded")


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.glob("*"):
        old.unlink()
    valid_cases()
    rejection_cases()
    print(len(list(GOLDEN.glob("*.http"))), "golden cases in", GOLDEN)
