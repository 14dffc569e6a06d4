#!/usr/bin/env bash
# Update apply time: a 30 MB bundle installed into a slot file with `edgepbx update apply`
# (signature check, streaming write + SHA-256, fsync, boot environment switch), against two
# baselines measured in the same run on the same files: copying the image into the slot with
# fsync (dd conv=fsync), and hashing it (sha256sum). Slots and the boot environment are files
# in a temporary directory, as in tests/update.rs. EDGEPBX_BIN overrides the binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${UPDATE_BENCH_MB:-30}
ROUNDS=${UPDATE_BENCH_ROUNDS:-3}
if [ -z "${EDGEPBX_BIN:-}" ]; then
  cargo build --release --bin edgepbx
  EDGEPBX_BIN="${CARGO_TARGET_DIR:-target}/release/edgepbx"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
arch=$(uname -m)
head -c $((MB * 1024 * 1024)) /dev/urandom > "$work/rootfs.img"
truncate -s $(((MB + 2) * 1024 * 1024)) "$work/slot-a.img" "$work/slot-b.img"
echo "console=ttyAMA0 rauc.slot=A" > "$work/cmdline"
# The qemu image's layout: boot state as text on the boot partition, slots as block devices.
printf 'BOOT_A_LEFT=3\nBOOT_B_LEFT=3\nBOOT_ORDER=A B\n' > "$work/boot.env"
cat > "$work/system.toml" <<TOML
[boot]
env_file = "$work/boot.env"
attempts = 3
[slot.A]
device = "$work/slot-a.img"
[slot.B]
device = "$work/slot-b.img"
[update]
compatible = "edgepbx-bench"
cmdline = "$work/cmdline"
TOML
export EDGEPBX_SYSTEM_CONFIG="$work/system.toml"
# The binary trusts only its built-in key; a development build's secret half is in its build
# directory (several there after feature changes: take the one whose id the binary reports).
trusted=$("$EDGEPBX_BIN" update status | python3 -c 'import json,sys; print(json.load(sys.stdin)["update_key"]["id"])')
key=${UPDATE_BENCH_KEY:-}
if [ -z "$key" ]; then
  for candidate in "$(dirname "$EDGEPBX_BIN")"/build/edgepbx-*/out/dev-update-key.sec; do
    [ -e "$candidate" ] || continue
    id=$("$EDGEPBX_BIN" update make-bundle --key "$candidate" --rootfs "$work/cmdline" --version probe \
      --arch "$arch" --compatible edgepbx-bench -o "$work/probe" | sed -n 's/.*key \([0-9a-f]*\)$/\1/p')
    [ "$id" = "$trusted" ] && key=$candidate && break
  done
fi
[ -n "$key" ] || { echo "no secret key for the binary's update key $trusted: set UPDATE_BENCH_KEY" >&2; exit 1; }
"$EDGEPBX_BIN" update make-bundle --key "$key" --rootfs "$work/rootfs.img" --version bench \
  --arch "$arch" --compatible edgepbx-bench -o "$work/bundle" >/dev/null
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
best() { sort -n | head -1; }
apply=$(for _ in $(seq "$ROUNDS"); do ms "$EDGEPBX_BIN" update apply "$work/bundle"; done | best)
copy=$(for _ in $(seq "$ROUNDS"); do ms dd if="$work/rootfs.img" of="$work/slot-b.img" bs=256k conv=fsync,notrunc status=none; done | best)
hash=$(for _ in $(seq "$ROUNDS"); do ms sha256sum "$work/rootfs.img"; done | best)
ratio=$(python3 -c "print(round($apply / max(1, $copy + $hash), 2))")
printf '%-40s %8s\n' "update apply, ${MB} MB bundle (ms)" "$apply" "baseline: dd conv=fsync (ms)" "$copy" \
  "baseline: sha256sum (ms)" "$hash" "apply / (copy + hash)" "$ratio"
mkdir -p scripts/bench/results
out="scripts/bench/results/update-$(date -u +%Y%m%d-%H%M%S).json"
printf '{"bundle_mb": %s, "apply_ms": %s, "copy_fsync_ms": %s, "sha256sum_ms": %s, "ratio": %s, "rounds": %s}\n' \
  "$MB" "$apply" "$copy" "$hash" "$ratio" "$ROUNDS" > "$out"
echo "written $out"
