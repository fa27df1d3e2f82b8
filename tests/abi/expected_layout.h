/*
 * The plugin ABI's layout on x86_64 Linux (LP64), written down field by field.
 *
 * Included by layout_test.c (as C) and layout_test.cpp (as C++). A field inserted in the
 * middle of a struct, a type widened, or a struct reordered breaks plugins already built, so
 * it must break this build first. Appending a field at the end changes only the sizeof line,
 * which is the one edit an ABI minor bump is allowed to make (docs/plugin-abi.md).
 */
#ifndef CASEGW_TESTS_EXPECTED_LAYOUT_H
#define CASEGW_TESTS_EXPECTED_LAYOUT_H

#include <casegw/plugin_abi.h>

#include <assert.h>
#include <stddef.h>

#define EXPECT_OFFSET(type, field, offset) static_assert(offsetof(type, field) == (offset), #type "." #field " moved")
#define EXPECT_SIZE(type, size) static_assert(sizeof(type) == (size), "sizeof(" #type ") changed")

/* The frozen identification of ABI v1. */
static_assert(CASEGW_ABI_MAGIC == 0x50574743u, "magic changed");
static_assert(CASEGW_ABI_MAJOR == 1, "this file describes ABI major 1");
static_assert(CASEGW_ABI_MINOR == 1, "ABI minor changed: append the new fields' offsets here and update the sizes");

/* Status and enumerations are part of the contract: their values never change. */
static_assert(CASEGW_OK == 0 && CASEGW_REJECTED == 1 && CASEGW_FAILED == 2 && CASEGW_INVALID_CONFIG == 3 &&
                  CASEGW_UNSUPPORTED == 4, "status values changed");
static_assert(CASEGW_FIELD_STRING == 1 && CASEGW_FIELD_INT == 2 && CASEGW_FIELD_BOOL == 3 &&
                  CASEGW_FIELD_DURATION_MS == 4 && CASEGW_FIELD_SIZE == 5, "field type values changed");
static_assert(CASEGW_FIELD_REQUIRED == 0x1 && CASEGW_FIELD_SECRET == 0x2, "field flag values changed");

EXPECT_SIZE(casegw_status, 4);
EXPECT_SIZE(casegw_log_level, 4);
EXPECT_SIZE(casegw_field_type, 4);

#if defined(__x86_64__) && defined(__LP64__)

EXPECT_OFFSET(casegw_str_view, data, 0);
EXPECT_OFFSET(casegw_str_view, size, 8);
EXPECT_SIZE(casegw_str_view, 16);

EXPECT_OFFSET(casegw_header_view, name, 0);
EXPECT_OFFSET(casegw_header_view, value, 16);
EXPECT_SIZE(casegw_header_view, 32);

EXPECT_OFFSET(casegw_error_buf, code, 0);
EXPECT_OFFSET(casegw_error_buf, code_capacity, 8);
EXPECT_OFFSET(casegw_error_buf, field, 16);
EXPECT_OFFSET(casegw_error_buf, field_capacity, 24);
EXPECT_OFFSET(casegw_error_buf, message, 32);
EXPECT_OFFSET(casegw_error_buf, message_capacity, 40);
EXPECT_SIZE(casegw_error_buf, 48);

EXPECT_OFFSET(casegw_output, ctx, 0);
EXPECT_OFFSET(casegw_output, append, 8);
EXPECT_SIZE(casegw_output, 16);

EXPECT_OFFSET(casegw_request_view, struct_size, 0);
EXPECT_OFFSET(casegw_request_view, reserved, 4);
EXPECT_OFFSET(casegw_request_view, channel_id, 8);
EXPECT_OFFSET(casegw_request_view, request_id, 24);
EXPECT_OFFSET(casegw_request_view, received_at, 40);
EXPECT_OFFSET(casegw_request_view, media_type, 56);
EXPECT_OFFSET(casegw_request_view, charset, 72);
EXPECT_OFFSET(casegw_request_view, headers, 88);
EXPECT_OFFSET(casegw_request_view, header_count, 96);
EXPECT_OFFSET(casegw_request_view, body, 104);
EXPECT_SIZE(casegw_request_view, 120);

EXPECT_OFFSET(casegw_event_view, struct_size, 0);
EXPECT_OFFSET(casegw_event_view, reserved, 4);
EXPECT_OFFSET(casegw_event_view, event_json, 8);
EXPECT_SIZE(casegw_event_view, 24);

EXPECT_OFFSET(casegw_outbound_sink, ctx, 0);
EXPECT_OFFSET(casegw_outbound_sink, set_request_line, 8);
EXPECT_OFFSET(casegw_outbound_sink, add_header, 16);
EXPECT_OFFSET(casegw_outbound_sink, append_body, 24);
EXPECT_SIZE(casegw_outbound_sink, 32);

EXPECT_OFFSET(casegw_host_api, struct_size, 0);
EXPECT_OFFSET(casegw_host_api, abi_major, 4);
EXPECT_OFFSET(casegw_host_api, abi_minor, 6);
EXPECT_OFFSET(casegw_host_api, log, 8);
EXPECT_OFFSET(casegw_host_api, setting_string, 16);
EXPECT_OFFSET(casegw_host_api, setting_int, 24);
EXPECT_OFFSET(casegw_host_api, setting_bool, 32);
/* v1.1 */
EXPECT_OFFSET(casegw_host_api, division_known, 40);
EXPECT_SIZE(casegw_host_api, 48);

/* v1.1: pulled channels */
EXPECT_OFFSET(casegw_poll_view, struct_size, 0);
EXPECT_OFFSET(casegw_poll_view, reserved, 4);
EXPECT_OFFSET(casegw_poll_view, channel_id, 8);
EXPECT_OFFSET(casegw_poll_view, cursor, 24);
EXPECT_OFFSET(casegw_poll_view, now, 40);
EXPECT_SIZE(casegw_poll_view, 56);

EXPECT_OFFSET(casegw_poll_response_view, struct_size, 0);
EXPECT_OFFSET(casegw_poll_response_view, status, 4);
EXPECT_OFFSET(casegw_poll_response_view, channel_id, 8);
EXPECT_OFFSET(casegw_poll_response_view, cursor, 24);
EXPECT_OFFSET(casegw_poll_response_view, media_type, 40);
EXPECT_OFFSET(casegw_poll_response_view, charset, 56);
EXPECT_OFFSET(casegw_poll_response_view, headers, 72);
EXPECT_OFFSET(casegw_poll_response_view, header_count, 80);
EXPECT_OFFSET(casegw_poll_response_view, body, 88);
EXPECT_SIZE(casegw_poll_response_view, 104);

EXPECT_OFFSET(casegw_poll_sink, ctx, 0);
EXPECT_OFFSET(casegw_poll_sink, add_item, 8);
EXPECT_OFFSET(casegw_poll_sink, set_cursor, 16);
EXPECT_OFFSET(casegw_poll_sink, set_more, 24);
EXPECT_SIZE(casegw_poll_sink, 32);

EXPECT_OFFSET(casegw_config_field, name, 0);
EXPECT_OFFSET(casegw_config_field, type, 8);
EXPECT_OFFSET(casegw_config_field, flags, 12);
EXPECT_OFFSET(casegw_config_field, default_value, 16);
EXPECT_OFFSET(casegw_config_field, min, 24);
EXPECT_OFFSET(casegw_config_field, max, 32);
EXPECT_OFFSET(casegw_config_field, description, 40);
EXPECT_SIZE(casegw_config_field, 48);

/* The frozen header (first 16 bytes) is identical in every major. */
EXPECT_OFFSET(casegw_plugin, magic, 0);
EXPECT_OFFSET(casegw_plugin, abi_major, 4);
EXPECT_OFFSET(casegw_plugin, abi_minor, 6);
EXPECT_OFFSET(casegw_plugin, struct_size, 8);
EXPECT_OFFSET(casegw_plugin, field_size, 12);
/* v1.0 */
EXPECT_OFFSET(casegw_plugin, name, 16);
EXPECT_OFFSET(casegw_plugin, version, 24);
EXPECT_OFFSET(casegw_plugin, description, 32);
EXPECT_OFFSET(casegw_plugin, media_types, 40);
EXPECT_OFFSET(casegw_plugin, media_type_count, 48);
EXPECT_OFFSET(casegw_plugin, charsets, 56);
EXPECT_OFFSET(casegw_plugin, charset_count, 64);
EXPECT_OFFSET(casegw_plugin, fields, 72);
EXPECT_OFFSET(casegw_plugin, field_count, 80);
EXPECT_OFFSET(casegw_plugin, create, 88);
EXPECT_OFFSET(casegw_plugin, destroy, 96);
EXPECT_OFFSET(casegw_plugin, decode, 104);
EXPECT_OFFSET(casegw_plugin, encode_event, 112);
/* v1.1 */
EXPECT_OFFSET(casegw_plugin, build_poll, 120);
EXPECT_OFFSET(casegw_plugin, read_poll, 128);
EXPECT_SIZE(casegw_plugin, 136);

#define CASEGW_LAYOUT_CHECKED 1
#else
#define CASEGW_LAYOUT_CHECKED 0 /* other targets: only the values above are checked */
#endif

#endif /* CASEGW_TESTS_EXPECTED_LAYOUT_H */
