"""Write the record's JSON Schema, generated from ``sourcelint.record_model``,
to ``lint/schema/record.schema.json`` (run after changing a record field).

    python tests/tools/write_record_schema.py
"""

from pathlib import Path

from sourcelint.record_model import record_json_schema_text

TARGET = Path(__file__).resolve().parents[2] / "lint" / "schema" / "record.schema.json"

if __name__ == "__main__":
    TARGET.write_text(record_json_schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
