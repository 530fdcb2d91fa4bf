"""SQLCipher's version, for `reviewer diagnostics`: asked of an in-memory database, so no
workspace is opened."""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlcipher


def sqlcipher_version() -> str:
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    cipher = str(row[0]) if row and row[0] else "none (not an SQLCipher build)"
    return f"{cipher} (SQLite {sqlite[0]})"
