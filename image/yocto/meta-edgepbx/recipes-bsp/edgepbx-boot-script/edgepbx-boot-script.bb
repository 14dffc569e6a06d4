SUMMARY = "U-Boot A/B boot script of the edgepbx appliance (RAUC's BOOT_ORDER/BOOT_x_LEFT)"
LICENSE = "MIT | Apache-2.0"
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"
DEPENDS = "u-boot-mkimage-native"
SRC_URI = "file://boot.cmd"
S = "${WORKDIR}"
inherit deploy nopackages

do_compile() {
    mkimage -A arm64 -O linux -T script -C none -n "edgepbx A/B boot" -d ${S}/boot.cmd boot.scr
    printf 'BOOT_ORDER=A B\nBOOT_A_LEFT=3\nBOOT_B_LEFT=3\n' > boot.env
}
do_deploy() {
    install -m 0644 boot.scr boot.env ${DEPLOYDIR}/
}
addtask deploy after do_compile before do_build
