// Internal to net/ (includes Asio): the threads that run a server's or client's io_context.
// A stray exception is logged and the thread goes on. join() called from one of these
// threads (a handler stopping its own server) does not wait: the threads are detached and
// end by themselves once the io_context runs out of work.
#pragma once

#include <boost/asio/io_context.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace casegw::net {

class io_threads {
 public:
  io_threads() = default;
  ~io_threads() { join(); }
  io_threads(const io_threads&) = delete;
  io_threads& operator=(const io_threads&) = delete;

  // `owner` keeps `io` alive for as long as any of the threads runs it.
  void start(boost::asio::io_context& io, std::shared_ptr<const void> owner, unsigned count, std::string name);
  void join();

 private:
  std::vector<std::thread> threads_;
};

}  // namespace casegw::net
