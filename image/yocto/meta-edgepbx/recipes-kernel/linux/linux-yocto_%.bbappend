# The drivers the boot needs built in (a copy of Buildroot's linux.fragment; CI checks they are
# identical), so the initramfs loads no modules and the slots carry none.
FILESEXTRAPATHS:prepend := "${THISDIR}/files:"
SRC_URI += "file://edgepbx.cfg"
