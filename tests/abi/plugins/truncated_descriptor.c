/* Failure mode: struct_size says the descriptor ends before decode, smaller than any v1.0
   descriptor can be; the gateway must not read past it. */
#include "c_test_descriptor.h"

static const casegw_plugin descriptor = C_TEST_DESCRIPTOR("truncated_descriptor", CASEGW_ABI_MAGIC, CASEGW_ABI_MINOR,
                                                          offsetof(casegw_plugin, decode), test_decode);

CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { return &descriptor; }
