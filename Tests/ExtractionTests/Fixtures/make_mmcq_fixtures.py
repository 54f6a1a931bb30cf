#!/usr/bin/env python3
"""Record the palettes of the Python package colorthief 0.2.1 for a few generated images.

The Swift MMCQ must reproduce these palettes exactly. Run from the package root:

    pip install colorthief==0.2.1 pillow numpy
    python3 Tests/ExtractionTests/Fixtures/make_mmcq_fixtures.py

It writes, beside this script, one raw RGBA file per image (`mmcq-<name>.rgba`: width * height * 4
bytes, row-major, no header) and `mmcq-colorthief.json` with the sizes and colorthief's palette for
each (color_count, quality) pair. colorthief reads each image from an in-memory PNG of the very same
pixels, so the raw files are exactly what it saw.
"""
import io
import json
import os

import numpy as np
from PIL import Image
import colorthief
from colorthief import ColorThief

SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))
SETTINGS = [(c, q) for c in (2, 3, 5, 8, 10, 16) for q in (1, 10)] + [(5, 3), (6, 7)]


def blobs(rng, w, h):
    """Soft overlapping colour blobs over a gradient, plus sensor-like noise: photo-like."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    img = np.zeros((h, w, 3))
    img += rng.uniform(0, 255, 3) * (x / w)[..., None] + rng.uniform(0, 255, 3) * (1 - x / w)[..., None]
    for _ in range(7):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        radius = rng.uniform(6, w / 2.5)
        colour = rng.uniform(0, 255, 3)
        weight = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * radius ** 2))[..., None]
        img = img * (1 - weight) + colour * weight
    img += rng.normal(0, 6, img.shape)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def opaque(rgb):
    return np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])


def make_images(rng):
    images = {}
    images["blobs"] = opaque(blobs(rng, 160, 120))
    images["blobs-small"] = opaque(blobs(rng, 57, 41))

    # Transparency and near-white: alpha 0 / 124 / 125 / 200 regions and pure and near white.
    rgba = opaque(blobs(rng, 96, 80))
    rgba[:20, :, 3] = 0
    rgba[20:30, :, 3] = 124
    rgba[30:40, :, 3] = 125
    rgba[40:50, :48, :3] = 255
    rgba[40:50, 48:, :3] = rng.integers(245, 256, (10, 48, 3), dtype=np.uint8)
    rgba[50:60, :, 3] = rng.integers(100, 256, (10, 96), dtype=np.uint8)
    images["alpha-white"] = rgba

    # Uniform noise: every histogram cell populated, many equal counts.
    images["noise"] = opaque(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8))

    # Three flat colours: boxes of a single histogram cell must still be cut (into empty boxes).
    flat = np.zeros((40, 60, 3), np.uint8)
    flat[:, :30] = (200, 30, 40)
    flat[:, 30:50] = (20, 90, 160)
    flat[:, 50:] = (240, 200, 10)
    images["three-flat"] = opaque(flat)

    # One colour only.
    images["one-colour"] = opaque(np.tile(np.array([[[12, 140, 90]]], np.uint8), (16, 24, 1)))

    # A single usable pixel among white ones: a box holding one pixel is never split.
    lone = np.full((10, 10, 3), 255, np.uint8)
    lone[3, 3] = (80, 60, 200)
    images["lone-pixel"] = opaque(lone)

    # Smooth two-axis gradient.
    y, x = np.mgrid[0:64, 0:90]
    grad = np.dstack([x * 255 // 89, y * 255 // 63, (x + y) * 255 // 152]).astype(np.uint8)
    images["gradient"] = opaque(grad)
    return images


def palette_of(rgba, color_count, quality):
    buffer = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buffer, format="PNG")
    buffer.seek(0)
    try:
        return [list(c) for c in ColorThief(buffer).get_palette(color_count=color_count, quality=quality)]
    except Exception as error:  # colorthief raises a bare Exception when no pixel is usable
        return {"error": str(error)}


def main():
    assert colorthief.__version__ == "0.2.1", colorthief.__version__
    rng = np.random.default_rng(SEED)
    cases = []
    for name, rgba in make_images(rng).items():
        h, w = rgba.shape[:2]
        filename = f"mmcq-{name}.rgba"
        with open(os.path.join(HERE, filename), "wb") as f:
            f.write(np.ascontiguousarray(rgba).tobytes())
        results = [{"color_count": c, "quality": q, "palette": palette_of(rgba, c, q)} for c, q in SETTINGS]
        cases.append({"name": name, "file": filename, "width": w, "height": h, "results": results})
    out = {
        "generator": "python3 Tests/ExtractionTests/Fixtures/make_mmcq_fixtures.py",
        "colorthief": colorthief.__version__,
        "seed": SEED,
        "cases": cases,
    }
    with open(os.path.join(HERE, "mmcq-colorthief.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
