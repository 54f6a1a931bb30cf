# Two entry points for a fresh Debian/Ubuntu machine with Swift installed:
#   make run    installs missing system packages, builds, and opens the palette explorer
#   make test   installs missing system packages and runs the whole test suite
#   make fuzz   builds the libFuzzer targets with sanitizers and runs each for FUZZ_SECONDS
# `make deps` alone installs the system packages (sudo is used when not root).
# `make install PREFIX=...` installs palette and palette-train (see the install target below).

DEPS := libopenblas-dev libstb-dev libwebp-dev libjpeg-dev libncurses-dev ncurses-term tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ARGS ?=

EMBED_C := Sources/Shims/CEmbeddedWeights/embedded_weights.c

.PHONY: deps embedded-weights build run test bench fuzz-build fuzz fuzz-seeds

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

# Fuzzing (see Fuzz/README.md): the readers of untrusted bytes, built with libFuzzer and ASan
# (UBSan too for the C code; the ASan runtime carries its handlers) in their own build folder. Each target runs FUZZ_SECONDS; new inputs go to
# .build-fuzz/corpus/TARGET, crashes to .build-fuzz/artifacts/. The run fails on a finding.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= image jpeg_dc safetensors csv hex
FUZZ_FLAGS ?=
FUZZ_BUILD := .build-fuzz
FUZZ_MODULES := PaletteFuzz ImageIO CImageCodecs ColorScience NeuralCore CBLAS PaletteData PaletteModel

fuzz-build: deps
	swift build --build-path $(FUZZ_BUILD) --target PaletteFuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address,undefined -Xcc -fno-sanitize-recover=undefined
	@objects=$$(for m in $(FUZZ_MODULES); do ls $(FUZZ_BUILD)/debug/$$m.build/*.o; done); \
	for t in $(FUZZ_TARGETS); do \
	  clang -c -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -DFUZZ_ENTRY=palette_fuzz_$$t Fuzz/harness.c -o $(FUZZ_BUILD)/harness-$$t.o && \
	  swiftc -sanitize=fuzzer,address $(FUZZ_BUILD)/harness-$$t.o $$objects \
	    -ljpeg -lstb -lwebp -lopenblas -lm -o $(FUZZ_BUILD)/fuzz-$$t 2>$(FUZZ_BUILD)/link-$$t.log || \
	    { cat $(FUZZ_BUILD)/link-$$t.log; exit 1; }; \
	done

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/artifacts; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/fuzz-$$t $(FUZZ_BUILD)/corpus/$$t Fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$t- $(FUZZ_FLAGS) 2>$(FUZZ_BUILD)/fuzz-$$t.log; \
	  status=$$?; grep -E "^stat::number_of_executed_units|^Done" $(FUZZ_BUILD)/fuzz-$$t.log; \
	  if [ $$status -ne 0 ]; then tail -40 $(FUZZ_BUILD)/fuzz-$$t.log; exit $$status; fi; \
	done

# Rewrites the committed seed corpus from Fuzz/make_seeds.c.
fuzz-seeds: deps
	@mkdir -p .build Fuzz/corpus/image Fuzz/corpus/jpeg_dc Fuzz/corpus/safetensors Fuzz/corpus/csv Fuzz/corpus/hex
	cc -O1 Fuzz/make_seeds.c -o .build/make_seeds -ljpeg -lstb -lwebp && .build/make_seeds Fuzz/corpus
