/* Failure mode: decode() says CASEGW_OK but writes bytes that are not a JSON object (here: a
   control character and half an object). The gateway must treat it as the plugin's fault
   (500 ADAPTER_FAILED, logged), never as a case, and other channels must not notice. */
#include "c_test_descriptor.h"

static casegw_status CASEGW_CALL garbage_decode(casegw_instance* self, const casegw_request_view* request,
                                                casegw_output case_json, casegw_error_buf err) {
  static const char garbage[] = "\x01{\"channel\": [unterminated";
  (void)self;
  (void)request;
  (void)err;
  case_json.append(case_json.ctx, garbage, sizeof garbage - 1);
  return CASEGW_OK;
}

static const casegw_plugin descriptor =
    C_TEST_DESCRIPTOR("garbage_output", CASEGW_ABI_MAGIC, CASEGW_ABI_MINOR, sizeof(casegw_plugin), garbage_decode);

CASEGW_EXPORT const casegw_plugin* CASEGW_CALL casegw_plugin_entry_v1(void) { return &descriptor; }
