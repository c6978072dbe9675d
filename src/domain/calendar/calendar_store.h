#pragma once
// The working-day calendar (工作日历) held in the database (table calendar_days,
// migration 0005, seeded with the national calendar shipped in share/calendar/). Every
// deadline counted in working days is computed from what load() returns, so a unit's
// local holidays and next year's State Council notice take effect as soon as they are
// stored. The rules of a row (kind 休/班, no 班 on a Monday–Friday, one row per day) are
// those of qf::WorkingDayCalendar; this file only stores and reads.
//
// Functions run in the caller's connection (and transaction) and write no audit
// entries: the API layer audits. Errors are bilingual and name the field or file:line.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "store/database.h"

namespace qf::calendar_store {

// One stored row, with who changed it last (0 / nullopt for the shipped rows).
struct StoredDay {
  CalendarEntry entry;
  int64_t updated_at = 0;
  std::optional<int64_t> updated_by;
};

// The whole calendar, ready for deadline arithmetic.
Result<WorkingDayCalendar> load(store::Connection& conn);
// The rows of one year (all rows when year is empty), in date order.
Result<std::vector<StoredDay>> list(store::Connection& conn, std::optional<int> year);
// The years that have at least one row, ascending.
Result<std::vector<int>> years(store::Connection& conn);

struct ImportSummary {
  int added = 0;     // days that had no row
  int replaced = 0;  // days whose row was replaced by the file's
  int unchanged = 0; // rows identical to the stored ones
};
// Imports CSV text in the shipped format (date,kind[,holiday[,source]]): all or
// nothing — any bad row refuses the whole file with the error of
// WorkingDayCalendar::from_csv (field "<source_name>:<line>"), and nothing is written.
// Rows of the file replace stored rows of the same dates; other stored rows stay.
Result<ImportSummary> import_csv(store::Connection& conn, std::string_view csv, std::string_view source_name,
                                 std::optional<int64_t> actor_id, int64_t now_ms);

// Adds or replaces one row (field "kind" when 班 falls on a Monday–Friday). Returns the
// row that was there before, if any (for the audit summary).
Result<std::optional<CalendarEntry>> upsert(store::Connection& conn, const CalendarEntry& entry,
                                            std::optional<int64_t> actor_id, int64_t now_ms);
// Removes one row; kNotFound "calendar.not_found" (field "date") when there is none.
Result<CalendarEntry> remove(store::Connection& conn, Date date);

}  // namespace qf::calendar_store
