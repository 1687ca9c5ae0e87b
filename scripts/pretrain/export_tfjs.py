"""Writes the pretrained body in the tfjs weights format: model.json (a weights manifest plus the
layer list) and one little-endian float32 weights.bin.

Format (read by src/engines/transfer/loadModel.ts with tf.io.decodeWeights):
  { "format": "lecture7-transfer-body", "version": 1,
    "input": [28, 28, 1], "layers": [{"name": "conv1", "filters": 32, "pool": true}, ...],
    "weightsManifest": [{"paths": ["weights.bin"], "weights": [{"name": "conv1/kernel", "shape": [3,3,1,32], "dtype": "float32"}, ...]}],
    "pretraining": {...metrics and settings...} }
Only the convolutional body ships: the pretraining head (letters, symbols, clothes) is of no use
to the chapter, which always puts a new head on top. Kernels are converted from PyTorch's
[out, in, kh, kw] to TensorFlow's [kh, kw, in, out].
"""
from __future__ import annotations

import json
import os

import numpy as np

from model import Net


def export(net: Net, out_dir: str, info: dict) -> int:
    """Writes model.json and weights.bin into out_dir; returns the size of weights.bin in bytes."""
    os.makedirs(out_dir, exist_ok=True)
    specs, blobs, layers = [], [], []
    for i, (conv, (filters, pool)) in enumerate(zip(net.convs, net.layers)):
        name = f"conv{i + 1}"
        kernel = conv.weight.detach().cpu().numpy().transpose(2, 3, 1, 0)
        bias = conv.bias.detach().cpu().numpy()
        for suffix, arr in (("kernel", kernel), ("bias", bias)):
            arr = np.ascontiguousarray(arr, dtype="<f4")
            specs.append({"name": f"{name}/{suffix}", "shape": list(arr.shape), "dtype": "float32"})
            blobs.append(arr.tobytes())
        layers.append({"name": name, "filters": filters, "pool": pool})
    data = b"".join(blobs)
    with open(os.path.join(out_dir, "weights.bin"), "wb") as f:
        f.write(data)
    manifest = {
        "format": "lecture7-transfer-body",
        "version": 1,
        "input": [28, 28, 1],
        "layers": layers,
        "featureSize": net.feature_size,
        "weightsManifest": [{"paths": ["weights.bin"], "weights": specs}],
        "pretraining": info,
    }
    with open(os.path.join(out_dir, "model.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    return len(data)
