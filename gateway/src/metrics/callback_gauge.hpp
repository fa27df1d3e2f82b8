#pragma once
// Gauges whose values live elsewhere (outbox backlog and oldest-item age per destination, read
// from the store): a sampler is called at scrape time, so nothing has to keep a copy up to date.
#include "metrics/family.hpp"

#include <functional>
#include <string>
#include <vector>

namespace casegw::metrics {

struct gauge_sample {
  std::vector<std::string> label_values;  // in the order of the declared label names
  double value = 0.0;
};

class callback_gauge_family final : public family_base {
 public:
  // Called on every render(), possibly from several scraping threads at once: it must be
  // thread-safe and quick (a store query with an index, not a table scan).
  using sampler = std::function<std::vector<gauge_sample>()>;

  callback_gauge_family(std::string name, std::string help, std::vector<std::string> label_names,
                        sampler sample, label_value_guard guard = {});

 protected:
  // Label values pass through the same guard as every other family. A sampler that throws, or
  // returns a tuple of the wrong size, contributes no samples (the # HELP/# TYPE stay), so one
  // broken source never breaks the whole scrape. Two samples whose tuples are equal after
  // sanitising keep the first, since Prometheus rejects a scrape with duplicate series.
  void render_samples(std::string& out) const override;

 private:
  sampler sample_;
};

}  // namespace casegw::metrics
