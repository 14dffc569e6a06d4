SUMMARY = "edgepbx initramfs init: finds the root slot U-Boot chose (root=PARTUUID=) and switches to it"
LICENSE = "MIT | Apache-2.0"
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"
RDEPENDS:${PN} = "busybox"

# The repository's image/initramfs/init, the one the qemu image and Buildroot use. The kernel
# has its drivers built in (linux-yocto_%.bbappend), so the module list it reads is empty.
do_install() {
    install -D -m 0755 ${EDGEPBX_IMAGE_DIR}/initramfs/init ${D}/init
    install -d ${D}/lib/modules ${D}/proc ${D}/sys ${D}/dev ${D}/newroot
    touch ${D}/lib/modules/load.list
}
do_install[file-checksums] += "${EDGEPBX_IMAGE_DIR}/initramfs/init:True"
FILES:${PN} = "/init /lib/modules/load.list /proc /sys /dev /newroot"
