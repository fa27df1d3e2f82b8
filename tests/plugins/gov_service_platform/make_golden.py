#!/usr/bin/env python3
"""Writes plugins/gov_service_platform/golden: the conformance kit's request/expectation pairs.

Run from anywhere: python3 tests/plugins/gov_service_platform/make_golden.py
The .http files are written byte for byte (headers, one empty line, the body with no newline
added), which an editor would not guarantee. Every expectation below is written out by hand
from docs/channels/gov_service_platform.md, never produced by running the adapter. Region codes
are checked against the gateway's division data (config/divisions) so that a "known" code is
really known and a "nonexistent" one really is not.
"""
import csv
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples/payloads/gov_service_platform"
GOLDEN = ROOT / "plugins/gov_service_platform/golden"
DIVISIONS = ROOT / "config/divisions"
JSON_UTF8 = "application/json; charset=utf-8"


def sample(name):
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def body_of(message):
    return json.dumps(message, ensure_ascii=False, indent=2).encode("utf-8")


def edited(name, drop=(), **changes):
    message = sample(name)
    for key in drop:
        del message[key]
    message.update(changes)
    return body_of(message)


def official_codes():
    codes = set()
    for file_name in ("areas.csv", "streets-chongqing.csv", "villages-chongqing.csv"):
        with open(DIVISIONS / file_name, encoding="utf-8") as f:
            codes.update(row["code"] for row in csv.DictReader(f))
    return codes


CASES = {}


def case(name, body, expected, content_type=JSON_UTF8):
    CASES[name] = (content_type, body, expected)


def error(code, field=None):
    return {"error": {"code": code, **({"field": field} if field is not None else {})}}


FILES = "https://file.zwfw.example/att/2026/11/"

# ---- every kind, every class, the date form --------------------------------------------------

case("kind-consultation-zwfw", (SAMPLES / "consultation-zwfw.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261119000087", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-19T16:05:40+08:00",
    "kind": "consultation",
    "title": "异地就医备案后能否在万州直接结算",
    "content": sample("consultation-zwfw.json")["content"],
    "category": {"channel_code": "000121011000", "name": "异地就医备案"},
    "location": {"region_code": "500101001"},
    "reporter": {"type": "person", "name": "李四", "phone": "13900139000", "contact_consent": False},
    "consent_to_disclose": True,
    "subject": {"type": "unit", "name": "万州区医疗保障局"}}})

case("kind-complaint-zwfw", (SAMPLES / "complaint-zwfw.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261120000123", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-20T09:30:12+08:00",
    "kind": "complaint",
    "title": "不动产登记窗口多次要求重复提交材料",
    "content": sample("complaint-zwfw.json")["content"],
    "category": {"channel_code": "000117003000", "name": "不动产转移登记"},
    "attachments": [{"uri": FILES + "20/7f3a9c01.jpg"}, {"uri": FILES + "20/7f3a9c02.pdf"}],
    "location": {"region_code": "500111001001", "address": "重庆市大足区龙岗街道学坝社区"},
    "reporter": {"type": "person", "name": "张三", "phone": "13800138000", "id_number": "500111198803151232",
                 "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "大足区规划和自然资源局"}}})

case("kind-suggestion-govcn-handed-down", (SAMPLES / "suggestion-govcn-handed-down.json").read_bytes(), {"case": {
    "channel": {"case_ref": "GOVCN20261118004567", "parent_ref": "GBJ-2026-11-0456", "sub_channel": "govcn"},
    "submitted_at": "2026-11-18T21:47:03+08:00",
    "kind": "suggestion",
    "title": "建议增开大足城区至宝顶镇的早班公交",
    "content": sample("suggestion-govcn-handed-down.json")["content"],
    "location": {"region_code": "500111"},
    "reporter": {"type": "person", "name": "王五", "phone": "13700137000", "contact_consent": True},
    "consent_to_disclose": True,
    "subject": {"type": "unit", "name": "大足区交通运输委员会"},
    "handling": {"class": "handed_down", "assigned_due_at": "2026-12-04T18:00:00+08:00"}}})

case("kind-help-zwfw-enterprise", (SAMPLES / "help-zwfw-enterprise.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261120000231", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-20T10:12:55+08:00",
    "kind": "help",
    "title": "企业变更登记网上办理一直卡在电子签名环节",
    "content": sample("help-zwfw-enterprise.json")["content"],
    "category": {"channel_code": "000102002000", "name": "企业变更登记"},
    "attachments": [{"uri": FILES + "20/b51e0d77.png"}],
    "location": {"region_code": "500112002", "address": "重庆市渝北区双龙湖街道"},
    "reporter": {"type": "enterprise", "name": "重庆云杉数字科技有限公司", "phone": "13800138001",
                 "id_number": "91500112MA61B2C3DL", "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "渝北区市场监督管理局"}}})

case("kind-praise-govcn", (SAMPLES / "praise-govcn.json").read_bytes(), {"case": {
    "channel": {"case_ref": "GOVCN20261117003911", "sub_channel": "govcn"},
    "submitted_at": "2026-11-17T08:20:00+08:00",
    "kind": "praise",
    "title": "表扬江北区政务服务中心出入境窗口",
    "content": sample("praise-govcn.json")["content"],
    "category": {"name": "港澳台居民居住证申领"},
    "location": {"region_code": "500105001"},
    "reporter": {"type": "person", "name": "陈小明", "phone": "13600136000", "id_number": "H12345678",
                 "contact_consent": False},
    "consent_to_disclose": True,
    "subject": {"type": "unit", "name": "江北区政务服务管理办公室"}}})

case("kind-report-anonymous-urgent", (SAMPLES / "report-zwfw-anonymous-urgent.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261121000302", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-21T07:58:31+08:00",
    "kind": "report",
    "title": "举报有人在政务服务大厅倒卖预约号",
    "content": sample("report-zwfw-anonymous-urgent.json")["content"],
    "category": {"name": "不动产登记预约"},
    "attachments": [{"uri": FILES + "21/c0ffee42.jpg"}],
    "location": {"region_code": "500111002", "address": "重庆市大足区棠香街道"},
    "reporter": {"type": "anonymous", "contact_consent": False},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "大足区政务服务管理办公室"},
    "handling": {"urgent": True}}})

case("class-supervised-complaint", (SAMPLES / "supervised-complaint-zwfw.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261110000455", "parent_ref": "DB-2026-1122", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-10T14:22:09+08:00",
    "kind": "complaint",
    "title": "城乡居民养老保险待遇申领超期未发放",
    "content": sample("supervised-complaint-zwfw.json")["content"],
    "category": {"channel_code": "000112010000", "name": "城乡居民基本养老保险待遇申领"},
    "location": {"region_code": "500106001", "address": "重庆市沙坪坝区小龙坎街道"},
    "reporter": {"type": "person", "name": "赵六", "phone": "15800158000", "id_number": "50010619830412567X",
                 "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "沙坪坝区人力资源和社会保障局"},
    "handling": {"class": "supervised", "assigned_due_at": "2026-11-24T17:30:00+08:00"}}})

case("class-verification-bad-review", (SAMPLES / "verification-bad-review-zwfw.json").read_bytes(), {"case": {
    "channel": {"case_ref": "ZWFW20261120000777", "sub_channel": "zwfw"},
    "submitted_at": "2026-11-20T11:40:00+08:00",
    "kind": "complaint",
    "title": "“好差评”差评核查：社保卡补换领等候时间过长",
    "content": sample("verification-bad-review-zwfw.json")["content"],
    "category": {"channel_code": "000112015000", "name": "社会保障卡补换领"},
    "location": {"region_code": "500112004"},
    "reporter": {"type": "person", "name": "孙七", "phone": "18800188000", "id_number": "500112197509210010",
                 "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "渝北区人力资源和社会保障局"},
    "handling": {"class": "verification", "assigned_due_at": "2026-12-11T23:59:59+08:00"}}})

# Only what is required, no charset parameter (UTF-8 is the default), compact JSON.
MINIMAL = {"version": "1", "msgType": "CASE_NEW", "source": "govcn", "caseNo": "GOVCN20261231000001",
           "submitTime": "2026-12-31 23:59:59", "appealType": "ZX", "title": "元旦假期政务服务大厅是否开放",
           "content": "请问元旦假期期间区政务服务中心是否有窗口值班，能否办理居住证签注？", "areaCode": "500103",
           "userType": "1", "userName": "周八", "mobile": "19900199000"}
case("minimal-required-fields-only", json.dumps(MINIMAL, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
     {"case": {
         "channel": {"case_ref": "GOVCN20261231000001", "sub_channel": "govcn"},
         "submitted_at": "2026-12-31T23:59:59+08:00",
         "kind": "consultation",
         "title": MINIMAL["title"],
         "content": MINIMAL["content"],
         "location": {"region_code": "500103"},
         "reporter": {"type": "person", "name": "周八", "phone": "19900199000", "contact_consent": False},
         "consent_to_disclose": False}},
     content_type="application/json")

# ---- every refusal the decoder emits, with its field -------------------------------------------

C = "complaint-zwfw.json"
case("missing-title", edited(C, drop=["title"]), error("MISSING_FIELD", "title"))
case("blank-content", edited(C, content="\u3000\u3000 "), error("MISSING_FIELD", "content"))
case("wrong-type-case-number", edited(C, caseNo=20261120000123), error("WRONG_TYPE", "caseNo"))
case("wrong-type-nested-object", edited(C, userName={"surname": "张", "given": "三"}), error("WRONG_TYPE", "userName"))
case("wrong-type-attachment-element", edited(C, attachments=[FILES + "20/7f3a9c01.jpg", 2]),
     error("WRONG_TYPE", "attachments[1]"))
case("unknown-appeal-type", edited(C, appealType="XF"), error("UNKNOWN_KIND", "appealType"))
case("impossible-date", edited(C, submitTime="2026-02-30 09:30:12"), error("INVALID_DATE", "submitTime"))
case("iso-date-is-not-this-channels-form", edited(C, limitTime="2026-12-04T18:00:00+08:00"),
     error("INVALID_DATE", "limitTime"))
case("deadline-before-submission", edited(C, handleType="2", limitTime="2026-11-19 18:00:00"),
     error("INVALID_DATE", "limitTime"))
case("nonexistent-town", edited(C, areaCode="500111999"), error("INVALID_REGION_CODE", "areaCode"))
case("nonexistent-county", edited(C, areaCode="500199"), error("INVALID_REGION_CODE", "areaCode"))
case("malformed-region-code", edited(C, areaCode="50011A"), error("INVALID_REGION_CODE", "areaCode"))
case("region-outside-chongqing", edited(C, areaCode="110101"), error("INVALID_REGION_CODE", "areaCode"))
case("title-too-long", edited(C, title="登" * 201), error("FIELD_TOO_LONG", "title"))
case("address-too-long", edited(C, address="重庆市大足区龙岗街道" + "学" * 491), error("FIELD_TOO_LONG", "address"))
# Cut before a key, not inside a Chinese character: the body stays valid UTF-8 and the JSON is what fails.
COMPLAINT = (SAMPLES / C).read_bytes()
case("malformed-body-truncated", COMPLAINT[:COMPLAINT.index(b'"areaCode"')], error("MALFORMED_BODY"))
case("duplicate-key", COMPLAINT.replace(b'"mobile"', b'"mobile": "13900139000", "mobile"', 1),
     error("DUPLICATE_FIELD", "mobile"))
case("unsupported-version", edited(C, version="2.0"), error("UNSUPPORTED_VERSION", "version"))
case("evaluation-is-not-a-new-case", edited(C, msgType="EVALUATION"), error("INVALID_FIELD", "msgType"))
case("anonymous-with-mobile", (SAMPLES / "invalid-anonymous-with-mobile.json").read_bytes(),
     error("INVALID_FIELD", "mobile"))
case("resident-id-check-digit", edited(C, certNo="500111198803151233"), error("INVALID_FIELD", "certNo"))
case("attachment-not-https", edited(C, attachments=["http://file.zwfw.example/att/a.jpg"]),
     error("INVALID_FIELD", "attachments[0]"))

# ---- what the gateway refuses before decode(): this channel sends UTF-8 JSON only --------------

case("gbk-is-not-accepted", (SAMPLES / "consultation-zwfw.json").read_text(encoding="utf-8").encode("gbk"),
     error("UNSUPPORTED_CHARSET"), content_type="application/json; charset=GBK")
case("xml-is-not-accepted", b'<?xml version="1.0" encoding="UTF-8"?><case><caseNo>ZWFW1</caseNo></case>',
     error("UNSUPPORTED_MEDIA_TYPE"), content_type="application/xml; charset=utf-8")


def check_region_codes():
    known = official_codes()
    for name, (_, body, expected) in CASES.items():
        try:
            code = json.loads(body.decode("utf-8")).get("areaCode")
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue  # a body the decoder must refuse before it reads any field
        if "case" in expected and code not in known:
            raise SystemExit(f"{name}: {code} is not in config/divisions")
        if name.startswith("nonexistent") and code in known:
            raise SystemExit(f"{name}: {code} exists in config/divisions")


def main():
    check_region_codes()
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.glob("*"):
        old.unlink()
    for name, (content_type, body, expected) in CASES.items():
        (GOLDEN / f"{name}.http").write_bytes(f"Content-Type: {content_type}\n\n".encode("ascii") + body)
        (GOLDEN / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(CASES)} golden cases written to {GOLDEN}")


if __name__ == "__main__":
    main()
