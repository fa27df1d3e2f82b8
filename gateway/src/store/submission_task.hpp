// Storing one new case: dedupe on (channel_id, case_ref), else insert the case, its outbox rows
// and its first trail entries.
#pragma once

#include "store/case_store.hpp"
#include "store/write_task.hpp"

namespace casegw::store {

class submission_task final : public write_task {
 public:
  submission_task(new_case c, submit_callback done);

  task_effect apply(sqlite_write_statements& statements, std::int64_t now_ms) override;
  void committed() override;
  void failed(const std::string& detail) override;

 private:
  task_effect store_new_case(sqlite_write_statements& statements, std::int64_t now_ms);

  new_case case_;
  submit_callback done_;
  submit_result result_;
};

}  // namespace casegw::store
