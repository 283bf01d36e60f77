#!/usr/bin/env python3
"""Builds src/nl/data/first-names.txt: given names as they occur in Dutch minutes.

Source: the person providers of Faker (MIT licence, https://github.com/joke2k/faker), for the
locales whose names are common in the Netherlands and Flanders. Run from the repository root:

    pip download faker --no-deps -d /tmp/faker && python3 tools/firstnames/build.py /tmp/faker/faker-*.whl

Only capitalised single words are kept; the list is sorted and free of duplicates (a test in
src/nl/mod.rs checks both).
"""
import re
import sys
import zipfile

LOCALES = [
    "nl_NL", "nl_BE", "en_US", "en_GB", "de_DE", "fr_FR", "tr_TR", "ar_AA", "es_ES", "it_IT",
    "pl_PL", "pt_PT", "id_ID", "fa_IR", "hi_IN", "da_DK", "sv_SE", "no_NO", "fi_FI", "hu_HU",
    "ro_RO", "bg_BG", "el_GR", "hr_HR", "cs_CZ",
]


def main(wheel: str) -> None:
    names = set()
    with zipfile.ZipFile(wheel) as z:
        for loc in LOCALES:
            src = z.read(f"faker/providers/person/{loc}/__init__.py").decode("utf8")
            for m in re.finditer(r"first_names(?:_male|_female)?\s*=\s*[\(\[{](.*?)[\)\]}]\s*\n", src, re.S):
                for a, b in re.findall(r'"([^"]+)"|\'([^\']+)\'', m.group(1)):
                    n = a or b
                    if re.fullmatch(r"[^\W\d_][\w'-]*", n) and n[0].isupper():
                        names.add(n)
    with open("src/nl/data/first-names.txt", "w", encoding="utf8") as f:
        f.write("\n".join(sorted(names)) + "\n")
    print(f"{len(names)} names")


if __name__ == "__main__":
    main(sys.argv[1])
