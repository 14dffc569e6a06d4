#!/usr/bin/env bash
# Assembles the qemu-system-aarch64 test image from Debian's arm64 kernel and busybox and the
# static edgepbx binary:
#
#   image/qemu/build.sh [BINARY] [OUT_DIR]
#
# BINARY defaults to target/dist/aarch64/edgepbx (built with scripts/release when missing),
# OUT_DIR to target/image. Writes OUT_DIR/disk.img (MBR: 1 boot FAT with Image, initrd, boot.scr,
# boot.env; 2 and 3 root slots A and B, squashfs; 4 data, ext4) and OUT_DIR/rootfs.squashfs (the
# slot image an update bundle carries). Debian parts are cached in $EDGEPBX_IMAGE_CACHE
# (default ~/.cache/edgepbx-image). No root needed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$(dirname "$here")
repo=$(dirname "$image")
binary=${1:-$repo/target/dist/aarch64/edgepbx}
out=${2:-$repo/target/image}
cache=${EDGEPBX_IMAGE_CACHE:-$HOME/.cache/edgepbx-image}

need=()
command -v genimage >/dev/null || need+=(genimage)
command -v mksquashfs >/dev/null || need+=(squashfs-tools)
command -v mkimage >/dev/null || need+=(u-boot-tools)
command -v mcopy >/dev/null || need+=(mtools)
command -v mkfs.vfat >/dev/null || need+=(dosfstools)
command -v mke2fs >/dev/null || need+=(e2fsprogs)
command -v depmod >/dev/null || need+=(kmod)
command -v cpio >/dev/null || need+=(cpio)
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
if [ ${#need[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}"
fi
[ -x "$binary" ] || "$repo/scripts/release" aarch64

"$here/debian-parts.sh" "$cache"
debian=$cache/root
kver=$(basename "$(ls -d "$debian"/lib/modules/*)")

work=$out/work
rm -rf "$work" && mkdir -p "$work"/{initramfs,rootfs,genimage-tmp,input}

# --- root file system (one squashfs, written to both slots) -------------------------------
root=$work/rootfs
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,run,tmp,data,boot,etc}
cp "$debian/bin/busybox" "$root/bin/busybox"
# Applet links as busybox itself lists them (run under qemu-user, it is an arm64 binary).
qemu-aarch64-static "$root/bin/busybox" --list-full | while read -r applet; do
  [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done
cp -a "$image/rootfs/." "$root/"
cp "$here/system.toml" "$root/etc/edgepbx/system.toml"
install -m 0755 "$binary" "$root/usr/bin/edgepbx"
ln -sf /run/resolv.conf "$root/etc/resolv.conf"
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
git -C "$repo" describe --always --dirty > "$root/etc/edgepbx/version" 2>/dev/null || echo unknown > "$root/etc/edgepbx/version"
mksquashfs "$root" "$out/rootfs.squashfs" -noappend -all-root -comp zstd -quiet

# --- initramfs: busybox, the init that finds the slot, and the modules it loads -----------
initramfs=$work/initramfs
mkdir -p "$initramfs/bin" "$initramfs/lib/modules"
cp "$debian/bin/busybox" "$initramfs/bin/busybox"
install -m 0755 "$image/initramfs/init" "$initramfs/init"
# Debian's .deb carries no modules.dep: make one (cached) and load each module after the ones
# it depends on.
[ -s "$debian/lib/modules/$kver/modules.dep" ] || depmod -b "$debian" "$kver"
deps=$debian/lib/modules/$kver/modules.dep
: > "$initramfs/lib/modules/load.list"
add_module() {
  local path line dep
  path=$(grep -E "(^|/)$1\.ko:" "$deps" | head -1 | cut -d: -f1) || true
  [ -n "$path" ] || { echo "image: module $1 not in $kver" >&2; exit 1; }
  grep -qx "$(basename "$path")" "$initramfs/lib/modules/load.list" && return 0
  line=$(grep -E "^$path:" "$deps" | cut -d: -f2)
  for dep in $line; do add_module "$(basename "$dep" .ko)"; done
  cp "$debian/lib/modules/$kver/$path" "$initramfs/lib/modules/"
  basename "$path" >> "$initramfs/lib/modules/load.list"
}
grep -v '^#' "$here/modules.list" | while read -r m; do [ -n "$m" ] && add_module "$m"; done
(cd "$initramfs" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/input/initrd"

# --- boot partition and the disk -----------------------------------------------------------
cp "$debian/boot/vmlinuz-$kver" "$work/input/Image"
mkimage -A arm64 -O linux -T script -C none -n "edgepbx A/B boot" -d "$image/boot/boot.cmd" "$work/input/boot.scr" >/dev/null
printf 'BOOT_ORDER=A B\nBOOT_A_LEFT=3\nBOOT_B_LEFT=3\n' > "$work/input/boot.env"
cp "$out/rootfs.squashfs" "$work/input/rootfs.squashfs"
# An empty root path: genimage fills file system images from it (data starts empty).
mkdir -p "$work/empty"
genimage --config "$here/genimage.cfg" --rootpath "$work/empty" --tmppath "$work/genimage-tmp" \
  --inputpath "$work/input" --outputpath "$out" > "$work/genimage.log" 2>&1 ||
  { cat "$work/genimage.log" >&2; exit 1; }
rm -f "$out/boot.vfat" "$out/data.ext4"
echo "image: $out/disk.img ($(du -h --apparent-size "$out/disk.img" | cut -f1)), rootfs $(stat -c %s "$out/rootfs.squashfs") bytes"
