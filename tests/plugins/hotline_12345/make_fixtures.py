#!/usr/bin/env python3
"""Writes the hotline_12345 sample payloads and golden cases, byte for byte.

    python3 tests/plugins/hotline_12345/make_fixtures.py        # from the repository root

examples/payloads/hotline_12345/*.xml   the documented samples (GBK ones are GBK bytes)
plugins/hotline_12345/golden/           <name>.http + <name>.expected.json pairs for the
                                        conformance kit (`casegw conformance --golden DIR`)

The samples themselves are in work_order_fixtures.py. The expected cases below are written by
hand from docs/channels/hotline_12345.md, not produced by the adapter: golden_cases_test.cpp and
the kit compare the adapter against them. GBK bodies must never pass through an editor, hence
this script.
"""
import json
import pathlib
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the tests
from work_order_fixtures import (COMPLAINT_URGENT, CONSULTATION_LANDLINE, ENTERPRISE_SUPERVISED, HELP_SMS,
                                 OTHER_LANDLINE, PHOTO_SHA256, PHOTO_URL, PRAISE_EMAIL, RECORDING_SHA256,
                                 RECORDING_URL, REPORT_ANONYMOUS, SAMPLES_INVALID, SAMPLES_VALID, SUGGESTION_WECHAT,
                                 BILLION_LAUGHS, XXE, body, replaced, work_order)

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples/payloads/hotline_12345"
GOLDEN = ROOT / "plugins/hotline_12345/golden"


# ---- the expected cases ------------------------------------------------------------------------

def case(ref, sub_channel, submitted_at, kind, title, content, category, location, reporter,
         consent_to_disclose=False, subject=None, handling=None, attachments=None):
    c = {"channel": {"case_ref": ref, "sub_channel": sub_channel}, "submitted_at": submitted_at, "kind": kind,
         "title": title, "content": content, "category": category}
    if attachments:
        c["attachments"] = attachments
    c["location"] = location
    c["reporter"] = reporter
    c["consent_to_disclose"] = consent_to_disclose
    if subject:
        c["subject"] = subject
    if handling:
        c["handling"] = handling
    return c


def text_of(fields, element):
    start = fields.index(f"<{element}>") + len(element) + 2
    text = fields[start:fields.index(f"</{element}>", start)]
    return text.removeprefix("<![CDATA[").removesuffix("]]>")


EXPECTED = {
    "consultation-landline-gbk": case(
        "CQ12345-20261120-000731", "phone", "2026-11-20T09:42:17+08:00", "consultation",
        "咨询灵活就业人员医保缴费标准", text_of(CONSULTATION_LANDLINE, "content"),
        {"channel_code": "0502", "name": "医疗保险"},
        {"region_code": "500111001", "address": "重庆市大足区龙岗街道"},
        {"type": "person", "name": "张三", "phone": "023-43781234", "contact_consent": True}),
    "complaint-urgent-gbk": case(
        "CQ12345-20261120-000802", "phone", "2026-11-20T22:15:03+08:00", "complaint",
        "小区旁餐馆油烟直排且夜间噪音扰民", text_of(COMPLAINT_URGENT, "content"),
        {"channel_code": "0304", "name": "餐饮油烟及噪声"},
        {"region_code": "500111001002", "address": "重庆市大足区龙岗街道西街88号附近"},
        {"type": "person", "name": "李四", "phone": "13800138000", "id_number": "500111198806152310", "contact_consent": True},
        subject={"type": "enterprise", "name": "大足区某餐饮店"},
        handling={"assigned_due_at": "2026-11-21T22:15:03+08:00", "urgent": True},
        attachments=[{"uri": RECORDING_URL, "mime": "audio/mpeg", "sha256": RECORDING_SHA256, "size": 1843200},
                     {"uri": PHOTO_URL, "mime": "image/jpeg", "sha256": PHOTO_SHA256, "size": 356912}]),
    "help-sms": case(
        "CQ12345-20261121-000015", "sms", "2026-11-21T08:03:44+08:00", "help",
        "独居老人家中停水求助", text_of(HELP_SMS, "content"),
        {"channel_code": "0701", "name": "城市供水"},
        {"region_code": "500111100", "address": "重庆市大足区龙水镇"},
        {"type": "person", "name": "王五", "phone": "13900139000", "contact_consent": True}),
    "report-anonymous-verification": case(
        "CQ12345-20261121-000120", "web", "2026-11-21T10:26:51+08:00", "report",
        "举报宝顶镇某村耕地上违规建房", text_of(REPORT_ANONYMOUS, "content"),
        {"channel_code": "1203", "name": "违法用地"},
        {"region_code": "500111102"},
        {"type": "anonymous", "contact_consent": False},
        subject={"type": "person", "name": "宝顶镇某村村民"},
        handling={"class": "verification", "assigned_due_at": "2026-12-04T18:00:00+08:00"}),
    "suggestion-wechat": case(
        "CQ12345-20261122-000044", "wechat", "2026-11-22T15:08:30+08:00", "suggestion",
        "建议在解放碑步行街增设公共饮水点", text_of(SUGGESTION_WECHAT, "content"),
        {"channel_code": "0901", "name": "市政设施"},
        {"region_code": "500103003", "address": "重庆市渝中区解放碑步行街"},
        {"type": "person", "name": "赵六", "phone": "13700137000", "contact_consent": False}),
    "praise-email": case(
        "CQ12345-20261123-000009", "email", "2026-11-23T11:20:00+08:00", "praise",
        "表扬学坝社区工作人员热心帮助", text_of(PRAISE_EMAIL, "content"),
        {"channel_code": "1501", "name": "表扬感谢"},
        {"region_code": "500111001001"},
        {"type": "person", "name": "孙七", "phone": "13600136000", "contact_consent": True},
        consent_to_disclose=True,
        subject={"type": "unit", "name": "大足区龙岗街道学坝社区居民委员会"}),
    "other-landline": case(
        "CQ12345-20261124-000233", "phone", "2026-11-24T16:45:12+08:00", "other",
        "市民拾到他人遗失的身份证件希望转交失主", text_of(OTHER_LANDLINE, "content"),
        {"channel_code": "9901", "name": "其他事项"},
        {"region_code": "500111"},
        {"type": "person", "name": "周八", "phone": "023-43785678", "contact_consent": False}),
    "enterprise-complaint-supervised-gbk": case(
        "CQ12345-20261125-000057", "web", "2026-11-25T14:02:38+08:00", "complaint",
        "企业反映已竣工验收项目的工程尾款长期未支付", text_of(ENTERPRISE_SUPERVISED, "content"),
        {"channel_code": "1102", "name": "拖欠企业账款"},
        {"region_code": "500111005", "address": "重庆市大足区通桥街道"},
        {"type": "enterprise", "name": "重庆某某建设工程有限公司", "phone": "023-43721234-8012",
         "id_number": "91500111MA60Q8RT23", "contact_consent": True},
        subject={"type": "unit", "name": "通桥街道某道路改造项目业主单位"},
        handling={"class": "supervised", "assigned_due_at": "2026-12-09T17:30:00+08:00"}),
}


# ---- the golden cases --------------------------------------------------------------------------

def error(code, field=None):
    e = {"code": code}
    if field is not None:
        e["field"] = field
    return {"error": e}


OVERLONG_TITLE = "反映" + "噪" * 199  # 201 characters

# name -> (Content-Type, body bytes, expected)
GOLDEN_CASES = {
    "consultation-landline-gbk": ("application/xml; charset=GBK", "consultation-landline-gbk", None),
    "complaint-urgent-gb18030-text-xml": ("text/xml; charset=GB18030", "complaint-urgent-gbk", None),
    "help-sms-utf8": ("application/xml; charset=utf-8", "help-sms", None),
    "report-anonymous-verification-no-charset": ("application/xml", "report-anonymous-verification", None),
    "suggestion-wechat": ("application/xml; charset=UTF-8", "suggestion-wechat", None),
    "praise-email": ("text/xml; charset=utf-8", "praise-email", None),
    "other-landline-without-hyphen": ("application/xml; charset=utf-8", "other-landline", None),
    "enterprise-complaint-supervised-gbk": ("application/xml; charset=gbk", "enterprise-complaint-supervised-gbk", None),
    "reject-doctype-external-entity": (
        "application/xml; charset=utf-8", XXE.encode(), error("MALFORMED_BODY")),
    "reject-billion-laughs": ("application/xml; charset=utf-8", BILLION_LAUGHS.encode(), error("MALFORMED_BODY")),
    "reject-json-body": ("application/xml; charset=utf-8", b'{"orderNo": "CQ12345-20261121-000015"}',
                         error("MALFORMED_BODY")),
    "reject-version-2": ("application/xml; charset=utf-8",
                         replaced("help-sms", '<workOrder version="1">', '<workOrder version="2">').encode(),
                         error("UNSUPPORTED_VERSION", "workOrder@version")),
    "reject-missing-title": ("application/xml; charset=utf-8",
                             replaced("help-sms", "  <title>独居老人家中停水求助</title>\n", "").encode(),
                             error("MISSING_FIELD", "workOrder.title")),
    "reject-callback-consent-not-boolean": (
        "application/xml; charset=utf-8",
        replaced("help-sms", "<callbackConsent>true</callbackConsent>", "<callbackConsent>是</callbackConsent>").encode(),
        error("WRONG_TYPE", "workOrder.caller.callbackConsent")),
    "reject-caller-as-text": (
        "application/xml; charset=utf-8",
        replaced("other-landline", """<caller>
    <type>个人</type>
    <name>周八</name>
    <phone>02343785678</phone>
  </caller>""", "<caller>周八 02343785678</caller>").encode(),
        error("WRONG_TYPE", "workOrder.caller")),
    "reject-unknown-order-type": ("application/xml; charset=utf-8",
                                  replaced("help-sms", "<orderType>02</orderType>", "<orderType>07</orderType>").encode(),
                                  error("UNKNOWN_KIND", "workOrder.orderType")),
    "reject-create-time-february-30": (
        "application/xml; charset=GBK",
        replaced("consultation-landline-gbk", "2026-11-20 09:42:17", "2026-02-30 09:42:17").encode("gbk"),
        error("INVALID_DATE", "workOrder.createTime")),
    "reject-create-time-iso-8601": (
        "application/xml; charset=utf-8",
        replaced("help-sms", "2026-11-21 08:03:44", "2026-11-21T08:03:44+08:00").encode(),
        error("INVALID_DATE", "workOrder.createTime")),
    "reject-due-time-before-create-time": (
        "application/xml; charset=utf-8",
        replaced("report-anonymous-verification", "2026-12-04 18:00:00", "2026-11-20 18:00:00").encode(),
        error("INVALID_DATE", "workOrder.handling.dueTime")),
    "reject-nonexistent-town-code": (
        "application/xml; charset=utf-8",
        replaced("help-sms", "<townCode>500111100</townCode>", "<townCode>500111999</townCode>").encode(),
        error("INVALID_REGION_CODE", "workOrder.location.townCode")),
    "reject-village-outside-town": (
        "application/xml; charset=GBK",
        replaced("complaint-urgent-gbk", "<villageCode>500111001002</villageCode>",
                 "<villageCode>500111100001</villageCode>").encode("gbk"),
        error("INVALID_REGION_CODE", "workOrder.location.villageCode")),
    "reject-title-201-characters": (
        "application/xml; charset=utf-8",
        replaced("help-sms", "<title>独居老人家中停水求助</title>", f"<title>{OVERLONG_TITLE}</title>").encode(),
        error("FIELD_TOO_LONG", "workOrder.title")),
    "reject-duplicate-title": ("application/xml; charset=utf-8", SAMPLES_INVALID["invalid-duplicate-title"][1].encode(),
                               error("DUPLICATE_FIELD", "workOrder.title")),
    "reject-phone-not-a-number": (
        "application/xml; charset=utf-8",
        replaced("help-sms", "<phone>13900139000</phone>", "<phone>1390013900</phone>").encode(),
        error("INVALID_FIELD", "workOrder.caller.phone")),
    "reject-invalid-gbk-bytes": (
        "application/xml; charset=GBK",
        replaced("consultation-landline-gbk", "<title>咨询", "<title>\udc81 咨询").encode("gbk", "surrogateescape"),
        error("INVALID_ENCODING")),
    "reject-json-media-type": ("application/json", body("help-sms").encode(), error("UNSUPPORTED_MEDIA_TYPE")),
}


def sample_bytes(encoding, text):
    return text.encode("gbk" if encoding == "GBK" else "utf-8")


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def main():
    for name, (encoding, fields) in SAMPLES_VALID.items():
        write(SAMPLES / f"{name}.xml", sample_bytes(encoding, work_order(encoding, fields)))
    for name, (encoding, text) in SAMPLES_INVALID.items():
        write(SAMPLES / f"{name}.xml", sample_bytes(encoding, text))

    for old in GOLDEN.glob("*.http"):
        old.unlink()
    for old in GOLDEN.glob("*.expected.json"):
        old.unlink()
    for name, (content_type, source, expected) in GOLDEN_CASES.items():
        if isinstance(source, str):  # a valid sample, as the hotline sends it
            encoding = SAMPLES_VALID[source][0]
            data, expected = sample_bytes(encoding, body(source)), {"case": EXPECTED[source]}
        else:
            data = source
        write(GOLDEN / f"{name}.http", f"Content-Type: {content_type}\n\n".encode() + data)
        write(GOLDEN / f"{name}.expected.json",
              (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode())
    write(GOLDEN / "settings.yaml", (
        "# The hotline_12345 settings the golden cases run with (the defaults, spelled out).\n"
        "reply_path: /api/workorder/feedback\n"
        "accept_landline: true\n"
        "max_content_chars: 20000\n").encode())


if __name__ == "__main__":
    main()
