"""The pretrained network's architecture, shared by training, measurement and export.

Why this shape: the features handed to the new head are the global average of 128 ReLU conv
channels, not a narrow dense layer, so that they describe which strokes and shapes are present
rather than which pretraining class it was. No batch norm, so that the tfjs copy in
src/engines/transfer/architecture.ts is the same plain stack of layers (conv, pool, dense).
"""
from __future__ import annotations

import torch
from torch import nn

# Output channels and whether a 2x2 max pool follows, per 3x3 conv layer. The export writes this
# list into model.json and src/engines/transfer/architecture.ts builds the tfjs copy from it.
DEFAULT_LAYERS = [(32, True), (64, True), (128, False)]


def parse_layers(spec: str) -> list[tuple[int, bool]]:
    """'32p,64p,128' -> [(32, True), (64, True), (128, False)] ('p' = max pool after)."""
    return [(int(part.rstrip("p")), part.endswith("p")) for part in spec.split(",")]


class Net(nn.Module):
    """conv3x3-relu(-maxpool) x4, global average pool, one dense head."""

    def __init__(self, classes: int, layers: list[tuple[int, bool]] = DEFAULT_LAYERS):
        super().__init__()
        channels = [1] + [c for c, _ in layers]
        self.layers = list(layers)
        self.convs = nn.ModuleList(nn.Conv2d(channels[i], channels[i + 1], 3, padding=1) for i in range(len(layers)))
        self.pools = [pool for _, pool in layers]
        self.feature_size = channels[-1]
        self.head = nn.Linear(self.feature_size, classes)
        # Glorot-uniform weights and zero biases: tfjs's defaults, so that "from scratch" means
        # the same thing in this measurement and in the browser.
        for m in [*self.convs, self.head]:
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """[n,1,28,28] in [0,1] -> [n, channels of the last conv] globally averaged features."""
        for conv, pool in zip(self.convs, self.pools):
            x = torch.relu(conv(x))
            if pool:
                x = nn.functional.max_pool2d(x, 2)
        return x.mean(dim=(2, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))
