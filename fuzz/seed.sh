#!/usr/bin/env bash
# Seeds the fuzz corpus from the fixture stories (each article, and each
# story's articles joined by 0xFF as the target reads several files).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/pipeline
for f in ../fixtures/*/*.txt; do
  cp "$f" "corpus/pipeline/$(basename "$(dirname "$f")")-$(basename "$f")"
done
for d in ../fixtures/*/; do
  out="corpus/pipeline/$(basename "$d")-all"
  : > "$out"
  for f in "$d"*.txt; do cat "$f" >> "$out"; printf '\xff' >> "$out"; done
done
echo "seeded $(ls corpus/pipeline | wc -l) inputs"
