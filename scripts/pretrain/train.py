"""Pretrains the transfer-learning chapter's network on Fashion-MNIST plus distorted glyphs of
many fonts and scripts (no digits), evaluates it on its own task and exports the body for tfjs.

Usage (npm run pretrain calls the first; see public/models/strokes-cnn/README.md):
  python3 scripts/pretrain/train.py --out public/models/strokes-cnn
  python3 scripts/pretrain/train.py --tiny --out /tmp/x      # seconds: the unit test's smoke run
The glyph bank is rendered first if --bank does not exist yet (build_bank.py).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
from augment import distort  # noqa: E402
from build_bank import build  # noqa: E402
from export_tfjs import export  # noqa: E402
from model import Net, parse_layers  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="directory for model.json, weights.bin, metrics.json")
    p.add_argument("--bank", default="bench-results/transfer-pretrain/glyphs.npz", help="glyph bank cache (.npz)")
    p.add_argument("--fashion-dir", default=data.FASHION_DIR)
    p.add_argument("--layers", default="32p,64p,128", help="conv widths, 'p' = 2x2 max pool after")
    p.add_argument("--epochs", type=float, default=12)
    p.add_argument("--glyph-repeats", type=int, default=3, help="times each glyph is seen (distorted) per epoch")
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--max-minutes", type=float, default=None, help="stop early (and say so) after this long")
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--checkpoint", default="bench-results/transfer-pretrain/net.pt", help="PyTorch weights (for measure.py)")
    p.add_argument("--tiny", action="store_true", help="a few steps on a tiny slice (tests)")
    return p.parse_args(argv)


def load(args: argparse.Namespace):
    """Glyphs split by font (every 10th font held out) plus Fashion-MNIST, with shared class ids."""
    if not os.path.exists(args.bank):
        os.makedirs(os.path.dirname(args.bank) or ".", exist_ok=True)
        build(args.bank, font_limit=3 if args.tiny else None)
    bank = np.load(args.bank)
    glyph_classes = len(bank["charset"])
    test_font = bank["font_ids"] % 10 == 9
    fx, fy = data.fashion("train", args.fashion_dir)
    tx, ty = data.fashion("t10k", args.fashion_dir)
    if args.tiny:
        fx, fy, tx, ty = fx[:512], fy[:512], tx[:256], ty[:256]
    train_x = np.concatenate([np.repeat(bank["images"][~test_font], args.glyph_repeats, 0), fx])
    train_y = np.concatenate([np.repeat(bank["labels"][~test_font], args.glyph_repeats, 0), fy + glyph_classes])
    tests = {
        "fashion": (tx, ty + glyph_classes),
        "glyphs_unseen_fonts": (bank["images"][test_font], bank["labels"][test_font]),
    }
    info = {"glyphs": int(len(bank["labels"])), "fonts": int(len(bank["fonts"])), "glyphClasses": glyph_classes}
    return train_x, train_y, tests, glyph_classes + 10, info


def to_batch(images: np.ndarray | torch.Tensor, device: str) -> torch.Tensor:
    x = torch.as_tensor(images, device=device)
    return x.float().div_(255).unsqueeze(1)


@torch.no_grad()
def accuracy(net: Net, images: np.ndarray, labels: np.ndarray, device: str, distorted: bool = False) -> float:
    """Top-1 accuracy over all pretraining classes (optionally on distorted copies, fixed seed)."""
    net.eval()
    g = torch.Generator(device="cpu").manual_seed(0)
    hits = 0
    for i in range(0, len(images), 1024):
        x = to_batch(images[i : i + 1024], device)
        if distorted:
            x = distort(x.cpu(), g).to(device)
        hits += (net(x).argmax(1).cpu().numpy() == labels[i : i + 1024]).sum()
    return float(hits) / max(1, len(images))


def train(args: argparse.Namespace) -> dict:
    torch.manual_seed(args.seed)
    train_x, train_y, tests, classes, info = load(args)
    device = args.device
    net = Net(classes, parse_layers(args.layers)).to(device)
    xs, ys = torch.as_tensor(train_x, device=device), torch.as_tensor(train_y, device=device)
    steps_per_epoch = math.ceil(len(xs) / args.batch)
    total = 5 if args.tiny else int(args.epochs * steps_per_epoch)
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    # Warm up, then cosine to zero: the usual recipe, and no schedule to tune.
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / 200) * 0.5 * (1 + math.cos(math.pi * s / total)))
    g = torch.Generator(device=device).manual_seed(args.seed)
    start, step, order = time.time(), 0, torch.empty(0)
    net.train()
    while step < total:
        if step % steps_per_epoch == 0:
            order = torch.randperm(len(xs), generator=g, device=device)
        idx = order[(step % steps_per_epoch) * args.batch :][: args.batch]
        x = distort(to_batch(xs[idx], device), g)
        loss = F.cross_entropy(net(x), ys[idx], label_smoothing=0.1)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        step += 1
        if args.max_minutes and time.time() - start > 60 * args.max_minutes:
            print(f"time budget reached at step {step}/{total}: stopping early", flush=True)
            break
        if step % 500 == 0 or step == total:
            print(f"step {step}/{total} loss {loss.item():.3f} {time.time() - start:.0f}s", flush=True)
    seconds = time.time() - start
    metrics = {name: accuracy(net, x, y, device) for name, (x, y) in tests.items()}
    metrics["glyphs_unseen_fonts_distorted"] = accuracy(net, *tests["glyphs_unseen_fonts"], device, distorted=True)
    info.update(
        layers=args.layers, epochs=args.epochs, steps=step, plannedSteps=total, batch=args.batch, lr=args.lr, seed=args.seed,
        trainImages=int(len(xs)), seconds=round(seconds, 1), device=str(device), testAccuracy=metrics,
    )
    print(json.dumps(info), flush=True)
    net.cpu()
    os.makedirs(os.path.dirname(args.checkpoint) or ".", exist_ok=True)
    torch.save({"state": net.state_dict(), "classes": classes, "layers": args.layers}, args.checkpoint)
    info["weightsBytes"] = export(net, args.out, info)
    return info


if __name__ == "__main__":
    train(parse_args())
