/* Failure mode: a required callback is missing (decode is NULL); create and destroy are fine. */
#include "c_test_descriptor.h"

static const casegw_plugin descriptor =
    C_TEST_DESCRIPTOR("null_callbacks", CASEGW_ABI_MAGIC, CASEGW_ABI_MINOR, sizeof(casegw_plugin), NULL);

CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { return &descriptor; }
