#!/bin/sh
# Buildroot post-image: the boot partition's files and the A/B disk, as image/qemu/build.sh
# makes them for the CI image (same boot.cmd, same genimage layout).
set -eu
board=$(dirname "$0")
external=$BR2_EXTERNAL_EDGEPBX_PATH
out=$BINARIES_DIR

# Initramfs: busybox from the target and image/initramfs/init; the drivers are built in here,
# so its module list is empty.
initramfs=$(mktemp -d)
mkdir -p "$initramfs/bin" "$initramfs/lib/modules"
cp "$TARGET_DIR/bin/busybox" "$initramfs/bin/busybox"
install -m 0755 "$external/../initramfs/init" "$initramfs/init"
: > "$initramfs/lib/modules/load.list"
(cd "$initramfs" && find . | cpio -o -H newc --quiet | gzip -9) > "$out/initrd"
rm -rf "$initramfs"

"$HOST_DIR/bin/mkimage" -A arm64 -O linux -T script -C none -n "edgepbx A/B boot" \
  -d "$board/boot.cmd" "$out/boot.scr"
printf 'BOOT_ORDER=A B\nBOOT_A_LEFT=3\nBOOT_B_LEFT=3\n' > "$out/boot.env"
mkdir -p "$out/empty"
"$HOST_DIR/bin/genimage" --config "$board/genimage.cfg" --rootpath "$out/empty" \
  --tmppath "$BUILD_DIR/genimage.tmp" --inputpath "$out" --outputpath "$out"
