#!/usr/bin/env bash
# Writes Sources/HTMLWriter/DefaultPageTemplate.swift from Templates/page.html.mustache, so the
# binary carries its default template and works from any folder. Run by `make templates`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/HTMLWriter/DefaultPageTemplate.swift
{
  echo "// Generated from Templates/page.html.mustache by scripts/embed-templates.sh; do not edit."
  echo "// A test checks that the two stay identical."
  echo
  echo "/// The default page template, built into the binary."
  echo "enum DefaultPageTemplate {"
  echo '    static let text = #"""'
  cat Templates/page.html.mustache
  echo '"""#'
  echo "}"
} > "$out"
