SUMMARY = "edgepbx initramfs: busybox and the slot-finding init, on the boot partition as initrd"
LICENSE = "MIT"

# Only these two packages: no package manager, no udev, no locales.
PACKAGE_INSTALL = "busybox edgepbx-initramfs-init"
IMAGE_FEATURES = ""
IMAGE_LINGUAS = ""
IMAGE_FSTYPES = "cpio.gz"
IMAGE_NAME_SUFFIX = ""
inherit core-image
IMAGE_ROOTFS_SIZE = "8192"
IMAGE_ROOTFS_EXTRA_SPACE = "0"
