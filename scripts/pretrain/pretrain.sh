#!/bin/sh
# npm run pretrain: renders the glyph bank (cached), pretrains the shipped strokes-cnn, exports it
# to public/models/strokes-cnn/ and re-measures transfer to MNIST. Needs a python3 with torch,
# numpy and PIL (Debian: python3-torch python3-numpy python3-pil dataset-fashion-mnist; fonts-*).
# On a GPU it takes about a minute; on a 2-core CPU many hours (see the model card).
set -e
for py in "${PYTHON:-python3}" /usr/bin/python3; do
  if "$py" -c "import torch, numpy, PIL" 2>/dev/null; then PY="$py"; break; fi
done
[ -n "$PY" ] || { echo "pretrain: no python3 with torch, numpy and PIL found (apt-get install python3-torch python3-numpy python3-pil)"; exit 1; }
OUT=public/models/strokes-cnn
"$PY" scripts/pretrain/train.py --out "$OUT" --layers 32p,64p,128 --epochs 30 --batch 512 --lr 3e-3 --glyph-repeats 5 --seed 7 "$@"
"$PY" scripts/pretrain/measure.py --checkpoint bench-results/transfer-pretrain/net.pt --seeds 5 --out "$OUT/transfer-measured.json"
