#!/usr/bin/env python3
"""Writes plugins/city_portal/golden/: the conformance kit's golden cases for this adapter
(`casegw conformance --plugin libcasegw_city_portal.so --golden plugins/city_portal/golden`).

Each case is <name>.http (header lines, one empty line, the body bytes exactly) and
<name>.expected.json. The expected cases are written here from the mapping table of
docs/channels/city_portal.md (section 2), independently of the adapter's code, so that the
kit compares the adapter with the documentation rather than with itself.

Run from anywhere: python3 plugins/city_portal/make_golden.py. Files are written in binary, so
form, JSON and GBK bodies keep their exact bytes.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")

JSON_UTF8 = "application/json; charset=utf-8"

KINDS = {"consult": "consultation", "complaint": "complaint", "help": "help", "report": "report",
         "suggest": "suggestion", "praise": "praise", "other": "other"}
DOMAINS = {"economy": "economic_regulation", "market": "market_supervision", "society": "social_management",
           "public_service": "public_service", "environment": "ecology_environment", "other": "other"}
CRS = {"wgs84": "WGS84", "gcj02": "GCJ02", "bd09": "BD09"}
DEFAULT_SUB_CHANNEL = "web"  # setting default_sub_channel (no settings.yaml: defaults apply)


def expected_case(envelope):
    """The adapter part of the unified case, per docs/channels/city_portal.md section 2."""
    s = envelope["submission"]
    case = {"channel": {"case_ref": s["submissionNo"], "sub_channel": s.get("subChannel") or DEFAULT_SUB_CHANNEL},
            "submitted_at": s["submittedAt"], "kind": KINDS[s["type"]], "title": s["title"],
            "content": s["content"]}
    if s.get("domain") is not None:
        case["domain"] = DOMAINS[s["domain"]]
    case["category"] = {"channel_code": s["category"]["code"], "name": s["category"]["name"]}
    if s.get("attachments"):
        case["attachments"] = []
        for a in s["attachments"]:
            out = {"uri": a["url"]}
            if a.get("mimeType") is not None:
                out["mime"] = a["mimeType"]
            if a.get("sha256") is not None:
                out["sha256"] = a["sha256"].lower()
            if a.get("size") is not None:
                out["size"] = a["size"]
            case["attachments"].append(out)
    loc = s["location"]
    location = {"region_code": loc["regionCode"]}
    if loc.get("address", "").strip():
        location["address"] = loc["address"]
    if loc.get("latitude") is not None:
        location["geo"] = {"lat": loc["latitude"], "lon": loc["longitude"], "crs": CRS[loc["coordinateSystem"]]}
    case["location"] = location
    r = s["reporter"]
    reporter = {"type": r["type"]}
    if r["type"] != "anonymous":
        reporter["name"] = r["name"]
        reporter["phone"] = r["mobile"]
        if r["type"] == "person" and r.get("idNumber"):
            reporter["id_number"] = r["idNumber"].upper()
        if r["type"] == "enterprise":
            reporter["id_number"] = r["creditCode"]
    reporter["contact_consent"] = bool(r.get("contactConsent")) and r["type"] != "anonymous"
    case["reporter"] = reporter
    case["consent_to_disclose"] = bool(s.get("discloseConsent"))
    if s.get("respondent") is not None:
        case["subject"] = {"type": s["respondent"]["type"], "name": s["respondent"]["name"]}
    return case


def envelope(number, **submission):
    base = {
        "submissionNo": "CQDC2026112000%04d" % number,
        "subChannel": "web",
        "submittedAt": "2026-11-20T09:30:12+08:00",
        "type": "complaint",
        "title": "小区门口道路破损积水",
        "content": "小区门口的道路破损已经两个月，下雨天大面积积水，行人和车辆通行困难，希望尽快修复。",
        "category": {"code": "CS0201", "name": "道路维护"},
        "location": {"regionCode": "500103003", "address": "重庆市渝中区解放碑街道民族路"},
        "reporter": {"type": "person", "name": "刘洋", "mobile": "13811112222", "contactConsent": True},
    }
    base.update(submission)
    return {"version": "1.0", "pushId": "PUSH-GOLDEN-%04d" % number, "pushTime": "2026-11-20T09:30:15+08:00",
            "submission": {k: v for k, v in base.items() if v is not OMIT}}


OMIT = object()


def json_bytes(value):
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def write(name, content_type, body, expected):
    with open(os.path.join(GOLDEN, name + ".http"), "wb") as f:
        f.write(b"Content-Type: " + content_type.encode("ascii") + b"\n")
        f.write(b"X-Request-Source: golden/" + name.encode("ascii") + b"\n")
        f.write(b"\n")
        f.write(body)
    with open(os.path.join(GOLDEN, name + ".expected.json"), "wb") as f:
        f.write(json_bytes(expected) + b"\n")


def case(name, env, content_type=JSON_UTF8):
    write(name, content_type, json_bytes(env), {"case": expected_case(env)})


def error(name, body, code, field=None, content_type=JSON_UTF8):
    err = {"code": code}
    if field is not None:
        err["field"] = field
    write(name, content_type, body if isinstance(body, bytes) else json_bytes(body), {"error": err})


def main():
    os.makedirs(GOLDEN, exist_ok=True)
    for old in os.listdir(GOLDEN):
        if old.endswith(".http") or old.endswith(".expected.json"):
            os.remove(os.path.join(GOLDEN, old))

    # ---- every kind, each also exercising other parts of the mapping -----------------------
    case("kind-consult-web-town", envelope(
        1, type="consult", title="社保卡补办需要哪些材料", domain="public_service",
        content="请问社保卡丢失后补办需要带哪些材料，可以在街道便民服务中心办理吗？",
        category={"code": "SB0101", "name": "社会保障卡"},
        location={"regionCode": "500106001", "address": "重庆市沙坪坝区小龙坎街道"},
        reporter={"type": "person", "name": "周敏", "mobile": "15923456789", "contactConsent": False}))
    case("kind-complaint-wechat-geo-attachments", envelope(
        2, subChannel="wechat", type="complaint", domain="environment", title="工地夜间施工噪音扰民",
        location={"regionCode": "500103003", "address": "重庆市渝中区解放碑街道民族路188号附近",
                  "latitude": 29.557139, "longitude": 106.577591, "coordinateSystem": "gcj02"},
        reporter={"type": "person", "name": "张晓梅", "mobile": "13912345678", "idNumber": "500103198503121234",
                  "contactConsent": True},
        respondent={"type": "enterprise", "name": "重庆某建设工程有限公司"},
        attachments=[{"url": "https://files.cq-portal.example/attachments/2026/11/20/3582246f.jpg",
                      "mimeType": "image/jpeg", "size": 482133,
                      "sha256": "3582246F913C0A8437D0A3B0F5DFE6B440E17864EEF7D6282C3E80AB771CCEF5"},
                     {"url": "https://files.cq-portal.example/attachments/2026/11/20/91ac02d1.mp4",
                      "mimeType": "video/mp4"}]))
    case("kind-help-app-enterprise-county", envelope(
        3, subChannel="app", type="help", domain="economy", title="企业开办登记系统无法提交",
        location={"regionCode": "500112"},
        reporter={"type": "enterprise", "name": "重庆云栖数智科技有限公司", "mobile": "13900001111",
                  "creditCode": "91500112MA5U7QXK3K", "contactConsent": True},
        discloseConsent=True, respondent={"type": "unit", "name": "渝北区某政务服务窗口"}))
    case("kind-report-anonymous-village", envelope(
        4, subChannel=OMIT, type="report", domain="market", title="小区附近商店销售过期食品",
        location={"regionCode": "500112002001", "address": "重庆市渝北区双龙湖街道五星路社区"},
        reporter={"type": "anonymous", "contactConsent": True}))
    case("kind-suggest-beijing-town-by-county", envelope(
        5, type="suggest", domain="society", title="建议在地铁站增设无障碍电梯",
        location={"regionCode": "110101001", "address": "北京市东城区",
                  "latitude": 39.917724, "longitude": 116.418757, "coordinateSystem": "bd09"},
        reporter={"type": "person", "name": "王磊", "mobile": "18612345678", "contactConsent": False}))
    case("kind-praise-lowercase-id-check", envelope(
        6, subChannel="wechat", type="praise", title="表扬大足区政务服务中心工作人员",
        location={"regionCode": "500111", "address": "  "},
        reporter={"type": "person", "name": "李华", "mobile": "17712345678", "idNumber": "11010519491231002x",
                  "contactConsent": True}))
    other = envelope(7, type="other", domain="other", title="其他事项反映", discloseConsent=False,
                     location={"regionCode": "500111001", "latitude": -0.5, "longitude": 0,
                               "coordinateSystem": "wgs84"},
                     submittedAt="2026-11-20T01:30:12.250Z")
    other["version"] = "1.3"
    other["pushTime"] = "2026-11-20T01:30:15Z"
    case("kind-other-minor-version-utc", other)

    nulls = envelope(8, domain=None, respondent=None, attachments=None, discloseConsent=None)
    case("optional-fields-null-are-absent", nulls)
    case("province-code-accepted", envelope(9, location={"regionCode": "500000", "address": "重庆市"}))

    # ---- every rejection code, with its field ----------------------------------------------
    error("error-malformed-body", b'{"version": "1.0", "submission": {"submissionNo": ', "MALFORMED_BODY")
    error("error-body-not-an-object", b'["version", "1.0"]', "MALFORMED_BODY")
    bad_version = envelope(10)
    bad_version["version"] = "2.0"
    error("error-unsupported-version", bad_version, "UNSUPPORTED_VERSION", "version")
    error("error-missing-title", envelope(11, title=OMIT), "MISSING_FIELD", "submission.title")
    error("error-blank-mobile", envelope(12, reporter={"type": "person", "name": "刘洋", "mobile": "\u3000 "}),
          "MISSING_FIELD", "submission.reporter.mobile")
    error("error-wrong-type-region-code", envelope(13, location={"regionCode": 500103003}),
          "WRONG_TYPE", "submission.location.regionCode")
    error("error-wrong-type-attachment", envelope(14, attachments=["https://files.cq-portal.example/a.jpg"]),
          "WRONG_TYPE", "submission.attachments[0]")
    error("error-invalid-mobile", envelope(15, reporter={"type": "person", "name": "刘洋", "mobile": "023-63851234"}),
          "INVALID_FIELD", "submission.reporter.mobile")
    error("error-anonymous-with-name", envelope(16, reporter={"type": "anonymous", "name": "刘洋"}),
          "INVALID_FIELD", "submission.reporter.name")
    error("error-unknown-kind", envelope(17, type="投诉"), "UNKNOWN_KIND", "submission.type")
    error("error-invalid-date-leap-day", envelope(18, submittedAt="2025-02-29T09:00:00+08:00"),
          "INVALID_DATE", "submission.submittedAt")
    error("error-invalid-date-no-offset", envelope(19, submittedAt="2026-11-20 09:30:12"),
          "INVALID_DATE", "submission.submittedAt")
    error("error-region-code-not-listed", envelope(20, location={"regionCode": "500111999"}),
          "INVALID_REGION_CODE", "submission.location.regionCode")
    error("error-region-code-format", envelope(21, location={"regionCode": "5001031"}),
          "INVALID_REGION_CODE", "submission.location.regionCode")
    error("error-title-too-long", envelope(22, title="噪" * 201), "FIELD_TOO_LONG", "submission.title")
    duplicate = json_bytes(envelope(23)).replace(b'"title": ', b'"title": "\xe5\x8f\xa6\xe4\xb8\x80\xe4\xb8\xaa", "title": ', 1)
    error("error-duplicate-title", duplicate, "DUPLICATE_FIELD", "submission.title")

    # ---- what the gateway refuses before decode() ------------------------------------------
    error("error-media-type-text-plain", json_bytes(envelope(24)), "UNSUPPORTED_MEDIA_TYPE",
          content_type="text/plain; charset=utf-8")
    # A GBK body: the channel declares UTF-8 only, so the gateway refuses the charset itself.
    error("error-charset-gbk", json.dumps(envelope(25), ensure_ascii=False).encode("gbk"), "UNSUPPORTED_CHARSET",
          content_type="application/json; charset=GBK")


if __name__ == "__main__":
    main()
