#!/usr/bin/env bash
# Checks the Buildroot tree and the Yocto layer without building them (hours each on the CI
# machine): the shared files are identical to the qemu image's, scripts and Kconfig parse,
# the defconfig is well formed and names files that exist, genimage accepts the layout, every
# recipe has its license fields and local sources. Prints one line per check; exit 1 on a fault.
set -euo pipefail
image=$(cd "$(dirname "$0")" && pwd)
br=$image/buildroot
yocto=$image/yocto/meta-edgepbx
tools=${EDGEPBX_TOOLS:-$HOME/.cache/edgepbx-release}
faults=0
ok() { echo "ok     $*"; }
fault() { echo "FAULT  $*"; faults=$((faults + 1)); }

same() {
  if cmp -s "$1" "$2"; then ok "${2#"$image"/} is ${1#"$image"/}"; else fault "${2#"$image"/} differs from ${1#"$image"/}"; fi
}
same "$image/boot/boot.cmd" "$br/board/edgepbx/qemu-aarch64/boot.cmd"
same "$image/boot/boot.cmd" "$yocto/recipes-bsp/edgepbx-boot-script/files/boot.cmd"
same "$image/qemu/genimage.cfg" "$br/board/edgepbx/qemu-aarch64/genimage.cfg"
same "$image/qemu/system.toml" "$br/board/edgepbx/qemu-aarch64/overlay/etc/edgepbx/system.toml"
same "$br/board/edgepbx/qemu-aarch64/linux.fragment" "$yocto/recipes-kernel/linux/files/edgepbx.cfg"

# Shell scripts (busybox ash on the box; POSIX sh syntax plus `set -o pipefail`).
for script in "$image"/initramfs/init "$image"/rootfs/etc/init.d/rcS "$image"/rootfs/usr/libexec/edgepbx/* \
  "$br"/board/edgepbx/*/post-image.sh; do
  if sh -n "$script" 2>/dev/null; then ok "sh -n ${script#"$image"/}"; else fault "sh -n ${script#"$image"/}: $(sh -n "$script" 2>&1)"; fi
done

# The boot script compiles for U-Boot.
scr=$(mktemp)
trap 'rm -rf "$scr" "${gi:-}"' EXIT
if mkimage -A arm64 -O linux -T script -C none -d "$image/boot/boot.cmd" "$scr" >/dev/null; then ok "mkimage boot.cmd"; else fault "mkimage boot.cmd"; fi

# Kconfig (kconfiglib from PyPI, in the release tools' venv).
[ -x "$tools/venv/bin/python3" ] || /usr/bin/python3 -m venv "$tools/venv"
"$tools/venv/bin/python3" -c 'import kconfiglib' 2>/dev/null || "$tools/venv/bin/pip" install -q kconfiglib
if out=$(cd "$br" && BR2_EXTERNAL_EDGEPBX_PATH=$br "$tools/venv/bin/python3" -c '
import kconfiglib, sys
k = kconfiglib.Kconfig("Config.in", warn=False)
names = sorted(s.name for s in k.unique_defined_syms)
assert "BR2_PACKAGE_EDGEPBX_BIN" in names, names
print(" ".join(names))' 2>&1); then ok "Kconfig parses: $out"; else fault "Kconfig: $out"; fi

defconfig=$br/configs/edgepbx_qemu_aarch64_defconfig
bad=$(grep -vnE '^(BR2_[A-Za-z0-9_]+=("[^"]*"|[yn]|[0-9]+)|#.*|)$' "$defconfig" || true)
[ -z "$bad" ] && ok "defconfig lines are BR2_...=value" || fault "defconfig: $bad"
for path in $(grep -o '\$(BR2_EXTERNAL_EDGEPBX_PATH)[^" ]*' "$defconfig"); do
  file=${path/\$(BR2_EXTERNAL_EDGEPBX_PATH)/$br}
  [ -e "$file" ] && ok "defconfig names ${file#"$image"/}" || fault "defconfig names missing $path"
done
grep -q '^\$(eval \$(generic-package))' "$br/package/edgepbx-bin/edgepbx-bin.mk" &&
  ok "edgepbx-bin.mk is a generic-package" || fault "edgepbx-bin.mk: no generic-package"

# genimage accepts the layout (small stand-ins for the kernel, initrd and root file system).
gi=$(mktemp -d)
mkdir -p "$gi/in" "$gi/root" "$gi/out" "$gi/tmp"
for f in Image initrd boot.scr boot.env rootfs.squashfs; do head -c 4096 /dev/zero > "$gi/in/$f"; done
if genimage --config "$br/board/edgepbx/qemu-aarch64/genimage.cfg" --rootpath "$gi/root" --tmppath "$gi/tmp" \
  --inputpath "$gi/in" --outputpath "$gi/out" >"$gi/log" 2>&1 && [ -s "$gi/out/disk.img" ]; then
  ok "genimage builds the layout"
else
  fault "genimage: $(tail -3 "$gi/log")"
fi

# Yocto: layer.conf's required settings; each recipe's license fields and local sources.
for var in BBFILE_COLLECTIONS BBFILE_PATTERN_edgepbx LAYERSERIES_COMPAT_edgepbx; do
  grep -q "^$var" "$yocto/conf/layer.conf" && ok "layer.conf sets $var" || fault "layer.conf lacks $var"
done
for recipe in "$yocto"/recipes-*/*/*.bb; do
  name=${recipe#"$image"/}
  for var in SUMMARY LICENSE; do grep -q "^$var = " "$recipe" || fault "$name lacks $var"; done
  for src in $(grep -o 'file://[^ "]*' "$recipe" | grep -v COMMON_LICENSE_DIR || true); do
    [ -e "$(dirname "$recipe")/files/${src#file://}" ] || fault "$name: $src is not in files/"
  done
  # Unbalanced braces are the usual way a recipe stops parsing.
  [ "$(tr -cd '{' < "$recipe" | wc -c)" = "$(tr -cd '}' < "$recipe" | wc -c)" ] && ok "$name" || fault "$name: unbalanced braces"
done
bad=$(grep -vnE '^(part |bootloader |#|$)' "$yocto/wic/edgepbx-ab.wks" || true)
[ -z "$bad" ] && ok "edgepbx-ab.wks lines are part/bootloader" || fault "wks: $bad"
# Every recipe, bbappend and conf parses (oelint-parser from PyPI, in the same venv); the
# layer's names and files resolve; its boot partition holds the qemu image's files.
"$tools/venv/bin/python3" -c 'import oelint_parser' 2>/dev/null || "$tools/venv/bin/pip" install -q oelint-parser
"$tools/venv/bin/python3" "$image/check-yocto.py" "$image" || faults=$((faults + 1))

if [ $faults -gt 0 ]; then
  echo "image/check-trees.sh: $faults fault(s)"
  exit 1
fi
echo "image/check-trees.sh: all checks passed"
