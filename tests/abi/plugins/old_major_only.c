/*
 * Failure mode: a plugin built for another ABI major. It exports casegw_plugin_entry_v2 and
 * not casegw_plugin_entry_v1, so a v1 gateway can name the mismatch ("built for plugin ABI
 * v2") instead of reporting a missing symbol. Linked with old_major_only.map, which exports
 * the v2 symbol. Only the frozen 16-byte header is common to all majors, so that is all the
 * descriptor declares.
 */
#include <casegw/plugin_abi.h>

typedef struct v2_descriptor_header {
  uint32_t magic;
  uint16_t abi_major;
  uint16_t abi_minor;
  uint32_t struct_size;
  uint32_t field_size;
} v2_descriptor_header;

static const v2_descriptor_header descriptor = {CASEGW_ABI_MAGIC, 2, 0, sizeof(v2_descriptor_header), 0};

CASEGW_EXPORT const v2_descriptor_header* CASEGW_CALL casegw_plugin_entry_v2(void);
CASEGW_EXPORT const v2_descriptor_header* CASEGW_CALL casegw_plugin_entry_v2(void) { return &descriptor; }
