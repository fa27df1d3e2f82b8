// Runs the real casegw binary as a child process for integration tests: writes its
// configuration, starts it, waits until /readyz answers, and stops it gently or with kill -9.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace casegw::integration {

struct gateway_layout {
  std::filesystem::path directory;  // holds config, data, logs
  std::uint16_t intake_port = 0;
  std::uint16_t admin_port = 0;
  std::filesystem::path certificate;  // server certificate (PEM)
  std::filesystem::path private_key;
  std::filesystem::path log_file;
  std::string admin_token;
};

class gateway_process {
 public:
  // config_yaml is written to <directory>/gateway.yaml as is.
  gateway_process(gateway_layout layout, std::string config_yaml);
  ~gateway_process();  // terminates the child if still running
  gateway_process(const gateway_process&) = delete;
  gateway_process& operator=(const gateway_process&) = delete;

  // Starts the binary and waits until /readyz says ready; false (with the log tail in
  // `failure`) if it exits or is not ready in time.
  bool start(std::chrono::seconds ready_within = std::chrono::seconds(20));
  void kill_hard();          // SIGKILL, no goodbye: what a crash looks like
  int terminate();           // SIGTERM and wait; returns the exit status
  void send_signal(int signal) const;  // e.g. SIGHUP: reload
  bool running() const noexcept { return pid_ > 0; }

  const gateway_layout& layout() const noexcept { return layout_; }
  std::string intake_url(const std::string& path) const;
  std::string admin_url(const std::string& path) const;
  std::string log_text() const;  // everything the gateway logged so far
  const std::string& failure() const noexcept { return failure_; }

 private:
  bool wait_ready(std::chrono::seconds within);

  gateway_layout layout_;
  std::filesystem::path config_file_;
  pid_t pid_ = -1;
  std::string failure_;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
std::uint16_t free_loopback_port();

// Runs `casegw <args>` to completion; returns exit code and combined output.
struct command_result {
  int exit_code = -1;
  std::string output;
};
command_result run_casegw(const std::string& args);

}  // namespace casegw::integration
