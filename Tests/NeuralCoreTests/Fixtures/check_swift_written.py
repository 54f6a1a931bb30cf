#!/usr/bin/env python3
"""Checks that swift_written.safetensors (written by NeuralCore's SafeTensorsFile.serialize, see
SafeTensorsTests.swiftWrittenBytes; regenerate with NEURALCORE_WRITE_FIXTURES=1 swift test
--filter NeuralCoreTests.SafeTensorsTests) reads correctly with the Python `safetensors` package.

Run from this directory:  python3 check_swift_written.py
Recorded result (safetensors 0.8.0, numpy 2.4.6, Python 3.11):
  OK: 3 tensors, metadata {'config': '{"latent": 32, "name": "café \\"q\\""}', 'format_version': '1'}
"""
import json

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file

tensors = load_file("swift_written.safetensors")
expected = {
    "dense.kernel": np.array([[0.5, -1, 2], [3.25, -0.125, 1e-3]], dtype=np.float32),
    "dense.bias": np.array([1, 2, 3], dtype=np.float32),
    "scale": np.array(-7.5, dtype=np.float32),
}
assert set(tensors) == set(expected), tensors.keys()
for name, value in expected.items():
    assert tensors[name].dtype == np.float32, name
    assert tensors[name].shape == value.shape, (name, tensors[name].shape)
    assert np.array_equal(tensors[name], value), (name, tensors[name])
with safe_open("swift_written.safetensors", framework="numpy") as f:
    metadata = f.metadata()
assert metadata["format_version"] == "1"
assert json.loads(metadata["config"]) == {"latent": 32, "name": 'café "q"'}
print(f"OK: {len(tensors)} tensors, metadata {dict(sorted(metadata.items()))}")
