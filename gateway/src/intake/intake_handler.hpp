// POST /v1/channels/{channel}/cases: the inbound half of the pipeline.
//   header: route -> channel -> method -> media type/charset -> store admission -> body limit
//   body:   encoding -> adapter decode -> unified-case validation -> rules (deadlines,
//           evaluation, scope, route) -> assembly -> durable store
// and the answer: 202 accepted / 200 duplicate only once the case is fsync'd, or a specific
// error code. Each stage is a short function; none reaches back into an earlier one.
#pragma once

#include "intake/intake_metrics.hpp"
#include "intake/pipeline.hpp"
#include "intake/rules_metrics.hpp"
#include "net/http_types.hpp"
#include "store/case_store.hpp"

#include <atomic>
#include <chrono>
#include <memory>

namespace casegw::intake {

struct intake_options {
  std::chrono::seconds retry_after{5};  // sent with 503 when the store refuses
  rules_metrics* rules = nullptr;       // counts what the rules decided for stored cases (optional)
};

class intake_handler final : public net::request_handler {
 public:
  // Each request takes the current pipeline at its start and keeps it to the end, so a reload
  // (pipeline_holder::replace) never changes the rules under a request in flight.
  intake_handler(const pipeline_holder& pipelines, store::case_store& store, intake_metrics& metrics,
                 intake_options options);

  net::header_verdict on_header(const net::http_request_head& head) override;
  void on_request(net::http_request request, net::responder respond) override;

 private:
  const pipeline_holder& pipelines_;
  store::case_store& store_;
  intake_metrics& metrics_;
  intake_options options_;
};

}  // namespace casegw::intake
