#!/usr/bin/env bash
# Puts flite's C sources (Debian's source package `flite`, BSD-style licence) into a cache
# OUTSIDE the repository and prints the directory. firmware/flite-sys/build.rs compiles them
# with the `cc` crate; it finds them through EDGEPBX_FLITE_SRC, which scripts/test, .ci/run
# and release builds set from this script's output:
#
#     export EDGEPBX_FLITE_SRC="$(scripts/flite-source.sh)"
#
# No flite source is ever committed to the project. The cache is
# ${EDGEPBX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edgepbx}/flite-<version>; the tree is
# upstream tarball of Debian's source package, fetched by `apt-get source` and checked against
# the package's signed .dsc; root is needed only the first time, to add a deb-src entry for
# the machine's own Debian mirror when there is none.
set -euo pipefail

version=2.2
cache="${EDGEPBX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edgepbx}"
dest="$cache/flite-$version"
if [ -e "$dest/include/flite.h" ]; then
  echo "$dest"
  exit 0
fi

# A deb-src twin of the machine's Debian sources (same mirror, suites, components).
if ! apt-get source --print-uris -qq flite >/dev/null 2>&1; then
  if [ ! -w /etc/apt/sources.list.d ]; then
    echo "flite-source: apt has no deb-src entry for flite; run this script once as root to add one" >&2
    exit 1
  fi
  if [ -e /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      >/etc/apt/sources.list.d/edgepbx-deb-src.sources
  elif [ -e /etc/apt/sources.list ]; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' \
      >/etc/apt/sources.list.d/edgepbx-deb-src.list
  else
    echo "flite-source: no Debian apt sources found to add deb-src for" >&2
    exit 1
  fi
  apt-get update -qq >&2
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/.flite-src.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Only the upstream tarball is used (flite's own build system is not; build.rs compiles the C
# files). Debian's patch tarball is not needed, so a mirror that lacks it does not matter:
# apt-get's exit status is ignored and the tarball is checked against the signed .dsc instead.
(cd "$work" && apt-get source --download-only -qq flite >apt.log 2>&1) || true
orig="$(find "$work" -maxdepth 1 -name "flite_$version.orig.tar.*" | head -n1)"
dsc="$(find "$work" -maxdepth 1 -name 'flite_*.dsc' | head -n1)"
if [ -z "$orig" ] || [ -z "$dsc" ]; then
  cat "$work/apt.log" >&2
  echo "flite-source: apt-get source flite brought no flite_$version.orig.tar.* and .dsc" >&2
  exit 1
fi
want="$(awk -v f="$(basename "$orig")" '/^Checksums-Sha256:/{s=1;next} /^[^ ]/{s=0} s && $3==f {print $1}' "$dsc")"
have="$(sha256sum "$orig" | cut -d' ' -f1)"
if [ -z "$want" ] || [ "$want" != "$have" ]; then
  echo "flite-source: $(basename "$orig") does not match the checksum in $(basename "$dsc")" >&2
  exit 1
fi
tar -xf "$orig" -C "$work"
tree="$work/flite-$version"
[ -e "$tree/include/flite.h" ] || { echo "flite-source: no flite-$version/include/flite.h in $(basename "$orig")" >&2; exit 1; }
# Rename into place last, so a half-unpacked tree is never taken for a finished one.
rm -rf "$dest"
mv "$tree" "$dest"
echo "$dest"
