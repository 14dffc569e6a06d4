SUMMARY = "edgepbx appliance image: squashfs root for slots A and B, wic disk with boot and data"
LICENSE = "MIT"
inherit core-image

IMAGE_INSTALL = "busybox edgepbx-bin edgepbx-rootfs"
IMAGE_FEATURES = "read-only-rootfs"
IMAGE_FSTYPES = "squashfs-zst wic"
WKS_FILE = "edgepbx-ab.wks"
do_image_wic[depends] += "edgepbx-boot-script:do_deploy virtual/kernel:do_deploy"
IMAGE_BOOT_FILES = "Image boot.scr boot.env"
