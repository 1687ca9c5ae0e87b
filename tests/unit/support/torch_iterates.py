"""Iterates of a torch.optim optimizer on f(x) = 0.5 * sum(curvature * x**2), for cellTorch.test.ts.

Reads a list of {"optimizer", "kwargs", "start", "curvature", "steps"} as JSON on stdin and
prints, for each, the list of iterates (one list of floats per step) as JSON. float32, as the
cells run. One process for all (importing torch takes seconds).
"""
import json
import sys

import torch


def iterates(spec):
    x = torch.tensor(spec["start"], dtype=torch.float32, requires_grad=True)
    curvature = torch.tensor(spec["curvature"], dtype=torch.float32)
    kwargs = dict(spec["kwargs"])
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    opt = getattr(torch.optim, spec["optimizer"])([x], **kwargs)
    path = []
    for _ in range(spec["steps"]):
        opt.zero_grad()
        (0.5 * (curvature * x * x).sum()).backward()
        opt.step()
        path.append(x.detach().tolist())
    return path


print(json.dumps([iterates(spec) for spec in json.load(sys.stdin)]))
