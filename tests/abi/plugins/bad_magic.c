/* Failure mode: the descriptor's magic is not CASEGW_ABI_MAGIC (here: "GWPL", the magic of an
   unrelated plugin system), so nothing else in it may be trusted. */
#include "c_test_descriptor.h"

static const casegw_plugin descriptor =
    C_TEST_DESCRIPTOR("bad_magic", 0x4C505747u, CASEGW_ABI_MINOR, sizeof(casegw_plugin), test_decode);

CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { return &descriptor; }
