# copydesk — build, test and demo entry points. `make demo` and `make test` work on a fresh machine.
PREFIX ?= /usr/local
SWIFT ?= swift
BUILD_FLAGS ?=
# A static Swift runtime starts in about two thirds of the time (no shared-library loading); with
# it there is nothing to find beside the binary, so no $ORIGIN run path (38 failed look-ups a start).
RELEASE_FLAGS ?= -c release --static-swift-stdlib --disable-local-rpath $(BUILD_FLAGS)
BIN_RELEASE = .build/release/copydesk
BIN_DEBUG = .build/debug/copydesk
SAMPLES := $(sort $(wildcard Samples/*.txt))
GOLDEN_FORMATS = json html markdown newsml frontmatter
# Golden files must not depend on file times: fix the fallback date (2026-01-01T00:00:00Z).
GOLDEN_EPOCH = 1767225600
SHARED ?= ../shared

.PHONY: all build debug test demo golden install uninstall clean score deps templates bench bench-instructions

all: build

## Install the system packages the build needs, when they are missing (Debian/Ubuntu, needs root).
deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build $(RELEASE_FLAGS)

debug: deps
	$(SWIFT) build $(BUILD_FLAGS)

## Unit, golden and end-to-end tests (tests that need ../shared skip with a message when it is absent).
test: deps
	@scripts/install-test-tools.sh
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test $(BUILD_FLAGS)

## Convert every sample into out/ in every format (one bulk run: each article read once).
demo: build
	$(BIN_RELEASE) convert Samples -o out --to json,html,markdown,newsml,frontmatter --force
	@echo "out/ holds every sample as .json, .html, .md, .xml (NewsML-G2) and .page.md (front matter)"

## Regenerate the golden files under Samples/expected/ (review the diff before committing).
golden: debug
	@mkdir -p Samples/expected
	@for f in $(SAMPLES); do \
	  name=$$(basename $$f .txt); \
	  for fmt in $(GOLDEN_FORMATS); do \
	    ext=$$fmt; [ $$fmt = markdown ] && ext=md; [ $$fmt = newsml ] && ext=xml; [ $$fmt = frontmatter ] && ext=page.md; \
	    SOURCE_DATE_EPOCH=$(GOLDEN_EPOCH) $(BIN_DEBUG) convert $$f --to $$fmt -o Samples/expected/$$name.$$ext 2>/dev/null || exit 1; \
	  done; \
	done
	@git diff --stat -- Samples/expected || true

## Benchmarks (not tests): bulk conversion vs an I/O floor, jobs, memory, start-up, pandoc, xmllint, reader MB/s.
bench: build
	bench/run.sh

## Instructions per article per step and for a bulk run (valgrind): repeatable where seconds on a VM are not.
bench-instructions: build
	bench/instructions.sh

## Re-embed Templates/page.html.mustache into the binary (a test fails when they differ).
templates:
	scripts/embed-templates.sh

## Structure score of the reader on the wire corpus in ../shared.
score: build
	python3 $(SHARED)/tools/score-structure.py --dir $(SHARED)/corpus/wire --cmd '$(BIN_RELEASE) convert --to json {input}'

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/copydesk/templates
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/copydesk
	cp -R Templates/. $(DESTDIR)$(PREFIX)/share/copydesk/templates/
	@if [ -d $(SHARED)/schemas/newsml-g2-2.35 ]; then \
	  install -d $(DESTDIR)$(PREFIX)/share/copydesk/schemas; \
	  cp -R $(SHARED)/schemas/newsml-g2-2.35 $(DESTDIR)$(PREFIX)/share/copydesk/schemas/; \
	  echo "installed the NewsML-G2 schema from $(SHARED)/schemas"; \
	else echo "no $(SHARED)/schemas: copydesk validate will need --schema or COPYDESK_NEWSML_SCHEMA"; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/copydesk
	rm -rf $(DESTDIR)$(PREFIX)/share/copydesk

clean:
	rm -rf .build out bench-out
