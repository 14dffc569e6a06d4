include $(sort $(wildcard $(BR2_EXTERNAL_EDGEPBX_PATH)/package/*/*.mk))
