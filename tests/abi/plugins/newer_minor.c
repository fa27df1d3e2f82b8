/* Failure mode: built against a newer ABI minor than the gateway's. Its descriptor may carry
   fields the gateway cannot see, so it is refused rather than half-used. */
#include "c_test_descriptor.h"

static const casegw_plugin descriptor =
    C_TEST_DESCRIPTOR("newer_minor", CASEGW_ABI_MAGIC, CASEGW_ABI_MINOR + 1, sizeof(casegw_plugin), test_decode);

CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { return &descriptor; }
