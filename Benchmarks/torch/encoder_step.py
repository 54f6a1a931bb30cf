#!/usr/bin/env python3
"""PyTorch side of `palette-bench neural`: one training step (forward + backward + Adam) of the
paper's encoder at batch 32 on 64x40x3 images, on the CPU with a fixed thread count.

The same network and loss as the Swift side (Sources/palette-bench/NeuralBench.swift):
5 x [Conv 3x3 stride 2 'same' (TensorFlow padding) -> LeakyReLU 0.2 -> BatchNorm (eps 1e-3,
Keras momentum 0.8)], filters 3, 6, 12, 24, 32 -> flatten (128) -> Dense 64 -> LeakyReLU 0.2 ->
mu (32), log-variance (32); loss = MSE(mu, target) + KL(mu, logvar); Adam lr 5e-4, betas
(0.5, 0.999).

Usage: python3 encoder_step.py --threads 1 --steps 40 --warmup 5
Prints one JSON line: {"threads", "seconds_per_step" (median over the measured steps'
batches), "images_per_second", "torch"}. Checked with torch 2.15.0.
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn.functional as F


def same_pad(size, kernel=3, stride=2):
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class Encoder(torch.nn.Module):
    def __init__(self, height=64, width=40):
        super().__init__()
        self.convs = torch.nn.ModuleList()
        self.norms = torch.nn.ModuleList()
        self.pads = []
        channels = 3
        for filters in (3, 6, 12, 24, 32):
            top, bottom = same_pad(height)
            left, right = same_pad(width)
            self.pads.append((left, right, top, bottom))
            height, width = -(-height // 2), -(-width // 2)
            self.convs.append(torch.nn.Conv2d(channels, filters, 3, stride=2))
            self.norms.append(torch.nn.BatchNorm2d(filters, eps=1e-3, momentum=0.2))
            channels = filters
        self.dense = torch.nn.Linear(channels * height * width, 64)
        self.mu = torch.nn.Linear(64, 32)
        self.logvar = torch.nn.Linear(64, 32)

    def forward(self, x):
        for conv, norm, pad in zip(self.convs, self.norms, self.pads):
            x = norm(F.leaky_relu(conv(F.pad(x, pad)), 0.2))
        # Flatten in (h, w, c) order as the NHWC Swift side does.
        h = F.leaky_relu(self.dense(x.permute(0, 2, 3, 1).flatten(1)), 0.2)
        return self.mu(h), self.logvar(h)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = Encoder().train()
    optimiser = torch.optim.Adam(model.parameters(), lr=5e-4, betas=(0.5, 0.999))
    x = torch.randn(args.batch, 3, 64, 40)
    target = torch.randn(args.batch, 32)

    def step():
        optimiser.zero_grad(set_to_none=False)
        mu, logvar = model(x)
        kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)).mean()
        loss = F.mse_loss(mu, target) + kl
        loss.backward()
        optimiser.step()

    for _ in range(args.warmup):
        step()
    times = []
    for _ in range(args.steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(json.dumps({"threads": args.threads, "seconds_per_step": median,
                      "images_per_second": args.batch / median, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
