"""Renders the glyph bank once (about 2-3 minutes on 2 cores) and caches it as a compressed .npz.

Usage: python3 scripts/pretrain/build_bank.py OUT.npz [--fonts N]
Why a cache: rendering is the slow, CPU-only part; training (CPU or GPU) then only reads arrays.
"""
from __future__ import annotations

import argparse
import os
from multiprocessing import Pool

import numpy as np

import glyphs


def _render(paths: list[str]) -> tuple[np.ndarray, np.ndarray, int]:
    return glyphs.render_bank(paths)


def build(out: str, font_limit: int | None = None, workers: int = 2) -> None:
    """Renders every font's glyphs in `workers` processes and saves images, labels and font ids."""
    fonts = glyphs.find_fonts(font_limit)
    chunks = [[f] for f in fonts]
    with Pool(workers) as pool:
        parts = pool.map(_render, chunks)
    images, labels, font_ids = [], [], []
    for i, (img, lab, used) in enumerate(parts):
        if used == 0 or len(img) < 20:  # fonts with (almost) none of our glyphs add nothing
            continue
        images.append(img)
        labels.append(lab)
        font_ids.append(np.full(len(lab), len(font_ids), dtype=np.int32))
    if not images:
        raise SystemExit(f"glyph bank: none of the {len(fonts)} fonts found under {glyphs.FONT_DIRS} has our glyphs (install fonts-dejavu-core)")
    kept = [fonts[i] for i, (img, _, used) in enumerate(parts) if used and len(img) >= 20]
    np.savez_compressed(
        out,
        images=np.concatenate(images),
        labels=np.concatenate(labels),
        font_ids=np.concatenate(font_ids),
        fonts=np.array([os.path.basename(f) for f in kept]),
        charset=np.array(list(glyphs.CHARSET)),
    )
    print(f"glyph bank: {sum(len(l) for l in labels)} images, {len(kept)} fonts, {len(glyphs.CHARSET)} classes -> {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--fonts", type=int, default=None, help="use only the first N fonts (tests)")
    a = p.parse_args()
    build(a.out, a.fonts)
