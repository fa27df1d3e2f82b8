#include "gateway_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#ifndef CASEGW_BINARY
#error "CASEGW_BINARY must name the casegw executable"
#endif

namespace casegw::integration {
namespace {

// A bare HTTP/1.0 GET over a plain socket: the admin listener is plain HTTP, and the
// readiness probe must not depend on the code under test beyond the gateway itself.
int http_status(std::uint16_t port, const std::string& path) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval tv{2, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  int status = -1;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    const std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size())) {
      std::array<char, 64> buf{};
      const ssize_t n = ::recv(fd, buf.data(), buf.size() - 1, 0);
      if (n > 12 && std::string_view(buf.data(), 5) == "HTTP/") status = std::atoi(buf.data() + 9);
    }
  }
  ::close(fd);
  return status;
}

}  // namespace

std::uint16_t free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    throw std::runtime_error("cannot find a free port on 127.0.0.1");
  const auto port = ntohs(addr.sin_port);
  ::close(fd);
  return port;
}

gateway_process::gateway_process(gateway_layout layout, std::string config_yaml) : layout_(std::move(layout)) {
  config_file_ = layout_.directory / "gateway.yaml";
  std::ofstream(config_file_) << config_yaml;
}

gateway_process::~gateway_process() {
  if (running()) terminate();
}

bool gateway_process::start(std::chrono::seconds ready_within) {
  failure_.clear();
  const std::string binary = CASEGW_BINARY;
  const std::string config = config_file_.string();
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    // The gateway logs to its own file (configured); keep its stderr for startup failures.
    const std::string stderr_file = (layout_.directory / "stderr.log").string();
    const int fd = ::open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      ::dup2(fd, STDERR_FILENO);
      ::dup2(fd, STDOUT_FILENO);
    }
    ::execl(binary.c_str(), binary.c_str(), "run", "--config", config.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return wait_ready(ready_within);
}

bool gateway_process::wait_ready(std::chrono::seconds within) {
  const auto deadline = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      failure_ = "casegw exited during startup (status " + std::to_string(status) + "):\n" + log_text();
      return false;
    }
    // Our own log must say so too: under parallel tests another gateway can hold a port ours
    // failed to bind, and its /readyz would answer for us.
    if (http_status(layout_.admin_port, "/readyz") == 200 && log_text().find("ready: intake") != std::string::npos)
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  failure_ = "casegw was not ready within the deadline:\n" + log_text();
  kill_hard();
  return false;
}

void gateway_process::kill_hard() {
  if (!running()) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

void gateway_process::send_signal(int signal) const {
  if (running()) ::kill(pid_, signal);
}

int gateway_process::terminate() {
  if (!running()) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 200; ++i) {  // 20 s, then a hard kill: a test must never hang here
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill_hard();
  return -1;
}

std::string gateway_process::intake_url(const std::string& path) const {
  return "https://127.0.0.1:" + std::to_string(layout_.intake_port) + path;
}

std::string gateway_process::admin_url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(layout_.admin_port) + path;
}

std::string gateway_process::log_text() const {
  std::stringstream out;
  for (const auto& file : {layout_.log_file, layout_.directory / "stderr.log"}) {
    std::ifstream in(file);
    out << in.rdbuf();
  }
  return out.str();
}

command_result run_casegw(const std::string& args) {
  const std::string command = std::string(CASEGW_BINARY) + " " + args + " 2>&1";
  command_result result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) result.output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace casegw::integration
