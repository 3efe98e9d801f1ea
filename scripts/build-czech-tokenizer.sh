#!/usr/bin/env bash
# Rebuilds Kdo's Czech tokenizer, src/Kdo.Tokenization/Czech/sentencepiece.bpe.model, from scratch: a Unigram
# SentencePiece model with XLM-RoBERTa's settings, trained by Debian's spm_train on Czech prose (fortunes-cs,
# libreoffice-help-cs), Czech word forms (aspell-cs) and, when ./kdo generate exists, generated insolvency documents.
# docs/czech-tokenizer.md describes the sources, their licences and the settings. Installs what it needs with
# apt-get when it is missing. Usage: scripts/build-czech-tokenizer.sh [--vocab-size N] [--documents N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vocab_size=24000
documents=2000
while [ $# -gt 0 ]; do
    case "$1" in
        --vocab-size) vocab_size="$2"; shift 2 ;;
        --documents) documents="$2"; shift 2 ;;
        *) echo "usage: $0 [--vocab-size N] [--documents N]" >&2; exit 2 ;;
    esac
done

# Debian packages: the trainer and the text. dpkg -s tells what is installed; only the missing ones are fetched.
missing=()
for package in sentencepiece fortunes-cs libreoffice-help-cs aspell aspell-cs python3; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" # spm_train records its input and output paths in the model: relative ones keep rebuilds identical

# 1. fortunes-cs: one fortune per line, its "-- author" line included (Czech names are what Kdo looks for).
find /usr/share/games/fortunes/cs -type f ! -name '*.dat' ! -name '*.u8' | sort | xargs cat |
    python3 -c '
import sys
for fortune in sys.stdin.read().split("\n%\n"):
    line = " ".join(fortune.split())
    if line and line != "%":
        print(line)
' > fortunes.txt

# 2. libreoffice-help-cs: the text of headings, paragraphs, list items and table cells of each help page's body.
find /usr/share/libreoffice/help/cs -name '*.html' | sort | python3 -c '
import html.parser, sys
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th"}
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.inside, self.text, self.lines = 0, False, [], []
    def handle_starttag(self, tag, attrs):
        if tag == "div" and ("id", "DisplayArea") in attrs: self.inside = True
        if tag == "footer": self.inside = False
        if tag in BLOCKS: self.flush()
    def handle_endtag(self, tag):
        if tag in BLOCKS: self.flush()
    def handle_data(self, data):
        if self.inside: self.text.append(data)
    def flush(self):
        line = " ".join("".join(self.text).split())
        if len(line.split()) >= 3: self.lines.append(line)
        self.text = []
for path in sys.stdin.read().split():
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    page.flush()
    print("\n".join(page.lines))
' > help.txt

# 3. aspell-cs word forms: every 10th of the 3 million the dictionary expands to, 25 to a line.
aspell -l cs dump master | aspell -l cs expand | tr ' ' '\n' | awk 'NF && NR % 10 == 0' | paste -d ' ' - - - - - - - - - - \
    - - - - - - - - - - - - - - - > forms.txt

# 4. Generated insolvency documents of the train split, when this checkout's kdo can generate them; their words,
#    40 to a line (spm_train skips lines over 4,192 bytes).
: > generated.txt
if (cd "$root" && ./kdo generate --help >/dev/null 2>&1); then
    (cd "$root" && ./kdo generate --docs "$documents" --split train --seed 1 --out "$work/generated.jsonl" >/dev/null)
    python3 -c '
import json, sys
for record in map(json.loads, open(sys.argv[1], encoding="utf-8")):
    words = record["tokens"]
    for i in range(0, len(words), 40):
        print(" ".join(words[i:i + 40]))
' generated.jsonl > generated.txt
else
    echo "no ./kdo generate in this checkout: training without generated documents" >&2
fi

cat fortunes.txt help.txt forms.txt generated.txt > corpus.txt
for part in fortunes help forms generated corpus; do
    printf '%-10s %8d lines %10d characters\n' "$part" "$(wc -l < $part.txt)" "$(wc -m < $part.txt)" >&2
done

# XLM-R's conventions: Unigram, nmt_nfkc (NFKC plus whitespace handling), a dummy ▁ prefix, extra whitespace
# removed, no byte fallback, digits not split, <unk> 0, <s> 1, </s> 2 and no pad piece (fairseq's ids add it).
spm_train --input=corpus.txt --model_prefix=czech --model_type=unigram --vocab_size="$vocab_size" \
    --character_coverage=0.9999 --normalization_rule_name=nmt_nfkc --add_dummy_prefix=true \
    --remove_extra_whitespaces=true --byte_fallback=false --split_digits=false --split_by_whitespace=true \
    --unk_id=0 --bos_id=1 --eos_id=2 --pad_id=-1 --max_sentence_length=4192 --input_sentence_size=0 \
    --num_threads=2 --random_seed=1 --minloglevel=1 >&2

target="$root/src/Kdo.Tokenization/Czech/sentencepiece.bpe.model"
mkdir -p "$(dirname "$target")"
cp czech.model "$target"
echo "$target: $(wc -l < czech.vocab) pieces, $(wc -c < czech.model) bytes" >&2
