// The embedded destination: each case becomes <directory>/<case_id>.json, written atomically
// and durably, so the gateway is useful with no receiver at all (another process can pick the
// files up). Delivering the same case again rewrites the same file: idempotent.
#pragma once

#include "delivery/destination.hpp"

#include <filesystem>
#include <string>

namespace casegw::delivery {

struct local_file_options {
  std::string id = "local_file";
  std::filesystem::path directory;  // created (with parents) when missing
};

class local_file_destination final : public destination {
 public:
  explicit local_file_destination(local_file_options options);

  const std::string& id() const noexcept override { return options_.id; }
  // Synchronous: done is called before deliver returns. I/O errors are retried; a case id that
  // cannot be a file name is rejected.
  void deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) override;

 private:
  attempt_result write_case(const store::outbox_item& item);

  local_file_options options_;
};

}  // namespace casegw::delivery
