#!/usr/bin/env python3
"""Writes the Unicode canonical data that Kdo.Tokenization.Text.CanonicalNormalization reads.

.NET's string.Normalize does nothing in invariant-globalization mode (Kdo runs in it), yet Hugging Face's
BasicTokenizer needs NFC and NFD (accent stripping). This script takes the data from Python's unicodedata, the
same module that Hugging Face uses, so both normalise alike.

Usage: python3 scripts/make-unicode-table.py > src/Kdo.Tokenization/Text/unicode-canonical.txt
"""
import sys
import unicodedata

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3  # decomposed algorithmically in the C# code


def main() -> None:
    out = sys.stdout
    out.write(f"# Unicode {unicodedata.unidata_version} canonical data, from Python's unicodedata "
              "(scripts/make-unicode-table.py).\n")
    out.write("# code;combining class;canonical decomposition (one level);1 when the code point is a primary "
              "composite (NFC recomposes it). Hex code points.\n")
    for cp in range(0x110000):
        if HANGUL_FIRST <= cp <= HANGUL_LAST or 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        ccc = unicodedata.combining(ch)
        raw = unicodedata.decomposition(ch)
        decomposition = "" if raw.startswith("<") else raw  # "<compat> ..." is not canonical
        if ccc == 0 and not decomposition:
            continue
        composes = 0
        if decomposition:
            composes = int(unicodedata.normalize("NFC", unicodedata.normalize("NFD", ch)) == ch
                           and len(decomposition.split()) == 2)
        out.write(f"{cp:X};{ccc};{decomposition};{composes}\n")


if __name__ == "__main__":
    main()
