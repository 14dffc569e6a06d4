SUMMARY = "edgepbx appliance init: busybox inittab, rcS, supervisor, watchdog kicker, system.toml"
LICENSE = "MIT | Apache-2.0"
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"
RDEPENDS:${PN} = "busybox edgepbx-bin"

# The overlay is the repository's image/rootfs, shared with the qemu image and Buildroot.
do_install() {
    cp -a ${EDGEPBX_IMAGE_DIR}/rootfs/. ${D}/
    install -D -m 0644 ${EDGEPBX_IMAGE_DIR}/qemu/system.toml ${D}${sysconfdir}/edgepbx/system.toml
    install -d ${D}/data ${D}/boot
    ln -sf /run/resolv.conf ${D}${sysconfdir}/resolv.conf
}
FILES:${PN} = "/"
# busybox's own inittab and resolv.conf are replaced by ours.
RCONFLICTS:${PN} = "busybox-inittab"
