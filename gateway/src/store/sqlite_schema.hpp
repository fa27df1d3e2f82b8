// The store's tables and how a database file is brought up to the current version.
#pragma once

#include "store/sqlite_connection.hpp"

namespace casegw::store {

// The schema version this build writes. A file with a newer version is refused.
inline constexpr int current_schema_version = 2;

// Durability settings every connection needs: WAL journal, synchronous=FULL (COMMIT syncs the
// WAL, so an answered submission survives power loss), foreign keys on.
void configure_connection(sqlite_connection& connection);

// Applies the migrations the file lacks, each in its own transaction. Throws sqlite_error or
// std::runtime_error when the file is newer than this build or a migration fails.
void migrate_schema(sqlite_connection& connection);

}  // namespace casegw::store
