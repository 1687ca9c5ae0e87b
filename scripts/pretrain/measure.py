"""Measures transfer to MNIST: head-only vs fine-tune-all vs from scratch, at N examples/class.

Usage: python3 scripts/pretrain/measure.py --checkpoint bench-results/transfer-pretrain/net.pt [--seeds 5]
Prints one JSON line per run and a table (mean ± spread over seeds) of held-out accuracy.

The rules are those of src/engines/transfer (TRANSFER_RULES), so the browser lab shows the same:
  - every strategy: Adam, shuffled mini-batches of up to 64 examples, and one stopping rule:
    after each epoch, stop when the training loss is below 0.05 or after 400 steps;
  - head-only: frozen pretrained body, features computed once, new dense head, lr 1e-2;
  - fine-tune all: starts from the head-only result, then every layer at lr 1e-4;
  - scratch: same architecture, Glorot-uniform init, every layer at lr 1e-3.
Held-out accuracy is on the site's last 2,000 digits.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
from model import Net, parse_layers  # noqa: E402

RULES = {"batch": 64, "lossTarget": 0.05, "maxSteps": 400, "lrHead": 1e-2, "lrFineTune": 1e-4, "lrScratch": 1e-3}


def fit(params, forward, x, y, lr, seed) -> tuple[int, float]:
    """Adam on mini-batches until the epoch-end training loss < lossTarget or maxSteps; returns (steps, loss)."""
    opt = torch.optim.Adam(params, lr=lr)
    g = torch.Generator(device="cpu").manual_seed(seed)
    steps, n, loss = 0, len(x), float("inf")
    while steps < RULES["maxSteps"]:
        order = torch.randperm(n, generator=g).to(x.device)
        for i in range(0, n, RULES["batch"]):
            idx = order[i : i + RULES["batch"]]
            batch_loss = F.cross_entropy(forward(x[idx]), y[idx])
            opt.zero_grad(set_to_none=True)
            batch_loss.backward()
            opt.step()
            steps += 1
            if steps >= RULES["maxSteps"]:
                break
        with torch.no_grad():
            loss = F.cross_entropy(forward(x), y).item()
        if loss < RULES["lossTarget"]:
            break
    return steps, loss


@torch.no_grad()
def held_out_accuracy(forward, x, y) -> float:
    return float((torch.cat([forward(x[i : i + 1000]) for i in range(0, len(x), 1000)]).argmax(1) == y).float().mean())


def sync(device):
    if str(device).startswith("cuda"):
        torch.cuda.synchronize()


def run(pretrained: Net, layers, n: int, seed: int, pool, held, device) -> dict:
    """All three strategies on the same N examples/class and the same new-head init."""
    idx = data.balanced_sample(pool[1], n, seed)
    x = torch.as_tensor(pool[0][idx], device=device).float().div(255).unsqueeze(1)
    y = torch.as_tensor(pool[1][idx], device=device)
    hx, hy = held
    torch.manual_seed(seed)
    head = torch.nn.Linear(pretrained.feature_size, 10).to(device)
    torch.nn.init.xavier_uniform_(head.weight)
    torch.nn.init.zeros_(head.bias)
    out = {"n": n, "seed": seed}

    # (a) head only: features once, then a linear classifier on them.
    body = copy.deepcopy(pretrained).to(device).eval()
    sync(device); t = time.time()
    with torch.no_grad():
        feats = body.features(x)
    steps, loss = fit(head.parameters(), head, feats, y, RULES["lrHead"], seed)
    sync(device); out["head"] = {"seconds": time.time() - t, "steps": steps, "loss": loss}
    body.head = head
    out["head"]["acc"] = held_out_accuracy(body, hx, hy)

    # (b) fine-tune all, starting from (a).
    sync(device); t = time.time()
    steps, loss = fit(body.parameters(), body, x, y, RULES["lrFineTune"], seed)
    sync(device); out["finetune"] = {"seconds": time.time() - t + out["head"]["seconds"], "steps": steps, "loss": loss}
    out["finetune"]["acc"] = held_out_accuracy(body, hx, hy)

    # (c) scratch: same architecture, fresh Glorot init.
    torch.manual_seed(seed)
    net = Net(10, layers).to(device)
    sync(device); t = time.time()
    steps, loss = fit(net.parameters(), net, x, y, RULES["lrScratch"], seed)
    sync(device); out["scratch"] = {"seconds": time.time() - t, "steps": steps, "loss": loss}
    out["scratch"]["acc"] = held_out_accuracy(net, hx, hy)
    return out


def table(rows: list[dict]) -> str:
    lines = ["| N/class | head-only | fine-tune all | scratch |", "|---|---|---|---|"]
    for n in sorted({r["n"] for r in rows}):
        cells = []
        for s in ("head", "finetune", "scratch"):
            a = np.array([r[s]["acc"] for r in rows if r["n"] == n]) * 100
            cells.append(f"{a.mean():.1f} ± {a.std():.1f} ({a.min():.1f}–{a.max():.1f})")
        lines.append(f"| {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", default="bench-results/transfer-pretrain/net.pt")
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--ns", default="1,10,100")
    p.add_argument("--out", default=None, help="write rows and table as JSON here")
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    a = p.parse_args()
    ck = torch.load(a.checkpoint, map_location="cpu")
    layers = parse_layers(ck["layers"])
    net = Net(ck["classes"], layers)
    net.load_state_dict(ck["state"])
    px, py, hx, hy = data.mnist_target()
    held = (torch.as_tensor(hx, device=a.device).float().div(255).unsqueeze(1), torch.as_tensor(hy, device=a.device))
    rows = []
    for n in [int(v) for v in a.ns.split(",")]:
        for seed in range(1, a.seeds + 1):
            rows.append(run(net, layers, n, seed, (px, py), held, a.device))
            print(json.dumps(rows[-1]), flush=True)
    print(table(rows))
    if a.out:
        with open(a.out, "w") as f:
            json.dump({"rules": RULES, "layers": ck["layers"], "rows": rows, "table": table(rows)}, f, indent=1)


if __name__ == "__main__":
    main()
