#!/usr/bin/env python3
"""Write one golden request file (<name>.http) for `casegw conformance`, byte-exact.

The format: header lines "Name: value\\n" (Content-Type first and required), ONE empty line,
then the body bytes exactly as the channel sends them: nothing is added or stripped, so a
trailing newline in the body file stays and none is invented. Write these files with this
script, never with an editor (editors add newlines and cannot save GBK reliably).

  write_http_case.py golden/complaint-utf8.http \\
      --content-type 'application/json; charset=utf-8' --body-file body.json
  write_http_case.py golden/consultation-gbk.http \\
      --content-type 'application/json; charset=GBK' --encode gbk --body-file body.json
  write_http_case.py golden/not-json.http --content-type application/json --body 'ticketNo=1'
  write_http_case.py golden/bad-bytes.http --content-type 'application/json; charset=gbk' \\
      --body-hex '7b227469746c65223a2281207d'

--body-file and --body are UTF-8 text; --encode converts it (strictly) to the charset the
channel sends; --body-hex gives raw bytes, for bodies that must be invalid on purpose.
"""
import argparse
import sys


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("output", help="the .http file to write")
    p.add_argument("--content-type", required=True, help="the Content-Type header, as sent")
    p.add_argument("--header", action="append", default=[], metavar="'Name: value'", help="another header")
    body = p.add_mutually_exclusive_group(required=True)
    body.add_argument("--body-file", help="UTF-8 file with the body")
    body.add_argument("--body", help="the body as UTF-8 text")
    body.add_argument("--body-hex", help="the body as hex bytes, written unchanged")
    p.add_argument("--encode", choices=["utf-8", "gbk", "gb18030"], default="utf-8",
                   help="charset to encode a --body/--body-file text in (default utf-8)")
    a = p.parse_args()

    headers = [("Content-Type", a.content_type)]
    for h in a.header:
        name, sep, value = h.partition(":")
        if not sep or not name.strip() or name != name.strip():
            p.error(f"--header must look like 'Name: value', got {h!r}")
        headers.append((name, value.strip()))
    for name, value in headers:
        if "\n" in value or "\r" in value:
            p.error(f"header {name} contains a line break")

    if a.body_hex is not None:
        data = bytes.fromhex(a.body_hex)
    else:
        text = a.body if a.body is not None else open(a.body_file, encoding="utf-8", newline="").read()
        data = text.encode(a.encode, errors="strict")

    with open(a.output, "wb") as out:
        for name, value in headers:
            out.write(f"{name}: {value}\n".encode("utf-8"))
        out.write(b"\n")
        out.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
