#!/usr/bin/env python3
"""Writes the hostile inputs of issue 12 ("Hostile input") into a folder.

Usage: bench/hostile.py OUT

Each file is one reproduction; docs/robustness.md lists the command run on each and the
figures before and after the fixes. The files are deterministic.
"""

import os
import sys

HEAD = "Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\n"


def names(n):
    """`n` distinct names such as `A.B. Naam123`."""
    out = []
    for i in range(n):
        a = chr(ord("A") + i % 26)
        b = chr(ord("A") + i // 26 % 26)
        out.append(f"{a}.{b}. Naam{i}")
    return out


def write(out, name, text, mode="w"):
    path = os.path.join(out, name)
    if isinstance(text, bytes):
        with open(path, "wb") as f:
            f.write(text)
    else:
        with open(path, mode, encoding="utf-8", newline="") as f:
            f.write(text)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)

    # 1. A finding past visual column 65,535 (tabs count 4 in the renderer).
    write(out, "tabs.txt", "\t" * 16400 + "Ondernijning.\n")

    # 2. A 72 KB table row with a misspelt term at its end.
    row = "A\t<p>" + "De vergadering bespreekt het plan. " * 2000 + "Ondernijning.</p>\n"
    write(out, "row72k.txt", HEAD + "Aanwezig\tS. Schelberg\n\nNR\tOnderwerp\n" + row)

    # 3. A configuration error past column 65,535.
    os.makedirs(os.path.join(out, "badconfig"), exist_ok=True)
    write(out, "badconfig/notulint.toml", "include = [" + '"a.txt", ' * 9000 + "5]\n")
    write(out, "badconfig/a.txt", HEAD)

    # 4. A 30 KB line with 1,500 duplicate names: every finding reprinted the whole line.
    write(out, "dup30k.txt", HEAD + "Aanwezig\t" + ", ".join(["G.J. Kok"] * 1500) + "\n")

    # 5. 10^6 names on one line (17 MB), 1,000 of them twice.
    many = names(1_000_000)
    write(out, "million.txt", HEAD + "Aanwezig\t" + ", ".join(many + many[:1000]) + "\n")

    # 6. 20,000 table rows, each with a misspelt term (1 MB).
    rows = "".join(f"{chr(65 + i % 26)}\tOndernijning {i}\n" for i in range(20_000))
    write(out, "rows20k.txt", HEAD + "Aanwezig\tS. Schelberg\n\nNR\tOnderwerp\n" + rows)

    # 7. The same with 100,000 rows.
    rows = "".join(f"{chr(65 + i % 26)}\tOndernijning {i}\n" for i in range(100_000))
    write(out, "rows100k.txt", HEAD + "Aanwezig\tS. Schelberg\n\nNR\tOnderwerp\n" + rows)

    # 8. 100,000 attendees with the same surname, and speakers by that surname.
    same = []
    for i in range(100_000):
        a = chr(ord("A") + i % 26)
        b = chr(ord("A") + i // 26 % 26)
        c = chr(ord("A") + i // 676 % 26)
        d = chr(ord("A") + i // 17576 % 26)
        same.append(f"{a}.{b}.{c}.{d}. Jansen")
    body = "1. Opening\n" + "Dhr. Jansen geeft aan dat het goed is.\n" * 100
    write(out, "jansen100k.txt", "Datum: 9 juli 2018\nAanwezig:\n" + "\n".join(same) + "\n\n" + body)

    # 9. 20,000 attendees and 20,000 speakers who are on no list.
    present = names(20_000)
    speakers = "".join(f"Dhr. Onbekend{i} geeft aan dat het goed is.\n" for i in range(20_000))
    write(
        out,
        "speakers20k.txt",
        "Datum: 9 juli 2018\nAanwezig:\n" + "\n".join(present) + "\n\n1. Opening\n" + speakers,
    )

    # 10. One name of 90,000 characters, on the list and as a speaker.
    long = "K" + "a" * 89_999
    write(
        out,
        "longname.txt",
        f"Datum: 9 juli 2018\nAanwezig: J. {long}, P. Pietersen\nAfwezig: J. {long}x\n\n"
        f"1. Opening\nDhr. {long}y geeft aan dat het goed is.\n",
    )

    # 11. A roster of 10,000 members and 500 documents.
    os.makedirs(os.path.join(out, "roster", "docs"), exist_ok=True)
    roster = "".join(
        f'[[roster]]\nname = "{n}"\naliases = ["{n.split(" ")[1]} Alias"]\n' for n in names(10_000)
    )
    write(out, "roster/notulint.toml", roster)
    for i in range(500):
        write(
            out,
            f"roster/docs/d{i:04}.txt",
            "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\nAanwezig: S. Schelberg, P. Pietersen\n\n"
            "1. Opening\nDhr. Naam7 geeft aan dat het goed is.\n",
        )

    # 12. Unicode identity: NFC and NFD on one list, a zero-width space, a leading RLM.
    write(
        out,
        "unicode.txt",
        "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\n"
        "Aanwezig: S. Schelberg, J. Coe\u0308rs, J. Co\u00ebrs, P. Pie\u200btersen, \u200fK. Kok, K. Kok\n"
        "Afwezig: P. Pietersen\n\n1. Opening\nDe voorzitter opent.\n",
    )

    # 13. Terminal and CI injection: escape sequences and bidi controls in the text,
    # a newline in a file name, a NUL after the first 8 KiB.
    write(
        out,
        "escape.txt",
        "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\nAanwezig: S. Schelberg\n\n"
        "1. Opening\nDhr. \x1b]0;pwned\x07Kok\x1b[2J geeft aan dat \u202eOndernijning\u202c goed is.\n"
        "Dhr. K\u200bok\x1b[31m zegt iets.\n",
    )
    write(
        out,
        "x.txt\n::error file=a::injected.txt",
        "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\nAanwezig: S. Schelberg\n\n1. Opening\nOndernijning.\n",
    )
    write(out, "nul.txt", (HEAD + "Aanwezig\tS. Schelberg\n" + "x" * 9000 + "\n1. Dhr. Ko\x00k zegt het.\n").encode())

    # 14. A link to a file outside the checked folder.
    os.makedirs(os.path.join(out, "links"), exist_ok=True)
    link = os.path.join(out, "links", "x.txt")
    if not os.path.lexists(link):
        os.symlink("/etc/passwd", link)


if __name__ == "__main__":
    main()
