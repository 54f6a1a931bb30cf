# Two entry points for a fresh Debian/Ubuntu machine with Swift installed:
#   make run    installs missing system packages, builds, and opens the palette explorer
#   make test   installs missing system packages and runs the whole test suite
# `make deps` alone installs the system packages (sudo is used when not root).
# `make install PREFIX=...` installs palette and palette-train (see the install target below).

DEPS := libopenblas-dev libstb-dev libwebp-dev libjpeg-dev libncurses-dev ncurses-term tmux
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

# make install [PREFIX=/usr/local] [DESTDIR=]: palette and palette-train, their man pages (from
# swift-argument-parser's generate-manual plugin) and bash, zsh and fish completions. Built in
# its own scratch directory with the Swift standard library linked statically on Linux, so the
# installed programs run without a Swift toolchain. `make uninstall` removes the same files.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_SCRATCH := .build-install
INSTALL_PROGRAMS := palette palette-train
STATIC_STDLIB := $(if $(filter Linux,$(shell uname -s)),-Xswiftc -static-stdlib)
INSTALL_BUILD := swift build -c release --scratch-path $(INSTALL_SCRATCH) $(STATIC_STDLIB)
INSTALL_BIN := $(INSTALL_SCRATCH)/release
MANUALS := $(INSTALL_SCRATCH)/plugins/GenerateManual/outputs
BIN_DIR = $(DESTDIR)$(PREFIX)/bin
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: install uninstall

install: deps embedded-weights
	swift package --scratch-path $(INSTALL_SCRATCH) $(STATIC_STDLIB) generate-manual --configuration release
	$(INSTALL_BUILD)
	install -d $(BIN_DIR) $(MAN_DIR) $(BASH_DIR) $(ZSH_DIR) $(FISH_DIR)
	@set -e; for p in $(INSTALL_PROGRAMS); do \
	  install -s -m 755 $(INSTALL_BIN)/$$p $(BIN_DIR)/$$p; \
	  install -m 644 $(MANUALS)/$$p/$$p.1 $(MAN_DIR)/$$p.1; \
	  $(INSTALL_BIN)/$$p --generate-completion-script bash > $(BASH_DIR)/$$p; \
	  $(INSTALL_BIN)/$$p --generate-completion-script zsh > $(ZSH_DIR)/_$$p; \
	  $(INSTALL_BIN)/$$p --generate-completion-script fish > $(FISH_DIR)/$$p.fish; \
	  echo "installed $(BIN_DIR)/$$p"; \
	done

uninstall:
	@for p in $(INSTALL_PROGRAMS); do \
	  rm -f $(BIN_DIR)/$$p $(MAN_DIR)/$$p.1 $(BASH_DIR)/$$p $(ZSH_DIR)/_$$p $(FISH_DIR)/$$p.fish; \
	done; echo "removed palette and palette-train from $(DESTDIR)$(PREFIX)"
