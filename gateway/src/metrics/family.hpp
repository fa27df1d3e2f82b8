#pragma once
// A metric family: one name, one help text, one type and a fixed, declared set of label names.
#include "metrics/label_value_guard.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace casegw::metrics {

enum class metric_type { counter, gauge, histogram };

std::string_view type_name(metric_type type) noexcept;

class family_base {
 public:
  // Throws std::invalid_argument on an invalid metric or label name, a repeated label name, or more
  // than max_label_names labels: a bad name is a programming error, caught at start-up.
  family_base(std::string name, std::string help, metric_type type, std::vector<std::string> label_names,
              label_value_guard guard);
  virtual ~family_base() = default;
  family_base(const family_base&) = delete;
  family_base& operator=(const family_base&) = delete;

  const std::string& name() const noexcept { return name_; }
  metric_type type() const noexcept { return type_; }
  const std::vector<std::string>& label_names() const noexcept { return label_names_; }

  // Every sample name this family exposes (the histogram adds _bucket, _sum, _count), so that the
  // registry can refuse a family that would collide with another's samples.
  virtual std::vector<std::string> exposed_sample_names() const { return {name_}; }

  // Appends # HELP, # TYPE and the samples, sorted by label values.
  void render(std::string& out) const;

 protected:
  const label_value_guard& guard() const noexcept { return guard_; }
  virtual void render_samples(std::string& out) const = 0;

 private:
  std::string name_;
  std::string help_;
  metric_type type_;
  std::vector<std::string> label_names_;
  label_value_guard guard_;
};

}  // namespace casegw::metrics
