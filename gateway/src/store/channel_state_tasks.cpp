#include "store/channel_state_tasks.hpp"

#include <utility>

namespace casegw::store {

save_cursor_task::save_cursor_task(std::string channel_id, std::string cursor, write_callback done)
    : channel_id_(std::move(channel_id)), cursor_(std::move(cursor)), done_(std::move(done)) {}

task_effect save_cursor_task::apply(sqlite_write_statements& statements, std::int64_t now_ms) {
  statements.save_cursor(channel_id_, cursor_, now_ms);
  return {};
}

rejected_item_task::rejected_item_task(rejected_item item, write_callback done)
    : item_(std::move(item)), done_(std::move(done)) {}

task_effect rejected_item_task::apply(sqlite_write_statements& statements, std::int64_t) {
  statements.insert_rejected_item(item_);
  return {};
}

}  // namespace casegw::store
