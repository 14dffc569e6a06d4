SUMMARY = "edgepbx office phone system (prebuilt static binary from scripts/release)"
LICENSE = "MIT | Apache-2.0"
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"

# No Rust toolchain in the build: the static musl binary does not depend on the target libc.
INHIBIT_PACKAGE_STRIP = "1"
INHIBIT_SYSROOT_STRIP = "1"
INSANE_SKIP:${PN} += "already-stripped"

EDGEPBX_ARCH:aarch64 = "aarch64"
EDGEPBX_ARCH:arm = "armv7"
EDGEPBX_ARCH:x86-64 = "x86_64"

do_install() {
    install -D -m 0755 ${EDGEPBX_DIST}/${EDGEPBX_ARCH}/edgepbx ${D}${bindir}/edgepbx
}
do_install[file-checksums] += "${EDGEPBX_DIST}/${EDGEPBX_ARCH}/edgepbx:True"
