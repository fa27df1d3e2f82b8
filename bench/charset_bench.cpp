// Strict charset conversion throughput, and whether an iconv descriptor pool would pay: compares
// to_utf8 (one iconv_open per call) with converting on one reused descriptor, the best a pool
// could do. Run by hand: ./charset_bench [seconds-per-case]
#include "charset/to_utf8.hpp"

#include <iconv.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using namespace casegw;
using steady = std::chrono::steady_clock;

// 重庆市渝中区解放碑 + "12345 " + 😀 in GB18030, and the same in UTF-8.
const std::string gb18030_unit =
    "\xd6\xd8\xc7\xec\xca\xd0\xd3\xe5\xd6\xd0\xc7\xf8\xbd\xe2\xb7\xc5\xb1\xae" "12345 " "\x94\x39\xfc\x36";
const std::string utf8_unit = "重庆市渝中区解放碑12345 \xF0\x9F\x98\x80";

std::string repeated(const std::string& unit, std::size_t at_least) {
  std::string out;
  while (out.size() < at_least) out += unit;
  return out;
}

template <typename Work>
void measure(const char* name, std::size_t bytes_per_call, double seconds, Work work) {
  std::size_t calls = 0;
  const auto start = steady::now();
  const auto stop = start + std::chrono::duration<double>(seconds);
  while (steady::now() < stop) {
    for (int i = 0; i < 16; ++i) work();
    calls += 16;
  }
  const double elapsed = std::chrono::duration<double>(steady::now() - start).count();
  std::printf("%-44s %10.2f us/call %9.1f MB/s\n", name, elapsed / calls * 1e6,
              static_cast<double>(bytes_per_call) * calls / elapsed / 1e6);
}

// What a pooled descriptor would cost per call: reset and convert, no iconv_open.
std::size_t convert_on_reused_descriptor(iconv_t converter, const std::string& input, std::string& output) {
  output.resize(input.size() * 2 + 4);
  char* in = const_cast<char*>(input.data());
  std::size_t in_left = input.size();
  char* out = output.data();
  std::size_t out_left = output.size();
  iconv(converter, nullptr, nullptr, nullptr, nullptr);
  iconv(converter, &in, &in_left, &out, &out_left);
  return output.size() - out_left;
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  volatile std::size_t sink = 0;

  measure("iconv_open + iconv_close (GB18030)", 0, seconds, [&] {
    iconv_t converter = iconv_open("UTF-8", "GB18030");
    iconv_close(converter);
  });

  const iconv_t reused = iconv_open("UTF-8", "GB18030");
  std::string scratch;
  for (const std::size_t size : {std::size_t{512}, std::size_t{4096}, std::size_t{1} << 20}) {
    const std::string gb18030 = repeated(gb18030_unit, size);
    const std::string utf8 = repeated(utf8_unit, size);
    const std::string label = std::to_string(gb18030.size()) + " B";
    measure(("gb18030 to_utf8, " + label).c_str(), gb18030.size(), seconds,
            [&] { sink = sink + charset::to_utf8(gb18030, charset::charset_name::gb18030).text.size(); });
    measure(("gb18030 reused descriptor (pool bound), " + label).c_str(), gb18030.size(), seconds,
            [&] { sink = sink + convert_on_reused_descriptor(reused, gb18030, scratch); });
    measure(("utf-8 validate + copy, " + std::to_string(utf8.size()) + " B").c_str(), utf8.size(), seconds,
            [&] { sink = sink + charset::to_utf8(utf8, charset::charset_name::utf8).text.size(); });
  }
  iconv_close(reused);

  const std::string broken = repeated(utf8_unit, std::size_t{1} << 20) + "\xFF";
  measure("utf-8 refused, error at the end of 1 MiB", broken.size(), seconds,
          [&] { sink = sink + charset::to_utf8(broken, charset::charset_name::utf8).error->byte_offset; });
  return 0;
}
