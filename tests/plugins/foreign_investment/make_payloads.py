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
import sys
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ beside the tests
from complaint_forms import (ADMINISTRATIVE_ACT, FILES, INVESTMENT_ENVIRONMENT, OPERATING_DIFFICULTY,
                             POLICY_CONSULTATION, SUPERVISED, TRANSFERRED, VERIFICATION)

ROOT = pathlib.Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "examples/payloads/foreign_investment"
GOLDEN = ROOT / "plugins/foreign_investment/golden"

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
    # C3 A9 is 茅 in GB18030 and é in UTF-8: read as UTF-8 it would pass, garbled, so it must not be read.
    write_golden("56-escaped-gb18030-bytes-that-read-as-utf8", FORM_GB18030,
                 raw_form(TRANSFERRED, "gb18030") + b"&note=%C3%A9", error("MALFORMED_BODY"))
    write_golden("54-json-media-type", "application/json; charset=UTF-8",
                 json.dumps(POLICY_CONSULTATION, ensure_ascii=False).encode("utf-8"), error("UNSUPPORTED_MEDIA_TYPE"))
    write_golden("55-big5-charset", "application/x-www-form-urlencoded; charset=Big5", browser_form(POLICY_CONSULTATION),
                 error("UNSUPPORTED_CHARSET"))


if __name__ == "__main__":
    SAMPLES.mkdir(parents=True, exist_ok=True)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    samples()
    golden()
