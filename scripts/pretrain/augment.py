"""Random distortions applied to whole batches on the fly (affine, stroke thickness, noise).

Why: the glyph bank has one clean rendering per (font, character); distorting it every time it
is seen makes the network learn shapes that survive handwriting-like variation, not pixel
templates of fonts.
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def random_affine(x: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    """Rotation ±20°, scale 0.75-1.1, shear ±0.35, shift ±2.5 px, per image."""
    n = x.shape[0]
    u = lambda lo, hi: lo + (hi - lo) * torch.rand(n, generator=g, device=x.device)
    angle, scale, shear = u(-20, 20) * math.pi / 180, u(0.75, 1.1), u(-0.35, 0.35)
    tx, ty = u(-2.5, 2.5) / 14, u(-2.5, 2.5) / 14
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack(
        [torch.stack([cos, -sin + shear * cos, tx], 1), torch.stack([sin, cos + shear * sin, ty], 1)], 1
    )
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, align_corners=False, padding_mode="zeros")


def random_thickness(x: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    """A third of the images get thicker strokes (max filter), a sixth thinner (min filter)."""
    r = torch.rand(x.shape[0], generator=g, device=x.device).view(-1, 1, 1, 1)
    thick = F.max_pool2d(x, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-x, 2, stride=1, padding=0)
    thin = F.pad(thin, (0, 1, 0, 1))
    return torch.where(r < 1 / 3, thick, torch.where(r < 0.5, thin, x))


def random_noise(x: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    """Gaussian pixel noise of random strength and random contrast, clipped back to [0,1]."""
    n = x.shape[0]
    level = 0.15 * torch.rand(n, 1, 1, 1, generator=g, device=x.device)
    contrast = 0.7 + 0.3 * torch.rand(n, 1, 1, 1, generator=g, device=x.device)
    return (x * contrast + level * torch.randn(x.shape, generator=g, device=x.device)).clamp(0, 1)


def distort(x: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    """The whole chain: affine, then thickness, then noise."""
    return random_noise(random_thickness(random_affine(x, g), g), g)
