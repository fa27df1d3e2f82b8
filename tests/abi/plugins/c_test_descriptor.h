/*
 * A well-formed v1 descriptor for the C test plugins, and harmless callbacks for it. Each
 * plugin in this folder spells out the one thing it gets wrong through the macro's arguments,
 * so the failure mode is visible at the plugin's single line that matters.
 */
#ifndef CASEGW_TESTS_C_TEST_DESCRIPTOR_H
#define CASEGW_TESTS_C_TEST_DESCRIPTOR_H

#include <casegw/plugin_abi.h>

#include <stddef.h>

static const char* const test_media_types[] = {"application/json"};
static const char* const test_charsets[] = {"utf-8"};

/* One instance is enough: these plugins are never asked to do real work. */
static int test_instance_storage;

static inline casegw_status CASEGW_CALL test_create(const casegw_host_api* host, casegw_host_ctx* ctx,
                                             casegw_instance** out, casegw_error_buf err) {
  (void)host;
  (void)ctx;
  (void)err;
  *out = (casegw_instance*)&test_instance_storage;
  return CASEGW_OK;
}

static inline void CASEGW_CALL test_destroy(casegw_instance* self) { (void)self; }

static inline casegw_status CASEGW_CALL test_decode(casegw_instance* self, const casegw_request_view* request,
                                             casegw_output case_json, casegw_error_buf err) {
  (void)self;
  (void)request;
  (void)case_json;
  (void)err;
  return CASEGW_FAILED;
}

/* { magic, major, minor, struct_size, field_size, name, version, description, media types,
     charsets, no settings, create, destroy, decode, no encode_event } */
#define C_TEST_DESCRIPTOR(NAME, MAGIC, MINOR, STRUCT_SIZE, DECODE)                                   \
  {                                                                                                \
    (MAGIC), CASEGW_ABI_MAJOR, (MINOR), (STRUCT_SIZE), sizeof(casegw_config_field), (NAME), "0.0.1", \
        "casegw ABI test plugin", test_media_types, 1, test_charsets, 1, NULL, 0, test_create,       \
        test_destroy, (DECODE), NULL                                                               \
  }

#endif /* CASEGW_TESTS_C_TEST_DESCRIPTOR_H */
