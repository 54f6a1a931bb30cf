# Two entry points for a fresh Debian/Ubuntu machine with Swift installed:
#   make run    installs missing system packages, builds, and opens the palette explorer
#   make test   installs missing system packages and runs the whole test suite
# `make deps` alone installs the system packages (sudo is used when not root).

DEPS := libopenblas-dev libstb-dev libwebp-dev libjpeg-dev libpng-dev libncurses-dev ncurses-term tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ARGS ?=

EMBED_C := Sources/Shims/CEmbeddedWeights/embedded_weights.c

.PHONY: deps embedded-weights build run test bench

deps:
	@missing=$$(for p in $(DEPS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# SwiftPM does not notice a weights file that appears after the C shim embedding them was
# compiled: recompile it whenever a file in assets/ appears, disappears or changes (checksums
# remembered in .build).
embedded-weights:
	@mkdir -p .build; \
	state=$$(cksum assets/*.safetensors 2>/dev/null); \
	if [ "$$state" != "$$(cat .build/embedded-weights.state 2>/dev/null)" ]; then \
	  touch $(EMBED_C); printf '%s' "$$state" > .build/embedded-weights.state; \
	fi

build: deps embedded-weights
	swift build -c release

run: build
	.build/release/palette $(ARGS)

test: deps embedded-weights
	swift test

bench: build
	.build/release/palette-bench $(ARGS)
