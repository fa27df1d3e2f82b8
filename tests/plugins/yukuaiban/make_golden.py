#!/usr/bin/env python3
"""Writes plugins/yukuaiban/golden/: the conformance kit's cases for the yukuaiban adapter.

Each case is <name>.http (header lines, one empty line, the body bytes exactly) and
<name>.expected.json ({"case": {...}} or {"error": {"code", "field"?}}). Bodies come from the
samples in examples/payloads/yukuaiban, changed where a case needs it; the expected cases are
written out by hand here, independently of the decoder they check. Files are written in binary,
so no byte of a body is added or lost. Run from anywhere:

    python3 tests/plugins/yukuaiban/make_golden.py
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples" / "payloads" / "yukuaiban"
GOLDEN = ROOT / "plugins" / "yukuaiban" / "golden"
JSON_UTF8 = "application/json; charset=utf-8"


def sample(name):
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def body_of(document):
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def changed(name, path, value=None, remove=False):
    """The sample with the member at a dotted path set (or removed)."""
    document = sample(name)
    *parents, last = path.split(".")
    target = document
    for key in parents:
        target = target[key]
    if remove:
        del target[last]
    else:
        target[last] = value
    return body_of(document)


cases = {}


def case(name, body, expected, content_type=JSON_UTF8, headers=()):
    head = "".join(f"{n}: {v}\n" for n, v in [("Content-Type", content_type), *headers])
    cases[name] = (head.encode("ascii") + b"\n" + body, expected)


def ok(unified):
    return {"case": unified}


def error(code, field=None):
    return {"error": {"code": code} if field is None else {"code": code, "field": field}}


def person(name, phone, id_number, consent):
    return {"type": "person", "name": name, "phone": phone, "id_number": id_number, "contact_consent": consent}


# ---- every kind, every terminal, every date form ---------------------------------------------

case("kind-01-consultation-app", (SAMPLES / "consultation-app.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026111600000217", "sub_channel": "app"},
    "submitted_at": "2026-11-16T10:15:03+08:00",
    "kind": "consultation",
    "title": "灵活就业人员如何办理城乡居民养老保险参保登记",
    "content": sample("consultation-app.json")["data"]["order"]["content"],
    "category": {"channel_code": "500111-SB-0021", "name": "城乡居民基本养老保险参保登记"},
    "location": {"region_code": "500111001", "address": "重庆市大足区龙岗街道"},
    "reporter": person("张三", "13800138000", "500111199003071239", True),
    "consent_to_disclose": False,
}), headers=[("X-Request-Id", "golden-kind-01")])

complaint = sample("complaint-wechat-mini.json")
case("kind-02-complaint-wechat-mini", (SAMPLES / "complaint-wechat-mini.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026112000000481", "sub_channel": "wechat_mini"},
    "submitted_at": "2026-11-20T09:28:41+08:00",
    "kind": "complaint",
    "title": "社区旁餐馆油烟直排影响居民生活",
    "content": complaint["data"]["order"]["content"],
    "category": {"channel_code": "500111-HB-0107", "name": "餐饮油烟污染投诉"},
    "attachments": [
        {"uri": m["url"], "mime": m["mimeType"], "sha256": m["sha256"], "size": m["fileSize"]}
        for m in complaint["data"]["materials"]
    ],
    "location": {"region_code": "500111001001", "address": "重庆市大足区龙岗街道学坝社区西门外后巷",
                 "geo": {"lat": 29.707432, "lon": 105.721563, "crs": "GCJ02"}},
    "reporter": person("李四", "13900139000", "500101198811204522", True),
    "consent_to_disclose": False,
    "subject": {"type": "unit", "name": "大足区龙岗街道学坝社区居民委员会"},
}))

case("kind-03-help-alipay-mini", (SAMPLES / "help-alipay-mini.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026111800000093", "sub_channel": "alipay_mini"},
    "submitted_at": "2026-11-18T20:11:40+08:00",
    "kind": "help",
    "title": "独居老人家中停水三天无人处理",
    "content": sample("help-alipay-mini.json")["data"]["order"]["content"],
    "location": {"region_code": "500106001", "address": "重庆市沙坪坝区小龙坎街道小龙坎正街某小区5栋",
                 "geo": {"lat": 29.558712, "lon": 106.456821, "crs": "GCJ02"}},
    "reporter": person("王芳", "13700137000", "500106197506153615", True),
    "consent_to_disclose": True,
}))

case("kind-04-suggestion-web-utc", (SAMPLES / "suggestion-web.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026111900000155", "sub_channel": "web"},
    "submitted_at": "2026-11-19T01:32:57Z",
    "kind": "suggestion",
    "title": "建议在高笋塘街道便民服务中心增设周末办理窗口",
    "content": sample("suggestion-web.json")["data"]["order"]["content"],
    "category": {"channel_code": "500101-ZW-0003", "name": "便民服务中心服务"},
    "location": {"region_code": "500101001", "geo": {"lat": 30.812366, "lon": 108.385514, "crs": "BD09"}},
    "reporter": person("赵敏", "15800158000", "500112199202280785", False),
    "consent_to_disclose": False,
}))

report = sample("report-corporate-app.json")
case("kind-05-report-corporate-fraction", (SAMPLES / "report-corporate-app.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026111700000322", "sub_channel": "app"},
    "submitted_at": "2026-11-17T14:29:58.250+08:00",
    "kind": "report",
    "title": "举报某公司冒用我司名义招投标",
    "content": report["data"]["order"]["content"],
    "category": {"channel_code": "500106-SJ-0412", "name": "市场主体违法行为举报"},
    "attachments": [{"uri": m["url"], "mime": m["mimeType"], "sha256": m["sha256"], "size": m["fileSize"]}
                    for m in report["data"]["materials"]],
    "location": {"region_code": "500106", "address": "重庆市沙坪坝区"},
    "reporter": {"type": "enterprise", "name": "重庆渝新智联科技有限公司", "phone": "13600136000",
                 "id_number": "91500111MA5U8K2Q71", "contact_consent": True},
    "consent_to_disclose": False,
    "subject": {"type": "enterprise", "name": "重庆某商贸有限公司"},
}))

case("kind-06-praise-app-permit", (SAMPLES / "praise-app.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026112100000007", "sub_channel": "app"},
    "submitted_at": "2026-11-21T11:02:30+08:00",
    "kind": "praise",
    "title": "表扬江北区政务服务中心窗口工作人员耐心细致",
    "content": sample("praise-app.json")["data"]["order"]["content"],
    "location": {"region_code": "500105001", "address": "重庆市江北区华新街街道"},
    "reporter": person("陈家明", "13500135000", "H12345678", True),
    "consent_to_disclose": True,
    "subject": {"type": "person", "name": "江北区政务服务中心市场监管窗口工作人员"},
}))

case("kind-99-other-wechat-mini-no-fix", (SAMPLES / "other-wechat-mini.json").read_bytes(), ok({
    "channel": {"case_ref": "YKB2026112000000529", "sub_channel": "wechat_mini"},
    "submitted_at": "2026-11-20T16:33:11+08:00",
    "kind": "other",
    "title": "渝快办小程序电子社保卡页面无法打开",
    "content": sample("other-wechat-mini.json")["data"]["order"]["content"],
    "location": {"region_code": "500105"},
    "reporter": person("刘洋", "18800188000", "500105198609090029", False),
    "consent_to_disclose": False,
}))

# ---- every rejection the decoder emits --------------------------------------------------------

case("reject-missing-title", (SAMPLES / "invalid-missing-title.json").read_bytes(),
     error("MISSING_FIELD", "data.order.title"))
case("reject-missing-user", changed("complaint-wechat-mini.json", "data.user", remove=True),
     error("MISSING_FIELD", "data.user"))
case("reject-wrong-type-appeal-type", changed("complaint-wechat-mini.json", "data.order.appealType", 2),
     error("WRONG_TYPE", "data.order.appealType"))
case("reject-unknown-kind", (SAMPLES / "invalid-unknown-appeal-type.json").read_bytes(),
     error("UNKNOWN_KIND", "data.order.appealType"))
case("reject-impossible-date", (SAMPLES / "invalid-impossible-date.json").read_bytes(),
     error("INVALID_DATE", "data.order.submitTime"))
case("reject-date-without-offset", changed("help-alipay-mini.json", "data.order.submitTime", "2026-11-18T20:11:40"),
     error("INVALID_DATE", "data.order.submitTime"))
case("reject-nonexistent-county", (SAMPLES / "invalid-unknown-region.json").read_bytes(),
     error("INVALID_REGION_CODE", "data.location.regionCode"))
case("reject-nonexistent-village", changed("complaint-wechat-mini.json", "data.location.regionCode", "500111001999"),
     error("INVALID_REGION_CODE", "data.location.regionCode"))
case("reject-malformed-region-code", changed("consultation-app.json", "data.location.regionCode", "50011"),
     error("INVALID_REGION_CODE", "data.location.regionCode"))
case("reject-title-too-long", changed("consultation-app.json", "data.order.title", "渝" * 201),
     error("FIELD_TOO_LONG", "data.order.title"))
case("reject-content-too-long", changed("consultation-app.json", "data.order.content", "重庆" * 10000 + "。"),
     error("FIELD_TOO_LONG", "data.order.content"))
case("reject-malformed-body", (SAMPLES / "consultation-app.json").read_bytes()[:300],
     error("MALFORMED_BODY"))
duplicated = (SAMPLES / "consultation-app.json").read_bytes().replace(
    b'"order": {', b'"order": {\n      "title": "\xe9\x87\x8d\xe5\xa4\x8d\xe7\x9a\x84\xe6\xa0\x87\xe9\xa2\x98",', 1)
case("reject-duplicate-key", duplicated, error("DUPLICATE_FIELD", "data.order.title"))
case("reject-unsupported-version", changed("consultation-app.json", "meta.version", "2.0"),
     error("UNSUPPORTED_VERSION", "meta.version"))
case("reject-id-check-digit", (SAMPLES / "invalid-id-check-digit.json").read_bytes(),
     error("INVALID_FIELD", "data.user.certNo"))
case("reject-evaluation-message", (SAMPLES / "evaluation-haochaping.json").read_bytes(),
     error("INVALID_FIELD", "meta.msgType"))
# settings.yaml pins app_id and allows five materials.
case("reject-other-app-id", changed("consultation-app.json", "meta.appId", "cqykb-test"),
     error("INVALID_FIELD", "meta.appId"))
many = sample("complaint-wechat-mini.json")
many["data"]["materials"] = [copy.deepcopy(many["data"]["materials"][0]) for _ in range(6)]
case("reject-too-many-materials", body_of(many), error("INVALID_FIELD", "data.materials"))

# ---- what the gateway refuses before decode() ------------------------------------------------

case("reject-gbk-declared", (SAMPLES / "consultation-app.json").read_text(encoding="utf-8").encode("gbk"),
     error("UNSUPPORTED_CHARSET"), content_type="application/json; charset=GBK")
case("reject-invalid-utf8", (SAMPLES / "consultation-app.json").read_bytes().replace(
    "张三".encode("utf-8"), b"\xd5\xc5\xc8\xfd", 1), error("INVALID_ENCODING"))
case("reject-xml-media-type", b"<order><orderNo>YKB2026111600000217</orderNo></order>\n",
     error("UNSUPPORTED_MEDIA_TYPE"), content_type="application/xml; charset=utf-8")

SETTINGS = b"""# Channel settings the golden cases run with (channels[].settings of the yukuaiban channel).
app_id: cqykb-prod
max_materials: 5
progress_path: /ykb/open/v1/appeal/progress
"""

GOLDEN.mkdir(parents=True, exist_ok=True)
for old in GOLDEN.glob("*"):
    old.unlink()
(GOLDEN / "settings.yaml").write_bytes(SETTINGS)
for name, (request, expected) in cases.items():
    (GOLDEN / f"{name}.http").write_bytes(request)
    (GOLDEN / f"{name}.expected.json").write_bytes(
        (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
print(f"{len(cases)} golden cases in {GOLDEN.relative_to(ROOT)}")
