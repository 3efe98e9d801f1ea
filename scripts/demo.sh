#!/usr/bin/env bash
# The main job, on a fresh machine and without any download: generate a corpus, train a compact model from scratch
# on the CPU with the shipped Czech tokenizer, evaluate it, extract the customers of held-out documents, match them
# against a generated register, and print the table of the model against the rules baseline.
# Everything goes to demo/ (removed first, so every run starts fresh); the sizes are below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

train_docs=${KDO_DEMO_TRAIN_DOCS:-2500}
dev_docs=${KDO_DEMO_DEV_DOCS:-100}
test_docs=${KDO_DEMO_TEST_DOCS:-300}

scripts/setup.sh
rm -rf demo
mkdir -p demo

echo "== 1. generate: $train_docs training, $dev_docs dev and $test_docs test documents (dev and test use phrasings training never sees)"
./kdo generate --docs "$train_docs" --seed 1 --split train --out demo/train.jsonl
./kdo generate --docs "$dev_docs" --seed 2 --split dev --out demo/dev.jsonl
./kdo generate --docs "$test_docs" --seed 11 --split test --out demo/test.jsonl

echo "== 2. train from scratch (configs/demo.yaml)"
./kdo train --config configs/demo.yaml

echo "== 3. evaluate the best checkpoint on the test documents"
./kdo evaluate --model demo/run/best --data demo/test.jsonl --max-errors 10

echo "== 4. extract the customers of the test documents and match them against a register"
./kdo register --from demo/test.jsonl --extra 2000 --out demo/register.csv --answers demo/answers.csv
./kdo extract demo/test.jsonl --model demo/run/best --register demo/register.csv --out demo/model.jsonl
./kdo extract demo/test.jsonl --rules --register demo/register.csv --out demo/rules.jsonl

echo "== 5. the model against the rules baseline"
./kdo score --gold demo/test.jsonl --pred model=demo/model.jsonl --pred rules=demo/rules.jsonl --answers demo/answers.csv
