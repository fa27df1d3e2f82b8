#!/usr/bin/env python3
"""Writes plugins/national_regulation/golden/: the conformance kit's cases for this channel.

Each case is a request (<name>.http: headers, one empty line, the body bytes exactly) and what
the gateway must make of it (<name>.expected.json). The expectations are written out here by
hand, from docs/channels/national_regulation.md, never taken from the adapter's output, so the
cases test the adapter instead of recording it. Run from anywhere; it rewrites every file.
"""
import copy
import json
import pathlib

GOLDEN = pathlib.Path(__file__).resolve().parents[3] / "plugins" / "national_regulation" / "golden"
JSON_UTF8 = "application/json; charset=utf-8"

HEADER = {"msgId": "MSG-JG-20261120-091530-000137", "version": "1.0", "msgType": "CLUE_ASSIGN",
          "sender": "GJHLWJG", "receiver": "CQ_HLWDC", "sendTime": 1795137330218}

COMPLAINT = {
    "clueNo": "JGXS2026111800137", "assignNo": "JGJB-2026-1120-0052",
    "clueType": "01", "handleType": "01", "urgencyLevel": "01",
    "title": "大足区棠香街道某餐馆使用过期食材",
    "content": "本人在棠香街道五星大道一家餐馆就餐，发现后厨冰柜中的冻肉已过保质期两个多月，店员仍在取用。请依法检查并处理。",
    "domain": "SPYP", "category": {"code": "JGSX-SP-0103", "name": "餐饮服务食品安全"},
    "reportTime": 1794969725000, "deadline": 1796399999000,
    "location": {"regionCode": "500111002", "regionName": "重庆市大足区棠香街道",
                 "address": "重庆市大足区棠香街道五星大道东段128号"},
    "reporter": {"anonymous": False, "type": "01", "name": "张三", "phone": "13800138000",
                 "idNumber": "500111199001011232", "contactConsent": True},
    "agreeDisclose": False,
    "subject": {"type": "01", "name": "重庆某某餐饮管理有限公司", "creditCode": "91500111MA60TQ2K8Y"},
    "attachments": [{"fileName": "冰柜照片.jpg", "url": "https://file.jg.gov.example/clue/2026/11/18/5d41402a.jpg",
                     "mimeType": "image/jpeg", "size": 386412,
                     "sha256": "5D41402ABC4B2A76B9719D911017C592AE2B2C6F1E5C8A4B7D3F0E9C2A1B4D6E"}],
}

COMPLAINT_CASE = {
    "channel": {"case_ref": "JGXS2026111800137", "parent_ref": "JGJB-2026-1120-0052"},
    "submitted_at": "2026-11-18T10:42:05+08:00",
    "kind": "complaint",
    "title": COMPLAINT["title"], "content": COMPLAINT["content"],
    "domain": "market_supervision",
    "category": {"channel_code": "JGSX-SP-0103", "name": "餐饮服务食品安全"},
    "attachments": [{"uri": "https://file.jg.gov.example/clue/2026/11/18/5d41402a.jpg", "mime": "image/jpeg",
                     "sha256": "5d41402abc4b2a76b9719d911017c592ae2b2c6f1e5c8a4b7d3f0e9c2a1b4d6e", "size": 386412}],
    "location": {"region_code": "500111002", "address": "重庆市大足区棠香街道五星大道东段128号"},
    "reporter": {"type": "person", "name": "张三", "phone": "13800138000", "id_number": "500111199001011232",
                 "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "enterprise", "name": "重庆某某餐饮管理有限公司"},
    "handling": {"class": "handed_down", "assigned_due_at": "2026-12-04T23:59:59+08:00", "urgent": False},
}


def message(clue, **header):
    return {"header": {**HEADER, **header}, "body": {"clue": clue}}


def body_of(document):
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def changed(clue, **fields):
    out = copy.deepcopy(clue)
    for dotted, value in fields.items():
        *parents, key = dotted.split("__")
        target = out
        for p in parents:
            target = target[p]
        if value is REMOVE:
            del target[key]
        else:
            target[key] = value
    return out


REMOVE = object()
CASES = {}


def case(name, body, expected, content_type=JSON_UTF8):
    CASES[name] = (f"Content-Type: {content_type}\n".encode("ascii") + b"\n" + body, expected)


def accepted(adapter_part):
    return {"case": adapter_part}


def refused(code, field=None):
    return {"error": {"code": code, **({"field": field} if field else {})}}


# ---- accepted: every clue type, every handling class, the date forms ------------------------

case("complaint-handed-down", body_of(message(COMPLAINT)), accepted(COMPLAINT_CASE))

report = {
    "clueNo": "JGXS2026111900211", "assignNo": "JGDB-2026-1120-0007",
    "clueType": "02", "handleType": "02", "urgencyLevel": "02",
    "title": "居民楼底商违规储存烟花爆竹",
    "content": "东方广场社区一栋居民楼底层商铺大量囤积烟花爆竹，堆放在楼道口，没有防火措施。举报人要求匿名。",
    "domain": "AQSC", "reportTime": 1795093664000, "deadline": 1795622399000,
    "location": {"regionCode": "500101001001"},
    "reporter": {"anonymous": True, "phone": None, "contactConsent": True},
    "subject": {"type": "02", "name": "万州区某某烟花爆竹经营部", "creditCode": "92500101MA61B5L3X8"},
}
case("report-supervised-anonymous-urgent", body_of(message(report, version="1.2")), accepted({
    "channel": {"case_ref": "JGXS2026111900211", "parent_ref": "JGDB-2026-1120-0007"},
    "submitted_at": "2026-11-19T21:07:44+08:00", "kind": "report",
    "title": report["title"], "content": report["content"], "domain": "social_management",
    "location": {"region_code": "500101001001"},
    "reporter": {"type": "anonymous", "contact_consent": False},  # nobody calls an anonymous reporter
    "consent_to_disclose": False,
    "subject": {"type": "enterprise", "name": "万州区某某烟花爆竹经营部"},
    "handling": {"class": "supervised", "assigned_due_at": "2026-11-25T23:59:59+08:00", "urgent": True},
}))

consultation = {
    "clueNo": "JGXS2026111700095", "assignNo": "JGJB-2026-1120-0031",
    "clueType": "03", "handleType": "01",
    "title": "食品经营许可证延续需要提交哪些材料",
    "content": "我公司在大足区经营一家连锁超市，食品经营许可证将于2027年1月到期，请问延续需要哪些材料？",
    "domain": "SCJG", "reportTime": 1794900011375,
    "location": {"regionCode": "500111", "regionName": "重庆市大足区"},
    "reporter": {"type": "02", "name": "重庆某某商贸有限公司", "phone": "023-43721234",
                 "creditCode": "91500101MA5YR7FW2L", "contactConsent": True},
    "agreeDisclose": True, "attachments": [],
}
case("consultation-organisation-without-deadline", body_of(message(consultation, version="1")), accepted({
    "channel": {"case_ref": "JGXS2026111700095", "parent_ref": "JGJB-2026-1120-0031"},
    "submitted_at": "2026-11-17T15:20:11.375+08:00",  # epoch milliseconds with a millisecond part
    "kind": "consultation", "title": consultation["title"], "content": consultation["content"],
    "domain": "market_supervision", "location": {"region_code": "500111"},
    "reporter": {"type": "enterprise", "name": "重庆某某商贸有限公司", "phone": "023-43721234",
                 "id_number": "91500101MA5YR7FW2L", "contact_consent": True},
    "consent_to_disclose": True,
    "handling": {"class": "handed_down"},
}))

suggestion = {
    "clueNo": "JGXS2026111600302", "assignNo": "JGHC-2026-1120-0004",
    "clueType": "04", "handleType": "03", "urgencyLevel": "01",
    "title": "建议加强车家村河道沿线养殖场粪污排放监管",
    "content": "车家村河道沿线几家生猪养殖场雨天粪污直接流入河道，建议定期监测水质并督促完善处理设施。",
    "domain": "STHJ", "category": {"code": "JGSX-HJ-0315", "name": "畜禽养殖污染防治"},
    "reportTime": 1794791100000, "deadline": 1796745599000,
    "location": {"regionCode": "500111102200", "address": "大足区宝顶镇车家村三组河道沿线"},
    "reporter": {"type": "01", "name": "李四", "phone": "13900139000", "contactConsent": False},
    "subject": {"type": "03", "name": "大足区宝顶镇车家村村民委员会"},
}
case("suggestion-verification-village", body_of(message(suggestion)), accepted({
    "channel": {"case_ref": "JGXS2026111600302", "parent_ref": "JGHC-2026-1120-0004"},
    "submitted_at": "2026-11-16T09:05:00+08:00", "kind": "suggestion",
    "title": suggestion["title"], "content": suggestion["content"], "domain": "ecology_environment",
    "category": {"channel_code": "JGSX-HJ-0315", "name": "畜禽养殖污染防治"},
    "location": {"region_code": "500111102200", "address": "大足区宝顶镇车家村三组河道沿线"},
    "reporter": {"type": "person", "name": "李四", "phone": "13900139000", "contact_consent": False},
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "大足区宝顶镇车家村村民委员会"},
    "handling": {"class": "verification", "assigned_due_at": "2026-12-08T23:59:59+08:00", "urgent": False},
}))

# 特急 (03) is urgent too; a deadline at the last millisecond of the day keeps its fraction; no
# charset parameter means UTF-8; a leading byte order mark is skipped.
very_urgent = changed(COMPLAINT, clueNo="JGXS2026112000377", clueType="02", handleType="03", urgencyLevel="03",
                      deadline=1795535999999, location={"regionCode": "500103003"}, subject=REMOVE,
                      attachments=REMOVE, domain="ZLAQ", category=REMOVE)
case("report-verification-very-urgent", b"\xef\xbb\xbf" + body_of(message(very_urgent)), accepted({
    **{k: v for k, v in COMPLAINT_CASE.items() if k not in ("subject", "attachments", "category")},
    "channel": {"case_ref": "JGXS2026112000377", "parent_ref": "JGJB-2026-1120-0052"},
    "kind": "report", "domain": "market_supervision",
    "location": {"region_code": "500103003"},
    "handling": {"class": "verification", "assigned_due_at": "2026-11-24T23:59:59.999+08:00", "urgent": True},
}), content_type="application/json")

# ---- refused by the adapter: every code it emits, with the field ------------------------------

case("missing-title", body_of(message(changed(COMPLAINT, title=REMOVE))), refused("MISSING_FIELD", "body.clue.title"))
case("blank-content", body_of(message(changed(COMPLAINT, content="\u3000 \u3000"))),
     refused("MISSING_FIELD", "body.clue.content"))
case("clue-type-as-number", body_of(message(changed(COMPLAINT, clueType=1))), refused("WRONG_TYPE", "body.clue.clueType"))
case("report-time-as-string", body_of(message(changed(COMPLAINT, reportTime="2026-11-18 10:42:05"))),
     refused("WRONG_TYPE", "body.clue.reportTime"))
case("unknown-clue-type-praise", body_of(message(changed(COMPLAINT, clueType="05"))),
     refused("UNKNOWN_KIND", "body.clue.clueType"))
case("report-time-in-seconds", body_of(message(changed(COMPLAINT, reportTime=1794969725))),
     refused("INVALID_DATE", "body.clue.reportTime"))
case("deadline-before-report-time", body_of(message(changed(COMPLAINT, deadline=1794960000000))),
     refused("INVALID_DATE", "body.clue.deadline"))
case("send-time-in-year-2100", body_of(message(COMPLAINT, sendTime=4102444800000)), refused("INVALID_DATE", "header.sendTime"))
case("nonexistent-county-code", body_of(message(changed(COMPLAINT, location__regionCode="500199"))),
     refused("INVALID_REGION_CODE", "body.clue.location.regionCode"))
case("nonexistent-town-code", body_of(message(changed(COMPLAINT, location__regionCode="500111999"))),
     refused("INVALID_REGION_CODE", "body.clue.location.regionCode"))
case("region-code-of-five-digits", body_of(message(changed(COMPLAINT, location__regionCode="50011"))),
     refused("INVALID_REGION_CODE", "body.clue.location.regionCode"))
case("title-too-long", body_of(message(changed(COMPLAINT, title="监" * 201))), refused("FIELD_TOO_LONG", "body.clue.title"))
case("duplicate-title", body_of(message(COMPLAINT)).replace(
    b'"title": ', '"title": "另一个标题",\n      "title": '.encode("utf-8"), 1), refused("DUPLICATE_FIELD", "body.clue.title"))
case("truncated-body", body_of(message(COMPLAINT))[:-40], refused("MALFORMED_BODY"))
case("unsupported-version", body_of(message(COMPLAINT, version="2.0")), refused("UNSUPPORTED_VERSION", "header.version"))
case("urging-message", body_of(message(COMPLAINT, msgType="CLUE_URGE")), refused("INVALID_FIELD", "header.msgType"))
case("other-receiver", body_of(message(COMPLAINT, receiver="SC_HLWDC")), refused("INVALID_FIELD", "header.receiver"))
case("resident-id-check-digit", body_of(message(changed(COMPLAINT, reporter__idNumber="500111199001011233"))),
     refused("INVALID_FIELD", "body.clue.reporter.idNumber"))
case("anonymous-with-name", body_of(message(changed(report, reporter__name="张三"))),
     refused("INVALID_FIELD", "body.clue.reporter.name"))

# ---- refused by the gateway before the adapter: media type, charset, encoding ----------------

case("gbk-declared", json.dumps(message(COMPLAINT), ensure_ascii=False).encode("gbk"), refused("UNSUPPORTED_CHARSET"),
     content_type="application/json; charset=GBK")
case("invalid-utf8-bytes", body_of(message(changed(COMPLAINT, title="TITLE"))).replace(b"TITLE", b"\xb4\xf3\xd7\xe3"),
     refused("INVALID_ENCODING"))
case("xml-media-type", b'<?xml version="1.0" encoding="UTF-8"?><clue/>', refused("UNSUPPORTED_MEDIA_TYPE"),
     content_type="application/xml; charset=utf-8")


def main():
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in list(GOLDEN.glob("*.http")) + list(GOLDEN.glob("*.expected.json")):
        old.unlink()
    with open(GOLDEN / "settings.yaml", "wb") as f:
        f.write(b"# The channel settings every golden case runs with (flat map, as channels[].settings).\n"
                b"access_code: CQ_HLWDC\nmax_attachments: 20\nfeedback_path: /api/jg/v1/clue/feedback\n")
    for name, (request, expected) in CASES.items():
        with open(GOLDEN / f"{name}.http", "wb") as f:
            f.write(request)
        with open(GOLDEN / f"{name}.expected.json", "wb") as f:
            f.write((json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"{len(CASES)} cases written to {GOLDEN}")


if __name__ == "__main__":
    main()
