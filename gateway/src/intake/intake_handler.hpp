// POST /v1/channels/{channel}/cases: the inbound half of the pipeline.
//   header: route -> channel -> method -> media type/charset -> store admission -> body limit
//   body:   encoding -> adapter decode -> unified-case validation -> policy (deadlines,
//           evaluation) -> assembly -> durable store
// and the answer: 202 accepted / 200 duplicate only once the case is fsync'd, or a specific
// error code. Each stage is a short function; none reaches back into an earlier one.
#pragma once

#include "intake/channel_registry.hpp"
#include "intake/intake_metrics.hpp"
#include "net/http_types.hpp"
#include "policy/case_policy.hpp"
#include "store/case_store.hpp"

#include <atomic>
#include <chrono>
#include <memory>

namespace casegw::intake {

struct intake_options {
  std::chrono::seconds retry_after{5};  // sent with 503 when the store refuses
};

class intake_handler final : public net::request_handler {
 public:
  intake_handler(std::shared_ptr<const channel_registry> channels, std::shared_ptr<const policy::case_policy> policy,
                 store::case_store& store, intake_metrics& metrics, intake_options options);

  // Requests already running keep the registry they started with.
  void replace_channels(std::shared_ptr<const channel_registry> channels);

  net::header_verdict on_header(const net::http_request_head& head) override;
  void on_request(net::http_request request, net::responder respond) override;

 private:
  std::shared_ptr<const channel_registry> channels() const;

  std::shared_ptr<const channel_registry> channels_;  // accessed with std::atomic_load/store
  std::shared_ptr<const policy::case_policy> policy_;
  store::case_store& store_;
  intake_metrics& metrics_;
  intake_options options_;
};

}  // namespace casegw::intake
