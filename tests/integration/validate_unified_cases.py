#!/usr/bin/env python3
"""Validates every unified case the integration tests received at the stand-in workflow
against the published JSON Schema (docs/schemas/casegw.case.v1.schema.json)."""
import json
import pathlib
import sys

import jsonschema

schema_file, cases_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
validator = jsonschema.Draft202012Validator(json.loads(schema_file.read_text(encoding="utf-8")))
cases = sorted(cases_dir.glob("*.json"))
if not cases:
    sys.exit(f"no unified cases in {cases_dir}: did the integration tests run?")
failed = 0
for case in cases:
    errors = sorted(validator.iter_errors(json.loads(case.read_text(encoding="utf-8"))), key=str)
    for error in errors:
        print(f"{case.name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed += bool(errors)
print(f"{len(cases) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
