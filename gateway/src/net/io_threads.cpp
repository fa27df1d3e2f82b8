#include "net/io_threads.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace casegw::net {
namespace {

void run_until_out_of_work(boost::asio::io_context& io, const std::string& name) {
  for (;;) {
    try {
      io.run();
      return;
    } catch (const std::exception& e) {
      // Handlers catch what they expect; reaching this is a bug, but must not end the service.
      spdlog::error("{}: unexpected exception on an I/O thread: {}", name, e.what());
    }
  }
}

}  // namespace

void io_threads::start(boost::asio::io_context& io, std::shared_ptr<const void> owner, unsigned count,
                       std::string name) {
  for (unsigned i = 0; i < std::max(1U, count); ++i) {
    threads_.emplace_back([&io, owner, name] { run_until_out_of_work(io, name); });
  }
}

void io_threads::join() {
  const bool called_from_own_thread = std::any_of(threads_.begin(), threads_.end(), [](const std::thread& thread) {
    return thread.get_id() == std::this_thread::get_id();
  });
  for (auto& thread : threads_) {
    // From one of our own handlers, joining would wait forever: the handler running now is
    // work that keeps the other threads in run(). They end on their own once it returns.
    if (called_from_own_thread) {
      thread.detach();
    } else if (thread.joinable()) {
      thread.join();
    }
  }
  threads_.clear();
}

}  // namespace casegw::net
