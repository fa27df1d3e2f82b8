#!/usr/bin/env python3
"""Checks that every golden case expecting a case is a valid casegw.case/v1 document once the
gateway's own fields are added, as the conformance kit validates what the adapter produced.

usage: check_golden_schema.py <golden dir> <casegw.case.v1.schema.json>
Exit 0 when all pass, 1 naming each failure, 77 (skipped) when python3-jsonschema is missing.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

# What the gateway adds to the adapter part (docs/unified-case.md §2), with fixed example values.
GATEWAY_FIELDS = {
    "schema": "casegw.case/v1",
    "case_id": "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57",
    "received_at": "2026-11-20T10:00:00.000+08:00",
    "raw": {"content_type": "application/json; charset=utf-8", "media_type": "application/json",
            "charset": "utf-8", "sha256": "0" * 64, "size": 1},
}


def completed(adapter_part):
    case = dict(adapter_part, **GATEWAY_FIELDS)
    case["channel"] = dict(adapter_part["channel"], id="gov_service_platform")
    return case


def main(golden_dir, schema_path):
    validator = jsonschema.Draft202012Validator(json.loads(pathlib.Path(schema_path).read_text()))
    failures = checked = 0
    for path in sorted(pathlib.Path(golden_dir).glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        if "case" not in expected:
            continue
        checked += 1
        for error in validator.iter_errors(completed(expected["case"])):
            failures += 1
            where = "/".join(map(str, error.absolute_path)) or "(document)"
            print(f"{path.name}: {where}: {error.message}")
    print(f"{checked} cases checked, {failures} problems")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
