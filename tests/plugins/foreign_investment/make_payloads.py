#!/usr/bin/env python3
"""Writes the foreign_investment sample payloads and golden cases, byte for byte.

    python3 tests/plugins/foreign_investment/make_payloads.py      (from the repository root)

Form bodies and GB18030 bodies must not pass through an editor (a trailing newline or a
re-encoding would change them), so they are generated here:

  examples/payloads/foreign_investment/<name>.form    what the complaint system relays
  plugins/foreign_investment/golden/<name>.http         Content-Type, blank line, body
  plugins/foreign_investment/golden/<name>.expected.json

The expected cases are computed here from docs/channels/foreign_investment.md (§2), not from the
adapter's output, so the golden cases check the C++ mapping against a second reading of the doc.
"""

import json
import pathlib
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples/payloads/foreign_investment"
GOLDEN = ROOT / "plugins/foreign_investment/golden"

FILES = "https://fdi-complaint.example.gov.cn/files/2026/11/"

# ---- the complaints -------------------------------------------------------------------------

ADMINISTRATIVE_ACT = {
    "version": "1.0",
    "complaintNo": "CQWT2026111600017",
    "submitTime": "1794791560000",  # 2026-11-16 09:12:40 Beijing time
    "complaintType": "1",
    "enterpriseName": "重庆樱川精密机械有限公司",
    "creditCode": "91500112MA61B3K7X9",
    "investorCountry": "JP",
    "contactName": "李明",
    "contactMobile": "13800138000",
    "contactEmail": "li.ming@sakuragawa-cq.example.com",
    "contactConsent": "1",
    "respondentType": "1",
    "respondentName": "重庆市渝北区某行政审批部门",
    "title": "扩建厂房建设工程规划许可超过法定期限未作决定",
    "facts": ("我公司于2026年8月3日通过政务服务平台提交二期厂房扩建项目建设工程规划许可申请，"
              "材料经窗口确认齐全并出具受理回执。\r\n"
              "至今已超过法定办理期限，审批部门既未作出许可决定，也未书面告知需要补正的材料或延期理由，"
              "多次电话询问均答复“正在研究”。因许可迟迟未办，设备进场和新产线投产计划被迫推迟，"
              "已向日本母公司报告可能影响后续增资。"),
    "requests": ("1. 请督促审批部门依法在期限内作出许可决定；\r\n"
                 "2. 如确需补正材料，请一次性书面告知。"),
    "categoryCode": "XZ01",
    "categoryName": "行政许可",
    "regionCode": "500112017",
    "address": "重庆市渝北区双凤桥街道空港工业园区某路18号",
    "discloseConsent": "0",
    "attachment1": FILES + "CQWT2026111600017/acceptance-receipt.pdf",
    "attachment2": FILES + "CQWT2026111600017/site-photos.zip",
}

INVESTMENT_ENVIRONMENT = {
    "version": "1.0",
    "complaintNo": "CQWT2026111700023",
    "submitTime": "1794895385000",  # 2026-11-17 14:03:05
    "complaintType": "2",
    "enterpriseName": "重庆莱茵智能装备有限公司",
    "creditCode": "91500106MA5YH2C8N3",
    "investorCountry": "DE",
    "contactName": "王芳",
    "contactMobile": "13912345678",
    "contactEmail": "wang.fang@rhein-equip.example.de",
    "contactConsent": "1",
    "title": "进口零部件通关查验等待时间较长",
    "facts": ("我公司生产所需的进口精密零部件经西永综合保税区通关，近三个月平均查验等待时间约五个工作日，"
              "较往年明显延长，影响了按订单交货。"),
    "requests": "建议增加查验时段或推行预约查验，并公开查验等待时间。",
    "categoryCode": "TZ04",
    "categoryName": "通关与外汇便利",
    "regionCode": "500106017",
    "discloseConsent": "1",
}

POLICY_CONSULTATION = {
    "version": "1.0",
    "complaintNo": "CQWT2026111800031",
    "submitTime": "1794968493000",  # 2026-11-18 10:21:33
    "complaintType": "3",
    "enterpriseName": "重庆狮城数据服务有限公司",
    "creditCode": "91500000MA60JK4R2Q",
    "investorCountry": "SG",
    "contactName": "陈思远",
    "contactMobile": "13600001234",
    "contactConsent": "0",
    "title": "外资研发中心认定条件及申报时间咨询",
    "facts": "我公司计划在渝中区设立研发中心，想了解外资研发中心的认定条件、申报材料和今年的申报截止时间。",
    "categoryCode": "ZX01",
    "categoryName": "政策咨询",
    "regionCode": "500103",
}

OPERATING_DIFFICULTY = {
    "version": "1.1",
    "complaintNo": "CQWT2026111900046",
    "submitTime": "1795077910000",  # 2026-11-19 16:45:10
    "complaintType": "4",
    "enterpriseName": "重庆港龙五金制品有限公司",
    "creditCode": "91500111MA61Q8L3EN",
    "investorCountry": "HK",
    "contactName": "张三",
    "contactMobile": "15000001111",
    "contactConsent": "1",
    "urgent": "1",
    "title": "厂区专用变压器故障急需协调抢修",
    "facts": "我公司厂区专用变压器昨晚发生故障，全厂停产，供电部门答复排队抢修需一周，在手出口订单面临违约。",
    "requests": "恳请协调供电部门尽快安排抢修或临时供电。",
    "categoryCode": "TZ03",
    "categoryName": "要素保障",
    "regionCode": "500111100",
    "address": "重庆市大足区龙水镇五金工业园",
}

TRANSFERRED = {  # sent as GB18030 bytes
    "version": "1.0",
    "complaintNo": "CQWT2026112000052",
    "submitTime": "1795138212000",  # 2026-11-20 09:30:12
    "complaintType": "1",
    "handleType": "1",
    "parentNo": "QGWT2026111300128",
    "dueTime": "1798711200000",  # 2026-12-31 18:00:00
    "urgent": "1",
    "enterpriseName": "重庆韩江食品有限公司",
    "creditCode": "91500105MA5U9TW6P8",
    "investorCountry": "KR",
    "contactName": "朴敏浩",
    "contactMobile": "18623456789",
    "contactConsent": "1",
    "respondentType": "2",
    "respondentName": "万州区某执法大队工作人员",
    "title": "执法人员以未备案为由扣押冷链货物",
    "facts": "我公司冷链配送车辆在万州区高笋塘街道卸货时，执法人员以进口冷链食品未备案为由扣押整车货物，但我公司已按规定完成备案并出示了备案凭证。",
    "requests": "请求依法核实并返还被扣押货物，赔偿货物变质损失。",
    "categoryCode": "XZ03",
    "categoryName": "行政强制",
    "regionCode": "500101001001",
    "address": "重庆市万州区高笋塘街道东方广场附近",
    "discloseConsent": "0",
    "attachment1": FILES + "CQWT2026112000052/filing-certificate.jpg",
}

SUPERVISED = {  # sent as GBK-labelled bytes
    "version": "1.0",
    "complaintNo": "CQWT2026112000058",
    "submitTime": "1795143778000",  # 2026-11-20 11:02:58
    "complaintType": "1",
    "handleType": "2",
    "enterpriseName": "重庆美联医疗器械有限公司",
    "creditCode": "91500107MA61DF2H7X",
    "investorCountry": "US",
    "contactName": "赵磊",
    "contactMobile": "13700002222",
    "contactConsent": "1",
    "respondentType": "1",
    "respondentName": "江北区某产业园区管理机构",
    "title": "招商引资协议约定的设备补贴逾期未兑现",
    "facts": "2024年签订的投资协议约定设备投资补贴分两期拨付，第二期已逾期十个月未拨付，多次书面催告未获答复。",
    "requests": "请求督促按协议兑现第二期设备补贴。",
    "categoryCode": "XZ07",
    "categoryName": "政策承诺与合同履行",
    "regionCode": "500105006",
    "discloseConsent": "1",
}

VERIFICATION = {
    "version": "1.0",
    "complaintNo": "CQWT2026112300061",
    "submitTime": "1795395301000",  # 2026-11-23 08:55:01
    "complaintType": "1",
    "handleType": "3",
    "parentNo": "HC20261120003",
    "enterpriseName": "重庆不列颠教育咨询有限公司",
    "creditCode": "91500112MA60TT2W4Q",
    "investorCountry": "GB",
    "contactName": "孙丽",
    "contactMobile": "19900003333",
    "contactEmail": "sun.li@britannia-edu.example.co.uk",
    "contactConsent": "0",
    "respondentType": "1",
    "respondentName": "九龙坡区某收费单位",
    "title": "办理经营场所消防检查被收取无依据费用",
    "facts": "办理经营场所消防安全检查时，被要求缴纳“技术服务费”三千元，未出具收费依据和正式票据。",
    "requests": "请求核查收费依据，退还不合理收费。",
    "categoryCode": "XZ05",
    "categoryName": "行政收费",
    "regionCode": "500107005",
    "address": "重庆市九龙坡区石桥铺街道科园一路",
    "attachment1": FILES + "CQWT2026112300061/receipt.jpg",
    "attachment2": FILES + "CQWT2026112300061/chat-record.png",
    "attachment3": FILES + "CQWT2026112300061/notice.pdf",
}

# ---- wire encodings -----------------------------------------------------------------------


def browser_form(fields):
    """What a browser posts from a UTF-8 page: every non-ASCII byte percent-escaped."""
    return urllib.parse.urlencode(list(fields.items()), quote_via=urllib.parse.quote_plus).encode("ascii")


def raw_form(fields, charset):
    """What the relay posts for GB18030 pages: only form syntax and controls escaped, characters as bytes."""
    def escape(text):
        return "".join("%{:02X}".format(ord(c)) if c in "&=+%" or ord(c) < 0x20 or ord(c) == 0x7F
                       else ("+" if c == " " else c) for c in text)
    return "&".join(escape(k) + "=" + escape(v) for k, v in fields.items()).encode(charset)


def changed(fields, **changes):
    out = dict(fields)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


# ---- the expected unified case, per docs/channels/foreign_investment.md §2 ------------------

KINDS = {"1": "complaint", "2": "suggestion", "3": "consultation", "4": "help"}
CLASSES = {"1": "handed_down", "2": "supervised", "3": "verification"}
SUBJECTS = {"1": "unit", "2": "person"}


def beijing_time(millis):
    import datetime
    moment = datetime.datetime.fromtimestamp(int(millis) / 1000, datetime.timezone(datetime.timedelta(hours=8)))
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if int(millis) % 1000:
        text += ".%03d" % (int(millis) % 1000)
    return text + "+08:00"


def content(f):
    lines = ["外国投资者国别（地区）：" + f["investorCountry"], "联系人：" + f["contactName"]]
    if f.get("contactEmail"):
        lines.append("电子邮箱：" + f["contactEmail"])
    text = "\n".join(lines) + "\n\n【事实与理由】\n" + f["facts"].replace("\r\n", "\n")
    if f.get("requests"):
        text += "\n\n【请求事项】\n" + f["requests"].replace("\r\n", "\n")
    return text


def expected_case(f):
    case = {
        "channel": {"case_ref": f["complaintNo"]},
        "submitted_at": beijing_time(f["submitTime"]),
        "kind": KINDS[f["complaintType"]],
        "title": f["title"],
        "content": content(f),
        "category": {"channel_code": f["categoryCode"], "name": f["categoryName"]},
        "location": {"region_code": f["regionCode"]},
        "reporter": {"type": "enterprise", "name": f["enterpriseName"], "phone": f["contactMobile"],
                     "id_number": f["creditCode"].upper(), "contact_consent": f.get("contactConsent") == "1"},
        "consent_to_disclose": f.get("discloseConsent") == "1",
    }
    if f.get("parentNo"):
        case["channel"]["parent_ref"] = f["parentNo"]
    if f.get("address"):
        case["location"]["address"] = f["address"]
    if f.get("respondentType"):
        case["subject"] = {"type": SUBJECTS[f["respondentType"]], "name": f["respondentName"]}
    attachments = [f["attachment%d" % n] for n in range(1, 51) if "attachment%d" % n in f]
    if attachments:
        case["attachments"] = [{"uri": uri} for uri in attachments]
    handling = {}
    if f.get("handleType", "0") != "0":
        handling["class"] = CLASSES[f["handleType"]]
    if f.get("dueTime"):
        handling["assigned_due_at"] = beijing_time(f["dueTime"])
    if f.get("urgent") == "1":
        handling["urgent"] = True
    if handling:
        case["handling"] = handling
    return case


# ---- writing --------------------------------------------------------------------------------


def write_sample(name, body):
    (SAMPLES / name).write_bytes(body)


def write_golden(name, content_type, body, expected):
    (GOLDEN / (name + ".http")).write_bytes(("Content-Type: " + content_type + "\n\n").encode("ascii") + body)
    text = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    (GOLDEN / (name + ".expected.json")).write_bytes(text.encode("utf-8"))


def error(code, field=None):
    e = {"code": code}
    if field is not None:
        e["field"] = field
    return {"error": e}


FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8"
FORM_GB18030 = "application/x-www-form-urlencoded; charset=GB18030"
FORM_GBK = "application/x-www-form-urlencoded; charset=GBK"


def samples():
    write_sample("complaint-administrative-act.form", browser_form(ADMINISTRATIVE_ACT))
    write_sample("suggestion-investment-environment.form", browser_form(INVESTMENT_ENVIRONMENT))
    write_sample("consultation-policy.form", browser_form(POLICY_CONSULTATION))
    write_sample("help-operating-difficulty.form", raw_form(OPERATING_DIFFICULTY, "utf-8"))
    write_sample("complaint-transferred-gb18030.form", raw_form(TRANSFERRED, "gb18030"))
    write_sample("complaint-supervised.form", browser_form(SUPERVISED))
    write_sample("complaint-verification.form", browser_form(VERIFICATION))
    write_sample("invalid-missing-credit-code.form", browser_form(changed(ADMINISTRATIVE_ACT, creditCode=None)))
    write_sample("invalid-unknown-complaint-type.form", browser_form(changed(INVESTMENT_ENVIRONMENT, complaintType="9")))
    write_sample("invalid-submit-time-in-seconds.form",
                 browser_form(changed(POLICY_CONSULTATION, submitTime="1794968493")))


def golden():
    (GOLDEN / "settings.yaml").write_text(
        "# The channel settings every golden case runs with (channels[].settings).\n"
        "max_attachments: 3\n"
        "region_scope: \"50\"\n"
        "attachment_url_prefix: https://fdi-complaint.example.gov.cn/files/\n"
        "progress_path: /fdi-complaint/api/v1/progress\n", encoding="utf-8")

    accepted = [
        ("01-complaint-administrative-act", FORM_UTF8, browser_form(ADMINISTRATIVE_ACT), ADMINISTRATIVE_ACT),
        ("02-suggestion-investment-environment", FORM_UTF8, browser_form(INVESTMENT_ENVIRONMENT), INVESTMENT_ENVIRONMENT),
        ("03-consultation-no-charset-declared", "application/x-www-form-urlencoded",
         browser_form(POLICY_CONSULTATION), POLICY_CONSULTATION),
        ("04-help-urgent-raw-utf8", FORM_UTF8, raw_form(OPERATING_DIFFICULTY, "utf-8"), OPERATING_DIFFICULTY),
        ("05-transferred-gb18030", FORM_GB18030, raw_form(TRANSFERRED, "gb18030"), TRANSFERRED),
        ("06-supervised-gbk", FORM_GBK, raw_form(SUPERVISED, "gbk"), SUPERVISED),
        ("07-verification-three-attachments", FORM_UTF8, browser_form(VERIFICATION), VERIFICATION),
    ]
    for name, content_type, body, fields in accepted:
        write_golden(name, content_type, body, {"case": expected_case(fields)})

    lowercase_code = changed(INVESTMENT_ENVIRONMENT, creditCode="91500106ma5yh2c8n3")
    write_golden("08-lowercase-credit-code-is-raised", FORM_UTF8, browser_form(lowercase_code),
                 {"case": expected_case(lowercase_code)})

    # A GBK body cut inside a two-byte character (B2 without its trail byte) and one with a
    # byte that begins no GBK sequence (FF).
    bad_gbk = raw_form(SUPERVISED, "gbk")
    write_golden("20-invalid-gbk-bytes", FORM_GBK, bad_gbk[:40] + b"\xff\xfe" + bad_gbk[40:], error("INVALID_ENCODING"))
    write_golden("21-gbk-body-cut-mid-character", FORM_GBK, bad_gbk + b"&note=\xb2", error("INVALID_ENCODING"))

    refused = [
        ("30-missing-credit-code", browser_form(changed(ADMINISTRATIVE_ACT, creditCode=None)), error("MISSING_FIELD", "creditCode")),
        ("31-blank-title", browser_form(changed(ADMINISTRATIVE_ACT, title="\u3000\u3000 ")), error("MISSING_FIELD", "title")),
        ("32-complaint-without-respondent",
         browser_form(changed(ADMINISTRATIVE_ACT, respondentType=None, respondentName=None)),
         error("MISSING_FIELD", "respondentType")),
        ("33-submit-time-not-digits", browser_form(changed(POLICY_CONSULTATION, submitTime="2026-11-18 10:21:33")),
         error("WRONG_TYPE", "submitTime")),
        ("34-consent-flag-not-0-or-1", browser_form(changed(INVESTMENT_ENVIRONMENT, discloseConsent="yes")),
         error("WRONG_TYPE", "discloseConsent")),
        ("35-unknown-complaint-type", browser_form(changed(INVESTMENT_ENVIRONMENT, complaintType="9")),
         error("UNKNOWN_KIND", "complaintType")),
        ("36-submit-time-in-seconds", browser_form(changed(POLICY_CONSULTATION, submitTime="1794968493")),
         error("INVALID_DATE", "submitTime")),
        ("37-due-time-before-submit-time", raw_form(changed(TRANSFERRED, dueTime="1795000000000"), "utf-8"),
         error("INVALID_DATE", "dueTime")),
        ("38-nonexistent-town-code", browser_form(changed(ADMINISTRATIVE_ACT, regionCode="500112999")),
         error("INVALID_REGION_CODE", "regionCode")),
        ("39-region-code-not-a-division-format", browser_form(changed(ADMINISTRATIVE_ACT, regionCode="5001")),
         error("INVALID_REGION_CODE", "regionCode")),
        ("40-region-outside-chongqing", browser_form(changed(ADMINISTRATIVE_ACT, regionCode="110105")),
         error("INVALID_REGION_CODE", "regionCode")),
        ("41-title-too-long", browser_form(changed(ADMINISTRATIVE_ACT, title="规划许可超期" * 34)),
         error("FIELD_TOO_LONG", "title")),
        ("42-bad-percent-escape", browser_form(ADMINISTRATIVE_ACT) + b"&note=%E9%87%8", error("MALFORMED_BODY")),
        ("43-json-sent-as-a-form", json.dumps(POLICY_CONSULTATION, ensure_ascii=False).encode("utf-8"),
         error("MALFORMED_BODY")),
        ("44-title-twice", browser_form(ADMINISTRATIVE_ACT) + b"&title=%E5%8F%A6%E4%B8%80%E4%B8%AA", error("DUPLICATE_FIELD", "title")),
        ("45-form-version-2", browser_form(changed(ADMINISTRATIVE_ACT, version="2.0")), error("UNSUPPORTED_VERSION", "version")),
        ("46-credit-code-check-character", browser_form(changed(ADMINISTRATIVE_ACT, creditCode="91500112MA61B3K7X8")),
         error("INVALID_FIELD", "creditCode")),
        ("47-attachment-numbers-with-a-gap",
         browser_form(changed(VERIFICATION, attachment2=None)), error("INVALID_FIELD", "attachment3")),
        ("48-attachment-from-another-host",
         browser_form(changed(ADMINISTRATIVE_ACT, attachment2="https://pan.example.com/s/1a2b3c")),
         error("INVALID_FIELD", "attachment2")),
        ("49-more-attachments-than-settings-allow",
         browser_form(changed(VERIFICATION, attachment4=FILES + "CQWT2026112300061/extra.pdf")),
         error("INVALID_FIELD", "attachment4")),
        ("50-investor-from-mainland-china", browser_form(changed(INVESTMENT_ENVIRONMENT, investorCountry="CN")),
         error("INVALID_FIELD", "investorCountry")),
        ("51-landline-as-mobile", browser_form(changed(INVESTMENT_ENVIRONMENT, contactMobile="023-63891234")),
         error("INVALID_FIELD", "contactMobile")),
        ("52-parent-number-on-an-ordinary-complaint",
         browser_form(changed(ADMINISTRATIVE_ACT, parentNo="QGWT2026111300128")), error("INVALID_FIELD", "parentNo")),
    ]
    for name, body, expected in refused:
        write_golden(name, FORM_UTF8, body, expected)

    # Percent-escaped GB18030 bytes in a form declared GB18030 (what a browser on a GB18030
    # page posts): the escapes were never converted, so the body is refused, not guessed at.
    escaped = urllib.parse.urlencode(list(TRANSFERRED.items()), encoding="gb18030").encode("ascii")
    write_golden("53-percent-escaped-gb18030-bytes", FORM_GB18030, escaped, error("MALFORMED_BODY"))
    write_golden("54-json-media-type", "application/json; charset=UTF-8",
                 json.dumps(POLICY_CONSULTATION, ensure_ascii=False).encode("utf-8"), error("UNSUPPORTED_MEDIA_TYPE"))
    write_golden("55-big5-charset", "application/x-www-form-urlencoded; charset=Big5", browser_form(POLICY_CONSULTATION),
                 error("UNSUPPORTED_CHARSET"))


if __name__ == "__main__":
    SAMPLES.mkdir(parents=True, exist_ok=True)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    samples()
    golden()
