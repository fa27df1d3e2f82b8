// The part of the configuration that a reload replaces as one piece: the channels (with their
// adapters and authenticators) and the rules every case goes through. Intake, the pollers and
// the admin API take the current pipeline at the start of a piece of work and hold it until
// the end, so a request in flight finishes on the configuration it started with, and a plugin
// library stays loaded while anything from it is alive.
#pragma once

#include "intake/case_rules.hpp"
#include "intake/channel_registry.hpp"
#include "divisions/division_directory.hpp"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace casegw::intake {

struct pipeline {
  std::shared_ptr<const channel_registry> channels;
  std::shared_ptr<const case_rules> rules;
  std::uint64_t generation = 1;  // 1 at start, +1 per applied reload
  std::string loaded_at;         // RFC 3339
  // The official division codes the rules were checked against; names places for operators.
  std::shared_ptr<const divisions::division_directory> divisions;
};

// The current pipeline, swapped atomically by a reload. Cheap to read from any thread.
class pipeline_holder {
 public:
  explicit pipeline_holder(std::shared_ptr<const pipeline> first) : current_(std::move(first)) {}

  std::shared_ptr<const pipeline> current() const {
    std::lock_guard lock(mutex_);
    return current_;
  }

  void replace(std::shared_ptr<const pipeline> next) {
    std::lock_guard lock(mutex_);
    current_.swap(next);
  }  // `next` (the old pipeline) outlives the lock: if it was the last reference, its adapters
     // are destroyed after readers can already see the new one.

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const pipeline> current_;
};

}  // namespace casegw::intake
