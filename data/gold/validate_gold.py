#!/usr/bin/env python3
"""Check the gold set against docs/EVAL.md and the reference data.

    python3 data/gold/validate_gold.py [GOLD_DIR]

Exit 0 when every check passes (warnings are printed but do not fail), 1 otherwise.
Uses only the standard library.
"""
import datetime
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))

# People the reference data does not know; their ids are ASCII slugs of the usual English name.
# Listed here so that a typo in a known person's id (e.g. "sergei-lavrov") is caught.
NOT_IN_REFERENCE = {
    "a-k-abdul-momen": "Bangladesh foreign minister (2019)",
    "aizaz-ahmad-chaudhry": "Pakistan foreign secretary (2014)",
    "ajit-doval": "Indian national security adviser",
    "ali-shamkhani": "Iranian security council secretary (2023)",
    "amir-khan-muttaqi": "Taliban acting foreign minister",
    "chuck-hagel": "US defense secretary (2013)",
    "denis-manturov": "Russian deputy prime minister (2023)",
    "digvijay-singh": "Indian minister of state for external affairs (2002)",
    "jonas-gahr-store": "Norwegian prime minister",
    "lloyd-austin": "US defense secretary (2024)",
    "luis-lacalle-pou": "Uruguayan president (2023)",
    "luis-montenegro": "Portuguese prime minister",
    "mike-waltz": "US national security adviser (2025)",
    "minoru-kihara": "Japanese defence minister (2024)",
    "mohamed-irfaan-ali": "Guyanese president",
    "musaed-al-aiban": "Saudi national security adviser",
    "pradeep-kumar-rawat": "Indian ambassador to China",
    "riva-ganguly-das": "Indian high commissioner to Bangladesh (2019)",
    "rustem-umerov": "Ukrainian defence minister (2025)",
    "sergei-shoigu": "Russian defence minister (2013)",
    "shahriar-alam": "Bangladesh state minister for foreign affairs (2019)",
    "sheikh-hasina": "Bangladesh prime minister (2019)",
    "steve-witkoff": "US special envoy (2025)",
    "sujatha-singh": "Indian foreign secretary (2014)",
    "sun-weidong": "Chinese vice foreign minister (2025)",
    "vikram-misri": "Indian foreign secretary (2025)",
    "vladimir-medinsky": "Russian presidential aide (2022, 2025)",
    "volodymyr-zelensky": "Ukrainian president (2025)",
    "yuri-ushakov": "Russian presidential aide (2013, 2025)",
}

MIN = {"hi": 18, "en": 18, "negatives": 5, "pairs": 5, "html": 4, "jsonl": 46}
STATUSES = {"held", "planned", "cancelled", "postponed"}
GOLD_KEYS = {"negative", "meetings", "statements", "commitments"}
OPTIONAL_KEYS = {"pair", "notes"}
MEETING_KEYS = {"date", "location", "countries", "participants", "status"}
JSONL_FIELDS = ["url", "title", "published", "language", "source", "text"]

errors, warnings = [], []


def err(where, msg):
    errors.append(f"ERROR {where}: {msg}")


def warn(where, msg):
    warnings.append(f"warn  {where}: {msg}")


def load_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


COUNTRIES = {r["code"] for r in load_tsv(os.path.join(REPO, "data", "countries.tsv"))}
PEOPLE = {}
for path in sorted(glob.glob(os.path.join(REPO, "data", "people", "*.tsv"))):
    for r in load_tsv(path):
        PEOPLE.setdefault(r["person_id"], []).append(r)
with open(os.path.join(REPO, "ontology", "topics.ttl"), encoding="utf-8") as f:
    TOPICS = set(re.findall(r'skos:notation\s+"([^"]+)"', f.read()))


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = self.title = self.canonical = self.published = None
        self.in_title = False
        self.stack = []
        self.paras_in_main = 0
        self.main_text = []
        self.in_p = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self.in_title = True
            self.title = ""
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "meta" and a.get("property") == "article:published_time":
            self.published = a.get("content")
        if tag in ("article", "main"):
            self.stack.append(tag)
        if tag == "p" and self.stack:
            self.paras_in_main += 1
            self.in_p = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in ("article", "main") and self.stack:
            self.stack.pop()
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_p and self.stack:
            self.main_text.append(data)


def read_article(path):
    """Return (meta dict, text) of an article file; records format errors."""
    name = os.path.basename(path)
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 1:
            err(name, f"a .jsonl article must hold exactly one line, found {len(lines)}")
            return None, ""
        try:
            rec = json.loads(lines[0])
        except json.JSONDecodeError as e:
            err(name, f"invalid JSON: {e}")
            return None, ""
        for k in JSONL_FIELDS:
            if not isinstance(rec.get(k), str) or not rec.get(k).strip():
                err(name, f"missing or empty field {k!r}")
        extra = set(rec) - set(JSONL_FIELDS)
        if extra:
            warn(name, f"extra fields {sorted(extra)}")
        if rec.get("language") not in ("hi", "en"):
            err(name, f"language must be hi or en, got {rec.get('language')!r}")
        if not parse_date(rec.get("published")):
            err(name, f"published is not YYYY-MM-DD: {rec.get('published')!r}")
        if not str(rec.get("url", "")).startswith("https://"):
            err(name, "url must be https")
        return {"url": rec.get("url"), "published": rec.get("published"), "language": rec.get("language"),
                "title": rec.get("title")}, rec.get("text", "")
    if path.endswith(".html"):
        with open(path, encoding="utf-8") as f:
            p = PageParser()
            p.feed(f.read())
        for attr in ("lang", "title", "canonical", "published"):
            if not getattr(p, attr):
                err(name, f"page lacks {attr}")
        if p.paras_in_main == 0:
            err(name, "no <p> inside <article> or <main>")
        pub = (p.published or "")[:10]
        if not parse_date(pub) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", p.published or ""):
            err(name, f"article:published_time not like 2019-03-02T10:00:00+05:30: {p.published!r}")
        return {"url": p.canonical, "published": pub, "language": p.lang, "title": p.title}, " ".join(p.main_text)
    err(name, "unsupported article format (use .jsonl or .html; .txt carries no date)")
    return None, ""


def mentioned(person_id, text):
    """Does some name of a known person occur in the text (surname or Hindi form)?"""
    names = set()
    for r in PEOPLE.get(person_id, []):
        for cell in (r.get("name_en", ""), r.get("aliases_en", ""), r.get("names_hi", "")):
            for n in cell.split("|"):
                n = n.strip()
                if n:
                    names.add(n)
                    names.add(n.split()[-1])
    names.add(person_id.split("-")[-1])
    low = text.lower()
    return any(n.lower() in low for n in names if len(n) > 2)


def main():
    art_files = sorted(glob.glob(os.path.join(DIR, "articles", "*")))
    gold_files = sorted(glob.glob(os.path.join(DIR, "gold", "*.json")))
    art_ids = {}
    for p in art_files:
        base, ext = os.path.splitext(os.path.basename(p))
        if base in art_ids:
            err(base, "two article files share this id")
        art_ids[base] = p
    gold_ids = {os.path.splitext(os.path.basename(p))[0]: p for p in gold_files}
    for i in sorted(set(art_ids) - set(gold_ids)):
        err(i, "article without gold file")
    for i in sorted(set(gold_ids) - set(art_ids)):
        err(i, "gold file without article")

    metas, golds, texts = {}, {}, {}
    urls = {}
    for aid, path in art_ids.items():
        meta, text = read_article(path)
        if meta:
            metas[aid] = meta
            texts[aid] = text
            if meta["url"] in urls:
                err(aid, f"url also used by {urls[meta['url']]}")
            urls[meta["url"]] = aid
            if not re.match(r"^(hi|en)-[a-z0-9]+(-[a-z0-9]+)*$", aid):
                err(aid, "id should be a short slug starting with the language (hi-/en-)")
            elif aid[:2] != meta["language"]:
                err(aid, f"id prefix does not match language {meta['language']}")

    for gid, path in gold_ids.items():
        try:
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
        except json.JSONDecodeError as e:
            err(gid, f"gold is not valid JSON: {e}")
            continue
        golds[gid] = g
        missing = GOLD_KEYS - set(g)
        extra = set(g) - GOLD_KEYS - OPTIONAL_KEYS
        if missing:
            err(gid, f"gold lacks keys {sorted(missing)}")
        if extra:
            err(gid, f"gold has unknown keys {sorted(extra)}")
        if not isinstance(g.get("negative"), bool):
            err(gid, "negative must be true or false")
        meetings = g.get("meetings", [])
        if g.get("negative") and meetings:
            err(gid, "a negative article must have no meetings")
        if g.get("negative") is False and not meetings:
            err(gid, "a non-negative article should report at least one meeting")
        pub = parse_date(metas.get(gid, {}).get("published"))
        keys = set()
        for k, m in enumerate(meetings):
            w = f"{gid} meeting[{k}]"
            if set(m) != MEETING_KEYS:
                err(w, f"keys must be {sorted(MEETING_KEYS)}, got {sorted(m)}")
                continue
            d = m["date"]
            if d is not None:
                if re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                    dd = parse_date(d)
                    if not dd:
                        err(w, f"invalid date {d}")
                    elif pub and m["status"] == "held" and dd > pub:
                        err(w, f"held meeting dated {d} after publication {pub}")
                    elif pub and abs((dd - pub).days) > 366 * 25:
                        warn(w, f"date {d} far from publication")
                elif not re.match(r"^--\d{2}-\d{2}$", d):
                    err(w, f"date must be YYYY-MM-DD, --MM-DD or null: {d}")
            if m["location"] is not None and m["location"] not in COUNTRIES:
                err(w, f"unknown location code {m['location']}")
            cs = m["countries"]
            if cs != sorted(set(cs)):
                err(w, f"countries must be sorted and distinct: {cs}")
            if len(set(cs)) < 2:
                err(w, "a meeting needs officials of at least two countries")
            for c in cs:
                if c not in COUNTRIES:
                    err(w, f"unknown country code {c}")
            if m["status"] not in STATUSES:
                err(w, f"bad status {m['status']}")
            ps = m["participants"]
            if ps != sorted(set(ps)):
                err(w, f"participants must be sorted and distinct: {ps}")
            for pid in ps:
                if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", pid):
                    err(w, f"participant id is not an ASCII slug: {pid}")
                if pid in PEOPLE:
                    if NOT_IN_REFERENCE.get(pid):
                        err(w, f"{pid} is in the reference data; remove it from NOT_IN_REFERENCE")
                    if not any(r["country"] in cs for r in PEOPLE[pid]):
                        err(w, f"{pid} represents {PEOPLE[pid][0]['country']}, not among {cs}")
                    if d and re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                        held = [r for r in PEOPLE[pid] if r["start"] <= d and (not r["end"] or d <= r["end"])]
                        if not held:
                            warn(w, f"{pid} holds no listed post on {d} (fine if the text gives another title)")
                    if gid in texts and not mentioned(pid, texts[gid] + " " + (metas[gid].get("title") or "")):
                        warn(w, f"{pid}: no name form found in the text")
                elif pid not in NOT_IN_REFERENCE:
                    near = [x for x in PEOPLE if edit_distance(x, pid) <= 3]
                    err(w, f"{pid} is neither in data/people/*.tsv nor declared as unknown"
                           + (f" (did you mean {near}?)" if near else ""))
            key = (d, m["location"], tuple(cs))
            if key in keys:
                warn(w, f"two meetings share the scoring key {key}")
            keys.add(key)
        st = g.get("statements", [])
        if st != sorted(set(st)):
            err(gid, f"statements must be sorted and distinct: {st}")
        for c in st:
            if c not in COUNTRIES:
                err(gid, f"unknown statement country {c}")
        seen = set()
        for k, cm in enumerate(g.get("commitments", [])):
            w = f"{gid} commitment[{k}]"
            if set(cm) != {"country", "topic"}:
                err(w, f"keys must be country and topic, got {sorted(cm)}")
                continue
            if cm["country"] not in COUNTRIES:
                err(w, f"unknown country {cm['country']}")
            if cm["topic"] is not None and cm["topic"] not in TOPICS:
                err(w, f"unknown topic {cm['topic']}")
            pair = (cm["country"], cm["topic"])
            if pair in seen:
                err(w, f"duplicate commitment {pair}")
            seen.add(pair)
            if cm["country"] not in st:
                warn(w, f"committing country {cm['country']} has no statement")
        if g.get("negative") and (g.get("commitments")):
            warn(gid, "negative article with commitments")

    # pairs
    pairs = set()
    for gid, g in golds.items():
        other = g.get("pair")
        if not other:
            continue
        og = golds.get(other)
        if og is None:
            err(gid, f"pair {other} does not exist")
            continue
        if og.get("pair") != gid:
            err(gid, f"pair {other} does not point back")
        if metas.get(gid, {}).get("language") == metas.get(other, {}).get("language"):
            err(gid, f"pair {other} is in the same language")
        canon = lambda x: (
            sorted(json.dumps(m, sort_keys=True) for m in x.get("meetings", [])),
            x.get("statements"),
            sorted(json.dumps(c, sort_keys=True) for c in x.get("commitments", [])),
            x.get("negative"),
        )
        if canon(g) != canon(og):
            err(gid, f"pair {other} does not yield the same facts")
        pairs.add(tuple(sorted((gid, other))))

    # counts
    lang = {"hi": 0, "en": 0}
    for m in metas.values():
        if m["language"] in lang:
            lang[m["language"]] += 1
    neg = [g for g in golds if golds[g].get("negative")]
    neg_lang = {metas[g]["language"] for g in neg if g in metas}
    n_html = sum(1 for p in art_ids.values() if p.endswith(".html"))
    n_jsonl = sum(1 for p in art_ids.values() if p.endswith(".jsonl"))
    counts = {"articles": len(art_ids), "hi": lang["hi"], "en": lang["en"], "jsonl": n_jsonl, "html": n_html,
              "negatives": len(neg), "pairs": len(pairs),
              "meetings": sum(len(g.get("meetings", [])) for g in golds.values()),
              "statements": sum(len(g.get("statements", [])) for g in golds.values()),
              "commitments": sum(len(g.get("commitments", [])) for g in golds.values())}
    for k, v in MIN.items():
        if counts[k] < v:
            err("counts", f"{k} = {counts[k]} < {v}")
    if neg_lang != {"hi", "en"}:
        err("counts", f"negatives must exist in both languages, found {sorted(neg_lang)}")
    status = {}
    for g in golds.values():
        for m in g.get("meetings", []):
            status[m["status"]] = status.get(m["status"], 0) + 1
    topics_used = sorted({c["topic"] for g in golds.values() for c in g.get("commitments", []) if c["topic"]})

    for line in warnings:
        print(line)
    for line in errors:
        print(line)
    print("counts:", json.dumps(counts))
    print("meeting status:", json.dumps(status, sort_keys=True))
    print(f"topics used ({len(topics_used)}):", " ".join(topics_used))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
