/*
 * casegw plugin ABI: the only contract between the gateway and a channel adapter.
 *
 * Rules (docs/plugin-abi.md has the long form):
 *  - Pure C, fixed-width fields, no enums or bools as field types, no exceptions, no STL.
 *  - One exported symbol, CASEGW_PLUGIN_ENTRY_SYMBOL, whose name carries the ABI major.
 *  - Structs are append-only within a major; each carries its own size (struct_size) so that
 *    an older plugin keeps loading on a newer gateway. A plugin built against a newer minor
 *    than the gateway is refused.
 *  - Ownership is written into the names: *_view are borrowed for the duration of one call;
 *    the plugin frees what it creates (create/destroy); output goes through host-owned sinks
 *    and error text into caller-owned buffers, so no allocation ever crosses the boundary.
 */
#ifndef CASEGW_PLUGIN_ABI_H
#define CASEGW_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#define CASEGW_ABI_MAGIC 0x50574743u /* "CGWP" read as little-endian bytes */
#define CASEGW_ABI_MAJOR 1
#define CASEGW_ABI_MINOR 1
#define CASEGW_PLUGIN_ENTRY_SYMBOL "casegw_plugin_entry_v1"

#if defined(_WIN32)
#define CASEGW_EXPORT __declspec(dllexport)
#define CASEGW_CALL __cdecl
#else
#define CASEGW_EXPORT __attribute__((visibility("default")))
#define CASEGW_CALL
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* A borrowed run of bytes; not NUL-terminated. */
typedef struct casegw_str_view {
  const char* data;
  size_t size;
} casegw_str_view;

typedef struct casegw_header_view {
  casegw_str_view name;
  casegw_str_view value;
} casegw_header_view;

typedef uint32_t casegw_status;
enum {
  CASEGW_OK = 0,             /* done */
  CASEGW_REJECTED = 1,       /* the input is invalid: the upstream gets 400 with the plugin's code */
  CASEGW_FAILED = 2,         /* the plugin itself failed: the upstream gets 500 ADAPTER_FAILED */
  CASEGW_INVALID_CONFIG = 3, /* create(): the channel's settings are semantically wrong */
  CASEGW_UNSUPPORTED = 4     /* an optional operation the plugin does not implement */
};

typedef uint32_t casegw_log_level; /* spdlog order: 0 trace, 1 debug, 2 info, 3 warn, 4 error, 5 critical */

/*
 * Caller-owned error buffers. The plugin writes NUL-terminated, truncated text:
 *   code    UPPER_SNAKE machine-readable code, e.g. MISSING_FIELD
 *   field   dotted path of the offending wire field ("" when none)
 *   message one human sentence; never reporter data or complaint text
 */
typedef struct casegw_error_buf {
  char* code;
  size_t code_capacity;
  char* field;
  size_t field_capacity;
  char* message;
  size_t message_capacity;
} casegw_error_buf;

/* A host-owned byte sink: the plugin appends, the host keeps. */
typedef struct casegw_output {
  void* ctx;
  void(CASEGW_CALL* append)(void* ctx, const char* data, size_t size);
} casegw_output;

/* One inbound request, as authenticated and size-checked by the gateway. Borrowed for decode(). */
typedef struct casegw_request_view {
  uint32_t struct_size; /* sizeof as compiled into the gateway */
  uint32_t reserved;
  casegw_str_view channel_id;   /* the configured channel, e.g. "city_portal" */
  casegw_str_view request_id;   /* gateway-assigned, for log correlation */
  casegw_str_view received_at;  /* RFC 3339 with offset, gateway clock */
  casegw_str_view media_type;   /* lowercased, without parameters, e.g. "application/json" */
  casegw_str_view charset;      /* lowercased charset parameter, "" when none was declared */
  const casegw_header_view* headers;
  size_t header_count;
  casegw_str_view body;         /* always valid UTF-8: the gateway converts a declared GBK/GB18030
                                   body before decode() and refuses invalid bytes itself; charset
                                   above still says what the sender declared */
} casegw_request_view;

/* One workflow event to carry back to the channel (see docs/plugin-abi.md, casegw.event/v1). */
typedef struct casegw_event_view {
  uint32_t struct_size;
  uint32_t reserved;
  casegw_str_view event_json; /* UTF-8 JSON object, schema casegw.event/v1 */
} casegw_event_view;

/* Where encode_event() writes the channel's outbound request. Host-owned. */
typedef struct casegw_outbound_sink {
  void* ctx;
  void(CASEGW_CALL* set_request_line)(void* ctx, casegw_str_view method, casegw_str_view path);
  void(CASEGW_CALL* add_header)(void* ctx, casegw_str_view name, casegw_str_view value);
  void(CASEGW_CALL* append_body)(void* ctx, const char* data, size_t size);
} casegw_outbound_sink;

/* v1.1, pulled channels: the gateway asks the plugin to describe one poll of the platform's
   API, sends it itself, and hands the answer back to be split into items. */
typedef struct casegw_poll_view {
  uint32_t struct_size;
  uint32_t reserved;
  casegw_str_view channel_id;
  casegw_str_view cursor; /* "" on the very first poll, else the cursor the last answer set */
  casegw_str_view now;    /* RFC 3339 with offset, gateway clock */
} casegw_poll_view;

typedef struct casegw_poll_response_view {
  uint32_t struct_size;
  uint32_t status; /* HTTP status of the platform's answer */
  casegw_str_view channel_id;
  casegw_str_view cursor;     /* the cursor the poll was built from */
  casegw_str_view media_type; /* lowercased, without parameters */
  casegw_str_view charset;    /* as declared; the body is already converted to UTF-8 */
  const casegw_header_view* headers;
  size_t header_count;
  casegw_str_view body;
} casegw_poll_response_view;

/* Where read_poll() puts what it found. Host-owned. */
typedef struct casegw_poll_sink {
  void* ctx;
  /* One item, decoded later by decode() exactly like a pushed request with this media type. */
  void(CASEGW_CALL* add_item)(void* ctx, casegw_str_view media_type, casegw_str_view body);
  /* The cursor to poll from next; saved durably once every item is stored. Unset = unchanged. */
  void(CASEGW_CALL* set_cursor)(void* ctx, casegw_str_view cursor);
  /* 1: the platform holds more items now, poll again without waiting for the interval. */
  void(CASEGW_CALL* set_more)(void* ctx, uint32_t more);
} casegw_poll_sink;

typedef struct casegw_host_ctx casegw_host_ctx; /* opaque, gateway-owned, one per instance */
typedef struct casegw_instance casegw_instance; /* opaque, plugin-owned until destroy() */

/*
 * What the gateway offers a plugin. Thread-safe. Check struct_size before using a field
 * added after the minor you were built against.
 */
typedef struct casegw_host_api {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  void(CASEGW_CALL* log)(casegw_host_ctx* ctx, casegw_log_level level, casegw_str_view message);
  /* Validated settings with defaults applied. Return 1 when the key has a value, else 0.
     String views live as long as the instance. */
  int(CASEGW_CALL* setting_string)(casegw_host_ctx* ctx, const char* key, casegw_str_view* out);
  int(CASEGW_CALL* setting_int)(casegw_host_ctx* ctx, const char* key, int64_t* out);
  int(CASEGW_CALL* setting_bool)(casegw_host_ctx* ctx, const char* key, uint8_t* out);

  /* v1.1 */
  /* Is code an administrative division code (6-digit county, 9-digit town/street, 12-digit
     village/community) as far as the gateway's division data reaches? 1 yes, 0 no. Codes
     below a county whose towns the data does not list are judged by their county. */
  int(CASEGW_CALL* division_known)(casegw_host_ctx* ctx, casegw_str_view code);

  /* v1.2+: append only, below this line */
} casegw_host_api;

typedef uint32_t casegw_field_type;
enum {
  CASEGW_FIELD_STRING = 1,
  CASEGW_FIELD_INT = 2,
  CASEGW_FIELD_BOOL = 3,
  CASEGW_FIELD_DURATION_MS = 4, /* "250ms", "30s", "5m", "1h": read back as milliseconds */
  CASEGW_FIELD_SIZE = 5         /* "512", "64KiB", "2MiB": read back as bytes */
};
enum {
  CASEGW_FIELD_REQUIRED = 0x1,
  CASEGW_FIELD_SECRET = 0x2 /* never logged or printed */
};

/* One setting a plugin accepts. Arrays of these are walked with stride casegw_plugin.field_size. */
typedef struct casegw_config_field {
  const char* name; /* [a-z][a-z0-9_]* */
  casegw_field_type type;
  uint32_t flags;
  const char* default_value; /* parsed exactly like user input; NULL = no default */
  int64_t min;               /* numeric bounds (INT, DURATION_MS, SIZE); ignored when min > max */
  int64_t max;
  const char* description;
} casegw_config_field;

typedef struct casegw_plugin {
  /* Frozen header: identical in every major. */
  uint32_t magic;
  uint16_t abi_major;
  uint16_t abi_minor;
  uint32_t struct_size; /* sizeof(casegw_plugin) as compiled into the plugin */
  uint32_t field_size;  /* sizeof(casegw_config_field) as compiled into the plugin */

  /* v1.0 */
  const char* name;        /* [a-z][a-z0-9_]*, unique among loaded plugins */
  const char* version;     /* the plugin's own version, e.g. "1.2.0" */
  const char* description;
  const char* const* media_types; /* media types decode() accepts, lowercased */
  size_t media_type_count;
  const char* const* charsets;    /* charsets decode() accepts, lowercased; "utf-8" at least */
  size_t charset_count;
  const casegw_config_field* fields;
  size_t field_count;

  /* Settings are validated against fields[] before create() runs. On failure write err. */
  casegw_status(CASEGW_CALL* create)(const casegw_host_api* host, casegw_host_ctx* ctx,
                                     casegw_instance** out, casegw_error_buf err);
  void(CASEGW_CALL* destroy)(casegw_instance* self);

  /* Decode one request into the adapter part of a unified case (a JSON object, see
     docs/unified-case.md) written to case_json. Called concurrently from several threads. */
  casegw_status(CASEGW_CALL* decode)(casegw_instance* self, const casegw_request_view* request,
                                     casegw_output case_json, casegw_error_buf err);

  /* Optional (NULL or CASEGW_UNSUPPORTED): encode a workflow event as the channel's request. */
  casegw_status(CASEGW_CALL* encode_event)(casegw_instance* self, const casegw_event_view* event,
                                           casegw_outbound_sink out, casegw_error_buf err);

  /* v1.1 */
  /* Optional, both or neither: the channel is pulled. build_poll describes the request (a path
     relative to the channel's configured base URL); read_poll splits the answer into items.
     A non-2xx answer is given to read_poll too, which may explain it with CASEGW_REJECTED. */
  casegw_status(CASEGW_CALL* build_poll)(casegw_instance* self, const casegw_poll_view* poll,
                                         casegw_outbound_sink out, casegw_error_buf err);
  casegw_status(CASEGW_CALL* read_poll)(casegw_instance* self, const casegw_poll_response_view* response,
                                        casegw_poll_sink out, casegw_error_buf err);

  /* v1.2+: append only, below this line */
} casegw_plugin;

/* The exported entry: returns static data only, no side effects (it runs before any check). */
typedef const casegw_plugin*(CASEGW_CALL* casegw_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* CASEGW_PLUGIN_ABI_H */
