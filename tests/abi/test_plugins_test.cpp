// The ABI test plugins really have the one defect each is named after, and nothing else
// wrong; otherwise a loader test could pass for the wrong reason. Loaded here with plain
// dlopen/dlsym, independent of the gateway's loader.
#include <casegw/plugin_abi.h>
#include <casegw_test_plugins.h>

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <string>

namespace {

class library {
 public:
  explicit library(const char* path) : handle_(dlopen(path, RTLD_NOW | RTLD_LOCAL)) {}
  ~library() {
    if (handle_) dlclose(handle_);
  }
  library(const library&) = delete;
  library& operator=(const library&) = delete;

  bool loaded() const { return handle_ != nullptr; }
  void* symbol(const char* name) const { return dlsym(handle_, name); }
  const casegw_plugin* descriptor() const {
    auto entry = reinterpret_cast<casegw_plugin_entry_fn>(symbol(CASEGW_PLUGIN_ENTRY_SYMBOL));
    return entry ? entry() : nullptr;
  }

 private:
  void* handle_;
};

// Just enough of a host to create instances: settings from a map, logs dropped.
struct minimal_host {
  std::map<std::string, std::string> settings;
  casegw_host_api api{sizeof(casegw_host_api), CASEGW_ABI_MAJOR, CASEGW_ABI_MINOR, &log, &string, &integer, &boolean};

  casegw_host_ctx* ctx() { return reinterpret_cast<casegw_host_ctx*>(this); }
  static minimal_host& self(casegw_host_ctx* c) { return *reinterpret_cast<minimal_host*>(c); }
  static void CASEGW_CALL log(casegw_host_ctx*, casegw_log_level, casegw_str_view) {}
  static int CASEGW_CALL string(casegw_host_ctx* c, const char* key, casegw_str_view* out) {
    const auto it = self(c).settings.find(key);
    if (it == self(c).settings.end()) return 0;
    *out = {it->second.data(), it->second.size()};
    return 1;
  }
  static int CASEGW_CALL integer(casegw_host_ctx* c, const char* key, std::int64_t* out) {
    const auto it = self(c).settings.find(key);
    if (it == self(c).settings.end()) return 0;
    *out = std::stoll(it->second);
    return 1;
  }
  static int CASEGW_CALL boolean(casegw_host_ctx*, const char*, std::uint8_t*) { return 0; }
};

struct error_text {
  char code[64]{}, field[128]{}, message[256]{};
  casegw_error_buf buf() { return {code, sizeof code, field, sizeof field, message, sizeof message}; }
};

void expect_well_formed_v1(const casegw_plugin* d) {
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->magic, CASEGW_ABI_MAGIC);
  EXPECT_EQ(d->abi_major, CASEGW_ABI_MAJOR);
  EXPECT_EQ(d->abi_minor, CASEGW_ABI_MINOR);
  EXPECT_EQ(d->struct_size, sizeof(casegw_plugin));
  EXPECT_EQ(d->field_size, sizeof(casegw_config_field));
  EXPECT_TRUE(d->name && d->create && d->destroy && d->decode);
}

TEST(AbiTestPlugins, MissingEntryLoadsButHasNoEntry) {
  library lib(CASEGW_TEST_PLUGIN_MISSING_ENTRY);
  ASSERT_TRUE(lib.loaded()) << dlerror();
  EXPECT_EQ(lib.symbol(CASEGW_PLUGIN_ENTRY_SYMBOL), nullptr);
}

TEST(AbiTestPlugins, BadMagicDiffersOnlyInItsMagic) {
  library lib(CASEGW_TEST_PLUGIN_BAD_MAGIC);
  const casegw_plugin* d = lib.descriptor();
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->magic, CASEGW_ABI_MAGIC);
  casegw_plugin fixed = *d;
  fixed.magic = CASEGW_ABI_MAGIC;
  expect_well_formed_v1(&fixed);
}

TEST(AbiTestPlugins, NewerMinorIsOneMinorAhead) {
  library lib(CASEGW_TEST_PLUGIN_NEWER_MINOR);
  const casegw_plugin* d = lib.descriptor();
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->abi_minor, CASEGW_ABI_MINOR + 1);
  casegw_plugin fixed = *d;
  fixed.abi_minor = CASEGW_ABI_MINOR;
  expect_well_formed_v1(&fixed);
}

TEST(AbiTestPlugins, OldMajorOnlyExportsTheV2EntryOnly) {
  library lib(CASEGW_TEST_PLUGIN_OLD_MAJOR_ONLY);
  ASSERT_TRUE(lib.loaded()) << dlerror();
  EXPECT_EQ(lib.symbol("casegw_plugin_entry_v1"), nullptr);
  using header_entry = const std::uint32_t* (*)();
  auto entry = reinterpret_cast<header_entry>(lib.symbol("casegw_plugin_entry_v2"));
  ASSERT_NE(entry, nullptr);
  const std::uint32_t* header = entry();
  EXPECT_EQ(header[0], CASEGW_ABI_MAGIC);
  std::uint16_t major = 0;
  std::memcpy(&major, reinterpret_cast<const char*>(header) + offsetof(casegw_plugin, abi_major), sizeof major);
  EXPECT_EQ(major, 2);
}

TEST(AbiTestPlugins, TruncatedDescriptorEndsBeforeDecode) {
  library lib(CASEGW_TEST_PLUGIN_TRUNCATED_DESCRIPTOR);
  const casegw_plugin* d = lib.descriptor();
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->magic, CASEGW_ABI_MAGIC);
  EXPECT_EQ(d->struct_size, offsetof(casegw_plugin, decode));
}

TEST(AbiTestPlugins, NullCallbacksLacksOnlyDecode) {
  library lib(CASEGW_TEST_PLUGIN_NULL_CALLBACKS);
  const casegw_plugin* d = lib.descriptor();
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->decode, nullptr);
  EXPECT_TRUE(d->create && d->destroy);
  EXPECT_EQ(d->struct_size, sizeof(casegw_plugin));
}

TEST(AbiTestPlugins, ThrowsInCreateFailsWithItsMessage) {
  library lib(CASEGW_TEST_PLUGIN_THROWS_IN_CREATE);
  const casegw_plugin* d = lib.descriptor();
  expect_well_formed_v1(d);
  minimal_host host;
  error_text err;
  casegw_instance* instance = nullptr;
  EXPECT_EQ(d->create(&host.api, host.ctx(), &instance, err.buf()), CASEGW_FAILED);
  EXPECT_STREQ(err.code, "ADAPTER_FAILED");
  EXPECT_STREQ(err.message, "boom in create");
}

TEST(AbiTestPlugins, InvalidConfigRefusesWithInvalidConfig) {
  library lib(CASEGW_TEST_PLUGIN_INVALID_CONFIG);
  const casegw_plugin* d = lib.descriptor();
  expect_well_formed_v1(d);
  minimal_host host;
  error_text err;
  casegw_instance* instance = nullptr;
  EXPECT_EQ(d->create(&host.api, host.ctx(), &instance, err.buf()), CASEGW_INVALID_CONFIG);
  EXPECT_STREQ(err.code, "INVALID_CONFIG");
  EXPECT_STREQ(err.message, "mode: invalid_config accepts no configuration");
}

std::string decode_with(const casegw_plugin* d, casegw_instance* instance, const std::string& body, casegw_status& status,
                        error_text& err) {
  casegw_request_view request{};
  request.struct_size = sizeof request;
  request.request_id = {"req-1", 5};
  request.received_at = {"2026-11-20T10:00:00+08:00", 25};
  request.body = {body.data(), body.size()};
  std::string out;
  casegw_output sink{&out, [](void* ctx, const char* data, std::size_t size) { static_cast<std::string*>(ctx)->append(data, size); }};
  status = d->decode(instance, &request, sink, err.buf());
  return out;
}

TEST(AbiTestPlugins, ThrowsInDecodeCreatesThenFailsEachDecode) {
  library lib(CASEGW_TEST_PLUGIN_THROWS_IN_DECODE);
  const casegw_plugin* d = lib.descriptor();
  expect_well_formed_v1(d);
  minimal_host host;
  error_text err;
  casegw_instance* instance = nullptr;
  ASSERT_EQ(d->create(&host.api, host.ctx(), &instance, err.buf()), CASEGW_OK);
  casegw_status status{};
  EXPECT_TRUE(decode_with(d, instance, "{}", status, err).empty());
  EXPECT_EQ(status, CASEGW_FAILED);
  EXPECT_STREQ(err.code, "ADAPTER_FAILED");
  EXPECT_STREQ(err.message, "boom in decode");
  d->destroy(instance);
}

TEST(AbiTestPlugins, EchoDeclaresARequiredStringASizeWithDefaultAndAnOptionalString) {
  library lib(CASEGW_TEST_PLUGIN_ECHO);
  const casegw_plugin* d = lib.descriptor();
  expect_well_formed_v1(d);
  EXPECT_STREQ(d->name, "echo");
  ASSERT_EQ(d->field_count, 3u);
  EXPECT_STREQ(d->fields[0].name, "case_prefix");
  EXPECT_EQ(d->fields[0].type, CASEGW_FIELD_STRING);
  EXPECT_EQ(d->fields[0].flags, static_cast<std::uint32_t>(CASEGW_FIELD_REQUIRED));
  EXPECT_EQ(d->fields[0].default_value, nullptr);
  EXPECT_STREQ(d->fields[1].name, "max_body_bytes");
  EXPECT_EQ(d->fields[1].type, CASEGW_FIELD_SIZE);
  EXPECT_STREQ(d->fields[1].default_value, "64KiB");
  EXPECT_STREQ(d->fields[2].name, "submitted_at");
  EXPECT_EQ(d->fields[2].flags, 0u);
  EXPECT_NE(d->encode_event, nullptr);
}

TEST(AbiTestPlugins, EchoDecodesWithinItsSizeLimit) {
  library lib(CASEGW_TEST_PLUGIN_ECHO);
  const casegw_plugin* d = lib.descriptor();
  minimal_host host{{{"case_prefix", "T"}, {"max_body_bytes", "8"}}};
  error_text err;
  casegw_instance* instance = nullptr;
  ASSERT_EQ(d->create(&host.api, host.ctx(), &instance, err.buf()), CASEGW_OK) << err.message;
  casegw_status status{};
  const std::string json = decode_with(d, instance, "hello", status, err);
  EXPECT_EQ(status, CASEGW_OK) << err.message;
  EXPECT_NE(json.find(R"("case_ref":"T-req-1")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("content":"hello")"), std::string::npos) << json;
  decode_with(d, instance, "123456789", status, err);
  EXPECT_EQ(status, CASEGW_REJECTED);
  EXPECT_STREQ(err.code, "BODY_TOO_LARGE");
  EXPECT_STREQ(err.message, "the body is larger than max_body_bytes (8 bytes)");
  d->destroy(instance);
}

TEST(AbiTestPlugins, DuplicateNameIsAnotherEcho) {
  library echo(CASEGW_TEST_PLUGIN_ECHO);
  library duplicate(CASEGW_TEST_PLUGIN_DUPLICATE_NAME);
  const casegw_plugin* d = duplicate.descriptor();
  expect_well_formed_v1(d);
  EXPECT_STREQ(d->name, "echo");
  EXPECT_STREQ(d->version, "1.0.0-duplicate");
  EXPECT_STREQ(echo.descriptor()->version, "1.0.0");
}

}  // namespace
