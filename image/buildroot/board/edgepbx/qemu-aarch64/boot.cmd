# edgepbx A/B boot script, the same on the qemu test image, Buildroot and Yocto.
#
# Slot choice follows RAUC's U-Boot protocol, so RAUC (or edgepbx's own updater) can drive it:
#   BOOT_ORDER   slots to try, first first ("A B")
#   BOOT_A_LEFT  attempts left for slot A; decremented here before every boot of A
#   BOOT_B_LEFT  the same for B
# The running system resets its slot's counter once its health check passes; a slot whose
# counter reaches 0 is skipped, so a new slot that never gets healthy falls back to the other.
# The variables live in the text file boot.env on the boot partition (partition 1 of the boot
# device: `env import -t` / `env export -t`), which Linux can rewrite without U-Boot's flash env.
# Slot A is partition 2, slot B partition 3 (read-only squashfs root file systems); the kernel
# gets root=PARTUUID=... and rauc.slot=A|B.

setenv BOOT_ORDER "A B"
setenv BOOT_A_LEFT 3
setenv BOOT_B_LEFT 3
if fatload ${devtype} ${devnum}:1 ${loadaddr} boot.env; then
  env import -t ${loadaddr} ${filesize} BOOT_ORDER BOOT_A_LEFT BOOT_B_LEFT
fi

setenv bootslot
for slot in ${BOOT_ORDER}; do
  if test "x${bootslot}" = "x"; then
    if test "${slot}" = "A" && test ${BOOT_A_LEFT} -gt 0; then
      setexpr BOOT_A_LEFT ${BOOT_A_LEFT} - 1
      setenv bootslot A
      setenv rootpart 2
    elif test "${slot}" = "B" && test ${BOOT_B_LEFT} -gt 0; then
      setexpr BOOT_B_LEFT ${BOOT_B_LEFT} - 1
      setenv bootslot B
      setenv rootpart 3
    fi
  fi
done

if test "x${bootslot}" = "x"; then
  # Every slot used up its attempts: give both their attempts back and start over, rather
  # than leave the box dead.
  echo "edgepbx-boot: no slot has attempts left; resetting the counters"
  setenv BOOT_A_LEFT 3
  setenv BOOT_B_LEFT 3
  env export -t ${loadaddr} BOOT_ORDER BOOT_A_LEFT BOOT_B_LEFT
  fatwrite ${devtype} ${devnum}:1 ${loadaddr} boot.env ${filesize}
  reset
fi

echo "edgepbx-boot: slot ${bootslot} (A left ${BOOT_A_LEFT}, B left ${BOOT_B_LEFT})"
env export -t ${loadaddr} BOOT_ORDER BOOT_A_LEFT BOOT_B_LEFT
fatwrite ${devtype} ${devnum}:1 ${loadaddr} boot.env ${filesize}

part uuid ${devtype} ${devnum}:${rootpart} rootuuid
setenv bootargs "root=PARTUUID=${rootuuid} rauc.slot=${bootslot} quiet"
fatload ${devtype} ${devnum}:1 ${kernel_addr_r} Image
fatload ${devtype} ${devnum}:1 ${ramdisk_addr_r} initrd
booti ${kernel_addr_r} ${ramdisk_addr_r}:${filesize} ${fdtcontroladdr}
