#!/usr/bin/env bash
# Downloads the arm64 parts of the test image from Debian (kernel, busybox) into $1 and unpacks
# them, with an apt state of its own (the host's dpkg architectures are left alone).
#   image/qemu/debian-parts.sh CACHE_DIR     -> CACHE_DIR/root/{boot/vmlinuz-*,lib/modules/*,bin/busybox}
set -euo pipefail
cache=$1
mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$cache/debs"
touch "$cache/apt/status"
opts=(-o APT::Architecture=arm64 -o APT::Architectures::=arm64 -o Dir::State::Lists="$cache/apt/lists"
  -o Dir::State::status="$cache/apt/status" -o Dir::Cache="$cache/apt" -o Debug::NoLocking=1
  -o APT::Sandbox::User=root)
apt_arm64() { apt-get -q "${opts[@]}" "$@"; }
if [ ! -e "$cache/root/.done" ]; then
  apt_arm64 update -qq
  # linux-image-arm64 is the metapackage: take the exact kernel it names (a glob fetches many).
  kernel=$(apt-cache "${opts[@]}" depends linux-image-arm64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
  [ -n "$kernel" ] || { echo "debian-parts: no kernel named by linux-image-arm64" >&2; exit 1; }
  (cd "$cache/debs" && apt_arm64 download "$kernel:arm64" busybox-static:arm64)
  rm -rf "$cache/root" && mkdir -p "$cache/root"
  for deb in "$cache"/debs/*.deb; do dpkg-deb -x "$deb" "$cache/root"; done
  touch "$cache/root/.done"
fi
