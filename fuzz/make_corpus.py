#!/usr/bin/env python3
"""Regenerates the seed corpora of fuzz/corpus/<target>/ (docs/fuzzing.md).

Seeds come from what the repository already holds: each adapter's golden cases
(plugins/<id>/golden/*.http, used as they are: the targets read the golden-case format), its
sample payloads (examples/payloads/<id>/, wrapped in a Content-Type line), and for the
authentication, form and charset targets a few hand-made inputs of each shape, including the
edges the code documents. Seeds are capped in size (SEED_LIMIT) so that the replay stays fast.

Files whose names start with "crash-", "regression-" or "finding-" are inputs the fuzzer found;
they are kept on regeneration. Every other file in a target's folder is rewritten.

  python3 fuzz/make_corpus.py          # from anywhere; writes into fuzz/corpus
"""
import base64
import hashlib
import hmac
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
SEED_LIMIT = 24 * 1024
KEEP_PREFIXES = ("crash-", "regression-", "finding-")
PLUGINS = ["city_portal", "state_council", "national_regulation", "gov_service_platform",
           "yukuaiban", "hotline_12345", "foreign_investment"]
MEDIA_TYPES = {".json": "application/json", ".xml": "application/xml",
               ".form": "application/x-www-form-urlencoded"}
# The secrets and keys the authentication targets are built with (targets/*_fuzzer.cpp).
MAC_NEW_SECRET = b"fuzz-secret-new-fedcba9876543210"
API_KEYS = [b"ak-old-6f1c2a9e4b7d", b"ak-new-0d83e5b1c4f2"]


def reset(target):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_file() and not old.name.startswith(KEEP_PREFIXES):
            old.unlink()
    return folder


def write(folder, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) <= SEED_LIMIT:
        (folder / name).write_bytes(data)


def sample_charset(path, body):
    if path.suffix == ".xml":
        declared = re.search(rb'encoding="([^"]+)"', body[:200])
        return declared.group(1).decode().lower() if declared else "utf-8"
    return "gb18030" if "gb18030" in path.name else "utf-8"


def adapter_seeds(plugin):
    folder = reset(f"{plugin}_decode")
    for case in sorted((ROOT / "plugins" / plugin / "golden").glob("*.http")):
        write(folder, "golden-" + case.name, case.read_bytes())
    for sample in sorted((ROOT / "examples" / "payloads" / plugin).glob("*")):
        if sample.suffix not in MEDIA_TYPES or sample.name.startswith("poll-"):
            continue
        body = sample.read_bytes()
        header = f"Content-Type: {MEDIA_TYPES[sample.suffix]}; charset={sample_charset(sample, body)}\n\n"
        write(folder, "example-" + sample.stem + ".http", header.encode() + body)


def read_poll_seeds():
    folder = reset("state_council_read_poll")
    for answer in sorted((ROOT / "examples" / "payloads" / "state_council").glob("poll-*.json")):
        body = answer.read_bytes()
        status = 200 if b'"code":0' in body.replace(b" ", b"") else 401
        header = f"Status: {status}\nCursor: c-20261120-0001\nContent-Type: application/json\n\n"
        write(folder, answer.stem + ".http", header.encode() + body)
    write(folder, "status-503-no-body.http", "Status: 503\nContent-Type: application/json\n\n")
    write(folder, "status-200-not-json.http", "Status: 200\nContent-Type: text/html\n\n<html></html>")


def mac_seeds():
    folder = reset("mac_verifier")
    signed = b"POST\n/intake/city_portal\n1763600000\nn-8f1c\n" + hashlib.sha256(b"{}").hexdigest().encode()
    mac = hmac.new(MAC_NEW_SECRET, signed, hashlib.sha256).digest()
    write(folder, "valid-hex", b"v1," + mac.hex().encode() + b"\n" + signed)
    write(folder, "valid-base64-bare", base64.b64encode(mac) + b"\n" + signed)
    write(folder, "wrong-mac", b"v1," + bytes(32).hex().encode() + b"\n" + signed)
    write(folder, "rotation-two-entries", b"v1," + bytes(32).hex().encode() + b" v1," + mac.hex().encode() + b"\n" + signed)
    write(folder, "other-version-only", b"v2," + mac.hex().encode() + b"\n" + signed)
    write(folder, "nine-entries", b" ".join([b"v1,00"] * 9) + b"\n" + signed)
    write(folder, "not-hex-or-base64", b"v1,zz!!\n" + signed)
    write(folder, "empty-header", b"\n" + signed)


def sm2_seeds():
    folder = reset("sm2_verifier")
    signed = b"POST\n/intake/national_regulation\n1763600000123\nn-51aa\n" + hashlib.sha256(b"{}").hexdigest().encode()
    der_like = bytes([0x30, 0x44, 0x02, 0x20]) + bytes(range(1, 33)) + bytes([0x02, 0x20]) + bytes(range(33, 65))
    write(folder, "der-hex", b"v1," + der_like.hex().encode() + b"\n" + signed)
    write(folder, "der-base64", base64.b64encode(der_like) + b"\n" + signed)
    write(folder, "raw-rs-hex", b"v1," + bytes(range(64)).hex().encode() + b"\n" + signed)
    write(folder, "der-leading-zero", b"v1,3045022100" + bytes(range(1, 33)).hex().encode() + b"0220" + bytes(range(33, 65)).hex().encode() + b"\n" + signed)
    write(folder, "short", b"v1,3006020101020101\n" + signed)
    write(folder, "empty-header", b"\n" + signed)


def signature_header_seeds():
    folder = reset("signature_header")
    for name, value in [("v1-hex", "v1," + "ab" * 32), ("bare-base64", "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k="),
                        ("rotation", "v1," + "00" * 32 + " v1a,xyz v1," + "11" * 32), ("spaces", "  v1,ab  "),
                        ("nine-entries", " ".join(["v1,ab"] * 9)), ("comma-only", ","), ("padding", "QQ== QUI= QUJD"),
                        ("bad-padding", "Q=== QQ=A"), ("odd-hex", "abc"), ("empty", "")]:
        write(folder, name, value)


def timestamp_seeds():
    folder = reset("header_timestamp")
    for name, value in [("seconds", "1763600000"), ("milliseconds", "1763600000123"), ("zeros", "0000000000"),
                        ("max-13", "9999999999999"), ("eleven", "17636000001"), ("plus", "+176360000"),
                        ("space", " 1763600000"), ("minus", "-1763600000"), ("hex", "0x69200000"), ("empty", "")]:
        write(folder, name, value)


def api_key_seeds():
    folder = reset("api_key_verifier")
    for i, key in enumerate(API_KEYS):
        write(folder, f"key-{i}", key)
        write(folder, f"key-{i}-trailing-space", key + b" ")
        write(folder, f"key-{i}-upper", key.upper())
        write(folder, f"key-{i}-prefix", key[:-1])
    write(folder, "empty", b"")


def form_seeds():
    folder = reset("form_urlencoded")
    for sample in sorted((ROOT / "examples" / "payloads" / "foreign_investment").glob("*.form")):
        write(folder, sample.stem, sample.read_bytes())
    for name, value in [("plus-and-escapes", "a=1+2&b=%E4%B8%AD&c="), ("duplicate", "a=1&a=2"), ("empty-name", "=x"),
                        ("bad-escape", "a=%G1"), ("truncated-escape", "a=%4"), ("overlong-utf8", "a=%C0%AF"),
                        ("surrogate", "a=%ED%A0%80"), ("ampersands", "&&a=1&&"), ("no-equals", "flag&x=1")]:
        write(folder, name, value)


def charset_seeds():
    folder = reset("charset_to_utf8")
    # The first byte picks the label (targets/charset_to_utf8_fuzzer.cpp): 0 utf-8, 2 gbk, 6 gb18030.
    gbk_text = "投诉：小区噪声扰民，请尽快处理。".encode("gbk")
    gb18030_text = "𠀀 emoji 😀 and € sign".encode("gb18030")
    for name, selector, body in [("utf8-chinese", 0, "咨询 consultation".encode()), ("utf8-overlong", 0, b"\xc0\xaf"),
                                 ("utf8-surrogate", 0, b"\xed\xa0\x80"), ("utf8-truncated", 0, b"ok \xe4\xb8"),
                                 ("gbk-text", 2, gbk_text), ("gbk-euro-0x80", 2, b"price \x80 5"),
                                 ("gbk-truncated", 2, gbk_text[:-1]), ("gb18030-four-byte", 6, gb18030_text),
                                 ("gb18030-bad-trail", 6, b"\x81\x30\x81"), ("ascii", 7, b"plain ascii"),
                                 ("unknown-label", 8, b"abc")]:
        write(folder, name, bytes([selector]) + body)
    hotline = ROOT / "plugins" / "hotline_12345" / "golden" / "consultation-landline-gbk.http"
    write(folder, "gbk-work-order", bytes([2]) + hotline.read_bytes().split(b"\n\n", 1)[1][:2048])


def main():
    for plugin in PLUGINS:
        adapter_seeds(plugin)
    read_poll_seeds()
    mac_seeds()
    sm2_seeds()
    signature_header_seeds()
    timestamp_seeds()
    api_key_seeds()
    form_seeds()
    charset_seeds()
    for folder in sorted(CORPUS.iterdir()):
        files = [f for f in folder.iterdir() if f.is_file()]
        print(f"{folder.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
