#!/usr/bin/env python3
"""Writes the PyTorch reference fixtures for NeuralCoreTests.

Run from this directory:  python3 make_fixtures.py
Made with torch 2.15.0+cu132 (run on the CPU), numpy 2.4.6, safetensors 0.8.0, Python 3.11.

Outputs:
  torch_reference.json        inputs, weights, outputs and gradients of each layer and loss
  python_written.safetensors  a small file written by the `safetensors` package

Layout conversions (NeuralCore on the left):
  images NHWC              = torch NCHW permuted (0, 2, 3, 1)
  Conv2D kernel [kh,kw,i,o] = conv.weight.permute(2, 3, 1, 0)
  Dense kernel [in, out]    = linear.weight.T
  GRU input_kernel [in,3u]  = weight_ih.T, recurrent_kernel = weight_hh.T (gate order r, z, n)
  BatchNorm momentum m      = torch momentum 1 - m
Every case's scalar loss is sum(output * probe), so `probe` is dLoss/doutput.
"""
import json

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import save_file

torch.manual_seed(1234)
torch.set_num_threads(1)
cases = {}


def t(x):
    x = x.detach().to(torch.float32).contiguous()
    return {"shape": list(x.shape), "data": [float(v) for v in x.reshape(-1).tolist()]}


def nhwc(x):
    return x.permute(0, 2, 3, 1)


def same_pad(size, k, s):
    out = -(-size // s)
    total = max((out - 1) * s + k - size, 0)
    return total // 2, total - total // 2


def conv_case(name, h, w, cin, cout, stride):
    x = torch.randn(2, cin, h, w, requires_grad=True)
    conv = torch.nn.Conv2d(cin, cout, 3, stride=stride)
    top, bottom = same_pad(h, 3, stride)
    left, right = same_pad(w, 3, stride)
    y = conv(F.pad(x, (left, right, top, bottom)))
    probe = torch.randn_like(y)
    (y * probe).sum().backward()
    cases[name] = {
        "input": t(nhwc(x)), "kernel": t(conv.weight.permute(2, 3, 1, 0)), "bias": t(conv.bias),
        "output": t(nhwc(y)), "probe": t(nhwc(probe)), "input_grad": t(nhwc(x.grad)),
        "kernel_grad": t(conv.weight.grad.permute(2, 3, 1, 0)), "bias_grad": t(conv.bias.grad),
        "stride": t(torch.tensor([stride])),
    }


conv_case("conv_even_s2", 8, 6, 3, 4, 2)   # extra padding row/column at bottom/right
conv_case("conv_odd_s2", 7, 5, 3, 4, 2)    # symmetric padding
conv_case("conv_s1", 5, 4, 2, 3, 1)


def batchnorm_case(name, training):
    keras_momentum = 0.8
    bn = torch.nn.BatchNorm2d(5, eps=1e-3, momentum=1 - keras_momentum)
    with torch.no_grad():
        bn.weight.copy_(1 + 0.3 * torch.randn(5))
        bn.bias.copy_(0.3 * torch.randn(5))
        bn.running_mean.copy_(0.5 * torch.randn(5))
        bn.running_var.copy_(0.5 + torch.rand(5))
    before_mean, before_var = bn.running_mean.clone(), bn.running_var.clone()
    bn.train(training)
    x = (2 * torch.randn(4, 5, 3, 2) + 1).requires_grad_(True)
    y = bn(x)
    probe = torch.randn_like(y)
    (y * probe).sum().backward()
    cases[name] = {
        "input": t(nhwc(x)), "gamma": t(bn.weight), "beta": t(bn.bias),
        "running_mean": t(before_mean), "running_variance": t(before_var),
        "output": t(nhwc(y)), "probe": t(nhwc(probe)), "input_grad": t(nhwc(x.grad)),
        "gamma_grad": t(bn.weight.grad), "beta_grad": t(bn.bias.grad),
        "running_mean_after": t(bn.running_mean), "running_variance_after": t(bn.running_var),
    }


batchnorm_case("batchnorm_train", True)
batchnorm_case("batchnorm_eval", False)

# Dense over a [batch, time, features] tensor.
lin = torch.nn.Linear(6, 5)
x = torch.randn(3, 4, 6, requires_grad=True)
y = lin(x)
probe = torch.randn_like(y)
(y * probe).sum().backward()
cases["dense"] = {
    "input": t(x), "kernel": t(lin.weight.T), "bias": t(lin.bias), "output": t(y), "probe": t(probe),
    "input_grad": t(x.grad), "kernel_grad": t(lin.weight.grad.T), "bias_grad": t(lin.bias.grad),
}


def gru_tensors(gru, suffix, prefix):
    out = {}
    for ours, theirs, transpose in [("input_kernel", "weight_ih", True), ("recurrent_kernel", "weight_hh", True),
                                    ("input_bias", "bias_ih", False), ("recurrent_bias", "bias_hh", False)]:
        p = getattr(gru, theirs + suffix)
        out[prefix + ours] = t(p.T if transpose else p)
        out[prefix + ours + "_grad"] = t(p.grad.T if transpose else p.grad)
    return out


gru = torch.nn.GRU(3, 4, batch_first=True)
x = torch.randn(2, 5, 3, requires_grad=True)
y, _ = gru(x)
probe = torch.randn_like(y)
(y * probe).sum().backward()
cases["gru"] = {"input": t(x), "output": t(y), "probe": t(probe), "input_grad": t(x.grad),
                **gru_tensors(gru, "_l0", "")}

# Stacked bidirectional GRU 5/3/3 over 6 features, as three single-layer bidirectional GRUs.
layers = [torch.nn.GRU(6, 5, batch_first=True, bidirectional=True),
          torch.nn.GRU(10, 3, batch_first=True, bidirectional=True),
          torch.nn.GRU(6, 3, batch_first=True, bidirectional=True)]
x = torch.randn(2, 5, 6, requires_grad=True)
h = x
for layer in layers:
    h, _ = layer(h)
probe = torch.randn_like(h)
(h * probe).sum().backward()
case = {"input": t(x), "output": t(h), "probe": t(probe), "input_grad": t(x.grad)}
for i, layer in enumerate(layers):
    case.update(gru_tensors(layer, "_l0", f"layer{i}.forward."))
    case.update(gru_tensors(layer, "_l0_reverse", f"layer{i}.backward."))
cases["bigru"] = case

# Losses.
pred = torch.randn(4, 5, requires_grad=True)
target = torch.randn(4, 5)
loss = F.mse_loss(pred, target)
loss.backward()
cases["mse"] = {"prediction": t(pred), "target": t(target), "loss": t(loss.reshape(1)), "grad": t(pred.grad)}

pred = torch.randn(6, 1, requires_grad=True)
loss = F.mse_loss(pred, torch.full_like(pred, 0.9))
loss.backward()
cases["lsgan"] = {"prediction": t(pred), "loss": t(loss.reshape(1)), "grad": t(pred.grad)}

mu = torch.randn(4, 6, requires_grad=True)
logvar = (0.7 * torch.randn(4, 6)).requires_grad_(True)
loss = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)).mean()
loss.backward()
cases["kl"] = {"mean": t(mu), "log_variance": t(logvar), "loss": t(loss.reshape(1)),
               "mean_grad": t(mu.grad), "log_variance_grad": t(logvar.grad)}

pred = torch.randn(3, 5, requires_grad=True)
target = torch.randn(3, 5)
var = (0.5 + 1.5 * torch.rand(3, 5)).requires_grad_(True)
loss = F.gaussian_nll_loss(pred, target, var, full=False, eps=1e-6, reduction="mean")
loss.backward()
cases["gaussian_nll"] = {"prediction": t(pred), "target": t(target), "variance": t(var),
                         "loss": t(loss.reshape(1)), "prediction_grad": t(pred.grad), "variance_grad": t(var.grad)}

# Adam: three steps with given gradients, L2 weight decay 0.01, beta1 0.5 (the paper's).
w = torch.randn(7, requires_grad=True)
initial = w.detach().clone()
opt = torch.optim.Adam([w], lr=5e-3, betas=(0.5, 0.999), eps=1e-7, weight_decay=0.01)
grads = torch.randn(3, 7)
for g in grads:
    opt.zero_grad()
    w.grad = g.clone()
    opt.step()
cases["adam"] = {"initial": t(initial), "grads": t(grads), "final": t(w)}

# Gradient clipping by global norm over two tensors.
a = torch.nn.Parameter(torch.randn(3, 4))
b = torch.nn.Parameter(torch.randn(5))
a.grad = 2 * torch.randn(3, 4)
b.grad = 2 * torch.randn(5)
ga, gb = a.grad.clone(), b.grad.clone()
norm = torch.nn.utils.clip_grad_norm_([a, b], max_norm=1.5)
cases["clip"] = {"grad_a": t(ga), "grad_b": t(gb), "norm": t(norm.reshape(1)),
                 "clipped_a": t(a.grad), "clipped_b": t(b.grad)}

with open("torch_reference.json", "w") as f:
    json.dump({"torch_version": torch.__version__, "cases": cases}, f, separators=(",", ":"))

# A safetensors file written by the reference implementation.
save_file({
    "encoder.conv1.kernel": np.arange(3 * 3 * 1 * 2, dtype=np.float32).reshape(3, 3, 1, 2) / 7,
    "encoder.conv1.bias": np.array([-1.5, 2.25], dtype=np.float32),
    "scalar": np.array(3.5, dtype=np.float32),
    "steps": np.array([1, 2, 3], dtype=np.int64),
}, "python_written.safetensors", metadata={"format_version": "1", "config": '{"latent":32}'})
print("torch", torch.__version__, "cases:", ", ".join(cases))
