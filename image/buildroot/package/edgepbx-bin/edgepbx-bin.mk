################################################################################
#
# edgepbx-bin: the static binary from scripts/release (no Rust toolchain in Buildroot)
#
################################################################################

EDGEPBX_BIN_VERSION = local
EDGEPBX_BIN_SITE = $(call qstrip,$(BR2_PACKAGE_EDGEPBX_BIN_DIST))
EDGEPBX_BIN_SITE_METHOD = local
EDGEPBX_BIN_LICENSE = MIT or Apache-2.0

ifeq ($(BR2_aarch64),y)
EDGEPBX_BIN_ARCH = aarch64
else ifeq ($(BR2_arm),y)
EDGEPBX_BIN_ARCH = armv7
else
EDGEPBX_BIN_ARCH = x86_64
endif

define EDGEPBX_BIN_INSTALL_TARGET_CMDS
	$(INSTALL) -D -m 0755 $(@D)/$(EDGEPBX_BIN_ARCH)/edgepbx $(TARGET_DIR)/usr/bin/edgepbx
endef

$(eval $(generic-package))
