// Writer tasks for the state of pulled channels: the cursor the next poll starts from, and the
// items an adapter refused. Both answer through a callback once committed and synced.
#pragma once

#include "store/case_store.hpp"
#include "store/write_task.hpp"

#include <string>

namespace casegw::store {

class save_cursor_task final : public write_task {
 public:
  save_cursor_task(std::string channel_id, std::string cursor, write_callback done);

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override { done_(true); }
  void failed(const std::string&) override { done_(false); }

 private:
  std::string channel_id_;
  std::string cursor_;
  write_callback done_;
};

class rejected_item_task final : public write_task {
 public:
  rejected_item_task(rejected_item item, write_callback done);

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override { done_(true); }
  void failed(const std::string&) override { done_(false); }

 private:
  rejected_item item_;
  write_callback done_;
};

}  // namespace casegw::store
