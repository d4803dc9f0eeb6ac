#!/usr/bin/env bash
# Run every fuzz target for SECONDS seconds each (default 600), seeded with
# the example and test articles (and the benchmark corpus, when it is
# there) and a dictionary of the gazetteer's names, titles and cue words.
# Needs a nightly toolchain and `cargo install cargo-fuzz`.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load split extract)

# Seeds: each paragraph of each article, and a few JSONL lines.
for t in "${targets[@]}"; do mkdir -p "corpus/$t"; done
python3 - "${targets[@]}" <<'PY'
import glob, hashlib, json, os, sys
paragraphs = []
for f in sorted(glob.glob('../examples/articles/*.txt') + glob.glob('../tests/articles/*.txt')):
    paragraphs += [p for p in open(f, encoding='utf-8').read().split('\n\n') if p.strip()]
corpus = '../../shared/corpus/sotu-1900-2026.jsonl'
lines = open(corpus, encoding='utf-8').read().splitlines()[:200] if os.path.exists(corpus) else []
for t in sys.argv[1:]:
    seeds = [p.encode() for p in paragraphs]
    if t == 'load':
        seeds += [json.dumps({'id': str(i), 'text': p}).encode() + b'\n' for i, p in enumerate(paragraphs[:20])]
        seeds += [l.encode() + b'\n' for l in lines[:20]]
    else:
        seeds += [json.loads(l)['text'].encode() for l in lines]
    for s in seeds:
        with open(f'corpus/{t}/seed-{hashlib.sha1(s).hexdigest()}', 'wb') as out:
            out.write(s)
PY

# Dictionary: names, titles and cues, as libFuzzer wants them.
python3 - <<'PY' > names.dict
import csv, glob
words = set()
def rows(path):
    lines = [l for l in open(path, encoding='utf-8') if not l.startswith('#')]
    return list(csv.reader(lines[1:], delimiter='\t'))
for path in glob.glob('../src/mention/data/countries.tsv') + glob.glob('../src/mention/data/organizations.tsv'):
    for r in rows(path):
        for field in r[2:6]:
            words.update(w.rstrip('?') for w in field.split('|') if w)
for r in rows('../src/mention/data/titles.tsv'):
    words.add(r[0])
for r in rows('../src/relation/cues.tsv'):
    words.add(r[0])
words.update(['. ', '\n\n', '"', '\u201c', '\u201d', ' we ', ' he ', '(', ')', ' \u2014 ', 'U.S.', '{"text": "', '"}'])
def esc(w):
    return ''.join(c if 32 <= ord(c) < 127 and c not in '"\\' else ''.join(f'\\x{b:02x}' for b in c.encode()) for c in w)
for w in sorted(words):
    if w:
        print(f'"{esc(w)}"')
PY

for t in "${targets[@]}"; do
  max_len=65536
  [ "$t" = split ] && max_len=16384
  echo "== $t: ${seconds}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -dict=names.dict -print_final_stats=1 2>&1 | tee "$t.log" | grep -E "^(#[0-9]+.*(DONE|pulse)|==|SUMMARY|stat::|Done)" || true
  found=$(ls "artifacts/$t" 2>/dev/null | grep -E '^(crash|timeout|oom|leak|slow-unit)-' || true)
  if [ -n "$found" ] || ! grep -q "^Done [0-9]* runs" "$t.log"; then
    echo "$t: FOUND A PROBLEM, see fuzz/$t.log and fuzz/artifacts/$t/: $found"
  else
    grep "^Done [0-9]* runs" "$t.log"
  fi
done
