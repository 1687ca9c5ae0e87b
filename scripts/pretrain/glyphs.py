"""Renders letters and symbols from the system's fonts as MNIST-style 28x28 images.

Why: the transfer-learning chapter needs a network whose features are about strokes and shapes
in general, so it is pretrained on many scripts (Latin, Greek, Cyrillic, Hangul, symbols) in many
fonts. Digits are deliberately left out (and so are digit-like glyphs of other scripts' numeral
sets), so that MNIST stays a new task for the pretrained network.

Each glyph is drawn large, cropped to its ink, scaled to fit a 20x20 box and centred by its
centre of mass in a 28x28 canvas: the same normalisation MNIST's digits went through, and the
one the site's drawing pad applies to the reader's drawings.
"""
from __future__ import annotations

import glob
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFont

# Class list: one class per character, whatever the font. No digits 0-9 anywhere.
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω"
CYRILLIC = "БГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯбгджзийлпфцчшщъыьэюя"
HANGUL = "가나다라마바사아자차카타파하각난달람맙법솟옹줄춤쿵틀판혹궤뷁쏠꽃뜸읽"
SYMBOLS = "@#$%&*+=?!§¶†‡※☆★♠♣♥♦♪♫→←↑↓↔∞∑∏√∫≈≠≤≥∂∇⊕⊗◆◇○●□■△▲▽▼"
# Glyphs that are near-copies of a digit (O/0, l/1, Z/2, З/3, S/5, б/6, B/8, g/9 ...) go too.
DIGIT_LOOKALIKES = set("OoIlZzSsbgqBЗзбΟοΙ○●")
CHARSET = "".join(ch for ch in LATIN + GREEK + CYRILLIC + HANGUL + SYMBOLS if ch not in DIGIT_LOOKALIKES)
assert not any(ch.isdigit() for ch in CHARSET), "digits must stay out of pretraining"

FONT_DIRS = ["/usr/share/fonts"]


def find_fonts(limit: int | None = None) -> list[str]:
    """Every TrueType/OpenType file under the font directories, sorted for reproducibility."""
    files: list[str] = []
    for root in FONT_DIRS:
        for ext in ("ttf", "otf", "ttc"):
            files += glob.glob(os.path.join(root, "**", f"*.{ext}"), recursive=True)
    files = sorted(set(files))
    return files[:limit] if limit else files


def _has_glyph(font: ImageFont.FreeTypeFont, ch: str, notdef: bytes) -> bool:
    """False when the font would draw its 'missing glyph' box (or nothing) for ch."""
    mask = font.getmask(ch)
    if mask.size[0] == 0 or mask.size[1] == 0:
        return False
    return bytes(mask) != notdef


def normalise(ink: np.ndarray) -> np.ndarray | None:
    """MNIST-style: crop to ink, fit in 20x20 keeping aspect, centre of mass at the centre of 28x28."""
    ys, xs = np.nonzero(ink > 20)
    if len(xs) == 0:
        return None
    crop = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    h, w = crop.shape
    scale = 20.0 / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = np.asarray(Image.fromarray(crop).resize((nw, nh), Image.LANCZOS), dtype=np.float32)
    small = np.clip(small, 0, 255)
    total = small.sum()
    if total <= 0:
        return None
    cy = (small.sum(axis=1) * np.arange(nh)).sum() / total
    cx = (small.sum(axis=0) * np.arange(nw)).sum() / total
    top, left = int(round(14 - cy)), int(round(14 - cx))
    top, left = min(max(top, 0), 28 - nh), min(max(left, 0), 28 - nw)
    out = np.zeros((28, 28), dtype=np.uint8)
    out[top : top + nh, left : left + nw] = small.astype(np.uint8)
    return out


def render_bank(fonts: list[str], charset: str = CHARSET, size: int = 48) -> tuple[np.ndarray, np.ndarray, int]:
    """One normalised image per (font, character) the font really has: (images uint8 [n,28,28], labels, font count)."""
    images, labels, used = [], [], 0
    for path in fonts:
        try:
            # .ttc collections: the first face is enough for variety.
            font = ImageFont.truetype(path, size)
            notdef = bytes(font.getmask("\uffff"))
        except Exception:
            continue
        count = 0
        for label, ch in enumerate(charset):
            try:
                if not _has_glyph(font, ch, notdef):
                    continue
                canvas = Image.new("L", (size * 2, size * 2), 0)
                ImageDraw.Draw(canvas).text((size // 2, size // 4), ch, fill=255, font=font)
                img = normalise(np.asarray(canvas))
            except Exception:
                continue
            if img is not None:
                images.append(img)
                labels.append(label)
                count += 1
        used += count > 0
    if not images:
        return np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64), used
    return np.stack(images), np.array(labels, dtype=np.int64), used
