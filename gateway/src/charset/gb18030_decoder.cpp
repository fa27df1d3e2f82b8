#include "charset/gb18030_decoder.hpp"

#include <cerrno>
#include <cstddef>
#include <string>

#include "charset/conversion_errors.hpp"
#include "charset/iconv_converter.hpp"

namespace casegw::charset {
namespace {

constexpr unsigned char cp936_euro_byte = 0x80;
constexpr std::string_view euro_sign_utf8 = "\xE2\x82\xAC";
const std::size_t iconv_failed = static_cast<std::size_t>(-1);

// GB18030 spends at least 2 bytes on every character that takes 3 in UTF-8, and 4 on every
// character that takes 4, so UTF-8 is at most 1.5 times as long: one allocation in the usual case.
// Only gbk's one-byte euro (3 UTF-8 bytes) can outgrow it, and then the buffer grows.
std::size_t utf8_size_bound(std::size_t gb18030_size) { return gb18030_size + gb18030_size / 2 + 4; }

// The conversion in progress: positions in the input and in the growing output.
class conversion {
 public:
  explicit conversion(std::string_view input) : input_(input), output_(utf8_size_bound(input.size()), '\0') {}

  // Converts as far as glibc can; returns 0 when all input is consumed, else the errno that stopped it.
  int run(iconv_t converter) {
    char* in = const_cast<char*>(input_.data() + consumed_);  // iconv's signature; it does not write
    std::size_t in_left = input_.size() - consumed_;
    char* out = output_.data() + produced_;
    std::size_t out_left = output_.size() - produced_;
    const std::size_t result = iconv(converter, &in, &in_left, &out, &out_left);
    const int error = result == iconv_failed ? errno : 0;
    consumed_ = static_cast<std::size_t>(in - input_.data());
    produced_ = static_cast<std::size_t>(out - output_.data());
    return error;
  }

  void grow_output() { output_.resize(output_.size() * 2); }

  bool next_byte_is(unsigned char byte) const {
    return consumed_ < input_.size() && static_cast<unsigned char>(input_[consumed_]) == byte;
  }

  void substitute_next_byte(std::string_view utf8) {
    if (output_.size() - produced_ < utf8.size()) grow_output();
    output_.replace(produced_, utf8.size(), utf8);
    produced_ += utf8.size();
    ++consumed_;
  }

  std::size_t consumed() const { return consumed_; }

  std::string take_text() {
    output_.resize(produced_);
    return std::move(output_);
  }

 private:
  std::string_view input_;
  std::string output_;
  std::size_t consumed_ = 0;
  std::size_t produced_ = 0;
};

}  // namespace

conversion_result decode_gb18030(std::string_view bytes, charset_name declared) {
  if (bytes.empty()) return {};
  // One descriptor per call: an iconv_t must not be shared between threads, and opening one costs
  // about 0.4 us once glibc has loaded the module, against ~2 us to convert even a 512-byte body
  // (bench/charset_bench.cpp), so a pool with its lock would not pay.
  const iconv_converter converter("UTF-8", "GB18030");
  conversion progress(bytes);
  while (true) {
    const int error = progress.run(converter.get());
    if (error == 0) break;
    if (error == E2BIG) {
      progress.grow_output();
    } else if (error == EILSEQ && declared == charset_name::gbk && progress.next_byte_is(cp936_euro_byte)) {
      progress.substitute_next_byte(euro_sign_utf8);
    } else if (error == EINVAL) {
      return truncated_sequence(declared, progress.consumed());
    } else {
      return invalid_sequence(declared, progress.consumed());
    }
  }
  // GB18030 is stateless, so there is nothing to flush; no shift sequence can be pending.
  return conversion_result{progress.take_text(), std::nullopt};
}

}  // namespace casegw::charset
