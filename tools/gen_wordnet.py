#!/usr/bin/env python3
"""Builds claimdiff's bundled word knowledge from WordNet 3.0.

Input: the WordNet 3.0 database files (index.*, data.*, *.exc), e.g. from the
Debian package `wordnet-base` (1:3.0-37):

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python3 tools/gen_wordnet.py wn/usr/share/wordnet src/lexicon/data/wordnet.bin

Output: one little-endian binary file read in place by `src/lexicon/wordnet.rs`
(no parsing at start-up). Layout, all integers u32 unless noted:

    header   b"CDWN", version, n_words, n_synsets, hash_bits,
             off_strings, off_words, off_hash, off_senses, off_synsets, off_links
    strings  UTF-8 bytes of every word, concatenated
    words    n_words records of 20 bytes:
               str_off u32, str_len u16, n_extra u16, sense_off u32,
               sense counts u8 x 4 (noun, verb, adj, adv), extra_off u32
             senses of a word: synset ids, nouns first, then verbs, adjectives,
             adverbs, each part ordered by WordNet's sense frequency (at most 40);
             extras (in links): (kind << 30) | (pos << 28) | word id, kind 0 =
             a lemma this form inflects (from the exception lists), kind 1 = a
             derivationally related word ("injury" n -> "injure" v)
    hash     2^hash_bits slots, word id + 1 (0 = empty), FNV-1a 32 of the
             word's bytes, linear probing
    senses   synset ids
    synsets  n_synsets records of 16 bytes:
               pos u8, lexname u8, n_hyper u8, n_anto u8, link_off u32,
               first word id u32, n_similar u8, 3 bytes padding
             links at link_off: hypernyms (and instance hypernyms), then
             antonyms (synset level: a lemma's antonym pointer joins the two
             synsets; an adjective satellite takes its head's), then similar
             synsets (adjective clusters, verb groups)
    links    u32s

Kept: every single-word lemma of letters, apostrophes, hyphens and periods,
and multiword verbs ("break down", "take place"), written with spaces;
proper nouns keep their capitals ("Paris"); other words are lowercase.
"""
import os
import re
import struct
import sys

POS = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}
FILES = ["noun", "verb", "adj", "adv"]
MAX_SENSES = 40
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-\.]*")


def fnv1a(b):
    h = 0x811C9DC5
    for x in b:
        h ^= x
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def keep_lemma(lemma, pos):
    parts = lemma.split("_")
    if not all(WORD_RE.fullmatch(p) for p in parts):
        return False
    if len(parts) == 1:
        return True
    return pos == 1 and len(parts) <= 3


def main(src, out):
    synsets = {}  # (pos, offset) -> dict
    order = []
    for f in FILES:
        with open(os.path.join(src, "data." + f), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                body = line.split(" | ")[0].split()
                off, lexfile, ss_type = body[0], int(body[1]), body[2]
                pos = POS[ss_type]
                n = int(body[3], 16)
                words = [body[4 + 2 * i] for i in range(n)]
                i = 4 + 2 * n
                p_cnt = int(body[i])
                i += 1
                ptrs = []
                for _ in range(p_cnt):
                    sym, toff, tpos, st = body[i : i + 4]
                    i += 4
                    ptrs.append((sym, (POS[tpos], toff), int(st[:2], 16), int(st[2:], 16)))
                key = (pos, off)
                synsets[key] = {
                    "pos": pos,
                    "sat": ss_type == "s",
                    "lexname": lexfile,
                    "words": [re.sub(r"\(.*\)$", "", w) for w in words],
                    "ptrs": ptrs,
                }
                order.append(key)
    sid = {k: i for i, k in enumerate(order)}

    # Lemma -> senses per pos, in frequency order (the index files' order).
    senses = {}
    for pos, f in enumerate(FILES):
        with open(os.path.join(src, "index." + f), encoding="latin-1") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                p = line.split()
                lemma = p[0]
                n_syn = int(p[2])
                offs = p[-n_syn:]
                if not keep_lemma(lemma, pos):
                    continue
                # The index is lowercase; keep the capitals the synsets write
                # when every sense writes the word capitalised (a proper noun).
                forms = set()
                for o in offs:
                    for w in synsets[(pos, o)]["words"]:
                        if w.lower() == lemma:
                            forms.add(w)
                word = lemma
                if forms and all(w != w.lower() for w in forms):
                    word = sorted(forms)[0]
                word = word.replace("_", " ")
                senses.setdefault(word, [[], [], [], []])[pos] = [sid[(pos, o)] for o in offs[:MAX_SENSES]]

    extras = {}
    for f, pos in [("noun.exc", 0), ("verb.exc", 1), ("adj.exc", 2), ("adv.exc", 3)]:
        with open(os.path.join(src, f), encoding="latin-1") as fh:
            for line in fh:
                p = line.split()
                form, lemmas = p[0], p[1:]
                if not keep_lemma(form, 0):
                    continue
                for lm in lemmas:
                    lm = lm.replace("_", " ")
                    if lm in senses and senses[lm][pos]:
                        extras.setdefault(form.replace("_", " "), []).append((0, pos, lm))

    # Derivationally related words, lemma level, from a word's first senses.
    for key in order:
        s = synsets[key]
        for sym, tgt, src_w, tgt_w in s["ptrs"]:
            if sym != "+" or src_w == 0 or tgt_w == 0:
                continue
            a = s["words"][src_w - 1].lower().replace("_", " ")
            t = synsets[tgt]
            b = t["words"][tgt_w - 1].lower().replace("_", " ")
            if a in senses and b in senses and senses[b][t["pos"]]:
                rank = senses[a][s["pos"]]
                if sid[key] in rank[:4]:
                    item = (1, t["pos"], b)
                    lst = extras.setdefault(a, [])
                    if item not in lst:
                        lst.append(item)

    words = sorted(set(senses) | set(extras))
    wid = {w: i for i, w in enumerate(words)}

    # Only synsets a kept word reaches: its senses and their hypernyms.
    reach = set()
    stack = [order[i] for w in senses for part in senses[w] for i in part]
    while stack:
        k = stack.pop()
        if k in reach:
            continue
        reach.add(k)
        stack.extend(t for sym, t, _, _ in synsets[k]["ptrs"] if sym in ("@", "@i"))
    old_order = order
    order = [k for k in old_order if k in reach]
    new_id = {k: i for i, k in enumerate(order)}
    remap = {sid[k]: new_id[k] for k in order}
    for w in senses:
        senses[w] = [[remap[i] for i in part] for part in senses[w]]
    sid = new_id

    # Synset-level antonyms and similar sets.
    anto = {k: set() for k in order}
    similar = {k: set() for k in order}
    # (targets outside the kept synsets are dropped)
    for key in order:
        s = synsets[key]
        for sym, tgt, _, _ in s["ptrs"]:
            if tgt not in sid:
                continue
            if sym == "!":
                anto[key].add(tgt)
                anto[tgt].add(key)
            elif sym in ("&", "$"):
                similar[key].add(tgt)
    for key in order:
        s = synsets[key]
        if s["sat"]:
            for head in similar[key]:
                for a in anto[head]:
                    anto[key].add(a)

    strings = bytearray()
    sense_arr = []
    links = []
    word_recs = []
    for w in words:
        b = w.encode("utf-8")
        so = len(strings)
        strings += b
        ss = senses.get(w, [[], [], [], []])
        s_off = len(sense_arr)
        for part in ss:
            sense_arr.extend(part)
        ex = extras.get(w, [])
        e_off = len(links)
        for kind, pos, target in ex:
            links.append((kind << 30) | (pos << 28) | wid[target])
        word_recs.append(struct.pack("<IHHI4BI", so, len(b), len(ex), s_off, *[len(p) for p in ss], e_off))
    syn_recs = []
    for key in order:
        s = synsets[key]
        hyp = [sid[t] for sym, t, _, _ in s["ptrs"] if sym in ("@", "@i")]
        an = sorted(sid[t] for t in anto[key])
        sim = sorted(sid[t] for t in similar[key])
        off = len(links)
        links.extend(hyp[:255])
        links.extend(an[:255])
        links.extend(sim[:255])
        syn_recs.append(struct.pack("<4BIB3x", s["pos"], s["lexname"], min(len(hyp), 255),
                                    min(len(an), 255), off, min(len(sim), 255)))
    bits = 1
    while (1 << bits) < 1.4 * len(words):
        bits += 1
    table = [0] * (1 << bits)
    mask = (1 << bits) - 1
    for i, w in enumerate(words):
        h = fnv1a(w.encode("utf-8")) & mask
        while table[h]:
            h = (h + 1) & mask
        table[h] = i + 1

    header_len = 4 + 4 * 10
    parts = []
    off_strings = header_len
    pad = (-len(strings)) % 4
    strings += b"\0" * pad
    off_words = off_strings + len(strings)
    words_blob = b"".join(word_recs)
    off_hash = off_words + len(words_blob)
    hash_blob = struct.pack(f"<{len(table)}I", *table)
    off_senses = off_hash + len(hash_blob)
    sense_blob = struct.pack(f"<{len(sense_arr)}I", *sense_arr)
    off_synsets = off_senses + len(sense_blob)
    syn_blob = b"".join(syn_recs)
    off_links = off_synsets + len(syn_blob)
    link_blob = struct.pack(f"<{len(links)}I", *links)
    header = b"CDWN" + struct.pack("<10I", 1, len(words), len(order), bits, off_strings, off_words,
                                   off_hash, off_senses, off_synsets, off_links)
    assert len(header) == header_len
    data = header + bytes(strings) + words_blob + hash_blob + sense_blob + syn_blob + link_blob
    with open(out, "wb") as fh:
        fh.write(data)
    print(f"{out}: {len(words)} words, {len(order)} synsets, {len(data)} bytes", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
