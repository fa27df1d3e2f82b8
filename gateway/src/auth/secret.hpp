// Key material handed in by the caller (read from a file or an environment variable named
// in config, never from the config file itself). The type exists so that a secret cannot be
// streamed or formatted by accident, and so that its bytes are wiped when it goes away.
#pragma once

#include <string>
#include <string_view>

namespace casegw::auth {

class secret {
 public:
  explicit secret(std::string bytes) : bytes_(std::move(bytes)) {}
  ~secret();
  secret(secret&& other) noexcept;
  secret& operator=(secret&& other) noexcept;
  secret(const secret&) = delete;
  secret& operator=(const secret&) = delete;

  // The raw bytes, for the MAC or comparison that needs them. Never log the result.
  std::string_view reveal() const noexcept { return bytes_; }
  bool empty() const noexcept { return bytes_.empty(); }

 private:
  void wipe() noexcept;

  std::string bytes_;
};

}  // namespace casegw::auth
