// Destinations for forwarder tests: one that answers from a script at once, one that holds
// every attempt until the test releases it.
#pragma once

#include "delivery/destination.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace casegw::testing {

using delivery::attempt_result;

inline attempt_result delivered(std::string detail = "HTTP 200") {
  return {attempt_result::verdict::delivered, std::move(detail), {}};
}
inline attempt_result retry(std::string detail = "HTTP 503") {
  return {attempt_result::verdict::retry, std::move(detail), {}};
}
inline attempt_result reject(std::string detail = "HTTP 400") {
  return {attempt_result::verdict::reject, std::move(detail), {}};
}

// Answers the n-th attempt of each case with script[n] (the last entry repeats), synchronously.
class scripted_destination final : public delivery::destination {
 public:
  scripted_destination(std::string id, std::vector<attempt_result> script)
      : id_(std::move(id)), script_(std::move(script)) {}

  const std::string& id() const noexcept override { return id_; }

  void deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) override {
    attempt_result answer;
    {
      std::lock_guard lock(mutex_);
      auto& calls = calls_[item.case_id];
      calls.push_back(item.attempts);
      answer = script_[std::min(calls.size() - 1, script_.size() - 1)];
    }
    done(answer);
  }

  // The `attempts` value each call carried, per case.
  std::map<std::string, std::vector<int>> calls() const {
    std::lock_guard lock(mutex_);
    return calls_;
  }

 private:
  std::string id_;
  std::vector<attempt_result> script_;
  mutable std::mutex mutex_;
  std::map<std::string, std::vector<int>> calls_;
};

// Keeps every attempt in flight until release_one() answers the oldest.
class held_destination final : public delivery::destination {
 public:
  explicit held_destination(std::string id) : id_(std::move(id)) {}

  const std::string& id() const noexcept override { return id_; }

  void deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) override {
    std::lock_guard lock(mutex_);
    held_.push_back({item.case_id, std::move(done)});
    most_held_ = std::max(most_held_, held_.size());
  }

  std::size_t held() const {
    std::lock_guard lock(mutex_);
    return held_.size();
  }
  std::size_t most_held() const {
    std::lock_guard lock(mutex_);
    return most_held_;
  }
  // Answers the oldest held attempt; false when none is held.
  bool release_one(attempt_result answer) {
    std::function<void(attempt_result)> done;
    {
      std::lock_guard lock(mutex_);
      if (held_.empty()) return false;
      done = std::move(held_.front().done);
      held_.pop_front();
    }
    done(std::move(answer));
    return true;
  }

 private:
  struct held_attempt {
    std::string case_id;
    std::function<void(attempt_result)> done;
  };
  std::string id_;
  mutable std::mutex mutex_;
  std::deque<held_attempt> held_;
  std::size_t most_held_ = 0;
};

}  // namespace casegw::testing
