SUMMARY = "edgepbx appliance image: squashfs root for slots A and B, wic disk with boot and data"
LICENSE = "MIT"
inherit core-image

IMAGE_INSTALL = "busybox base-passwd edgepbx-bin edgepbx-rootfs"
IMAGE_FEATURES = "read-only-rootfs"
IMAGE_FSTYPES = "squashfs-zst wic"
WKS_FILE = "edgepbx-ab.wks"
# The boot partition is shared by both slots and holds what genimage.cfg gives the qemu image:
# the kernel, the initramfs (renamed initrd), the boot script and its variables.
do_image_wic[depends] += "edgepbx-boot-script:do_deploy virtual/kernel:do_deploy edgepbx-initramfs:do_image_complete"
IMAGE_BOOT_FILES = "Image edgepbx-initramfs-${MACHINE}.cpio.gz;initrd boot.scr boot.env"
