"""Loading the data sets the pretraining and the transfer measurement use, as uint8 arrays.

Fashion-MNIST comes from Debian's dataset-fashion-mnist (IDX files); the glyph bank from
build_bank.py; the MNIST target digits from the site's own public/data/mnist/mnist-10k.u8z
(format: src/lib/mnist.ts), so that the measurement and the widgets see the same digits.
"""
from __future__ import annotations

import gzip
import os

import numpy as np

FASHION_DIR = "/usr/share/datasets/fashion-mnist"
FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
MNIST_U8Z = os.path.join(os.path.dirname(__file__), "..", "..", "public", "data", "mnist", "mnist-10k.u8z")
HELD_OUT = 2000  # src/lib/mnist.ts: the last 2,000 digits are never trained on


def _idx(path: str) -> np.ndarray:
    """Reads one (optionally gzipped) IDX file."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def _find(directory: str, stem: str) -> str:
    for name in (f"{stem}.gz", stem):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(f"{stem}(.gz) not found in {directory}: install Debian's dataset-fashion-mnist")


def fashion(split: str, directory: str = FASHION_DIR) -> tuple[np.ndarray, np.ndarray]:
    """Fashion-MNIST 'train' (60k) or 't10k' (10k): images [n,28,28] uint8, labels [n] int64."""
    images = _idx(_find(directory, f"{split}-images-idx3-ubyte"))
    labels = _idx(_find(directory, f"{split}-labels-idx1-ubyte")).astype(np.int64)
    return images, labels


def mnist_target(path: str = MNIST_U8Z) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The site's 10k digits: (pool images, pool labels, held-out images, held-out labels)."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    count = len(raw) // 785
    labels = np.frombuffer(raw, dtype=np.uint8, count=count).astype(np.int64)
    images = np.frombuffer(raw, dtype=np.uint8, offset=count).reshape(count, 28, 28)
    cut = count - HELD_OUT
    return images[:cut], labels[:cut], images[cut:], labels[cut:]


def balanced_sample(labels: np.ndarray, per_class: int, seed: int) -> np.ndarray:
    """`per_class` random indices of each class 0-9, drawn with a seeded generator."""
    rng = np.random.default_rng(seed)
    picks = [rng.choice(np.flatnonzero(labels == c), per_class, replace=False) for c in range(10)]
    return np.concatenate(picks)
