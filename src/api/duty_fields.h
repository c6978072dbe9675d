#pragma once
// Request helpers shared by the duty module's two API files (duty_api.cpp: lists, work
// points, tasks; duty_assessment_api.cpp: assessment, meetings): field-named errors
// with the module's code `duty.invalid`, body fields, the year parameter, today.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "core/calendar.h"
#include "domain/auth/data_scope.h"

namespace qf::api::duty_fields {

inline std::string today_of(const Call& c) { return auth::beijing_date(c.now_ms()); }

inline Error bad_field(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("duty.invalid", zh, en, field);
}

// An integer body field; nullopt when absent or null.
inline Result<std::optional<int64_t>> int_field(const nlohmann::json& body, const std::string& key) {
  if (!body.contains(key) || body[key].is_null()) return std::optional<int64_t>{};
  if (!body[key].is_number_integer())
    return bad_field(key, "字段 " + key + " 应为整数", "Field " + key + " must be a whole number");
  return std::optional<int64_t>{body[key].get<int64_t>()};
}

// A text body field ("" when absent or null); errors name `field` (default: the key).
inline Result<std::string> string_field(const nlohmann::json& body, const std::string& key,
                                        const std::string& field = {}) {
  const std::string f = field.empty() ? key : field;
  if (!body.contains(key) || body[key].is_null()) return std::string();
  if (!body[key].is_string()) return bad_field(f, "字段 " + f + " 应为文本", "Field " + f + " must be text");
  return body[key].get<std::string>();
}

// The `year` query parameter; this year when absent.
inline Result<int> year_param(const Call& c) {
  auto y = c.req.query_param("year");
  if (!y || y->empty()) return Date::from_unix_ms(c.now_ms()).year();
  int v = 0;
  for (char ch : *y) {
    if (ch < '0' || ch > '9' || v > 100000)
      return bad_field("year", "参数 year 应为四位年度，如 2026", "Parameter year must be a year such as 2026");
    v = v * 10 + (ch - '0');
  }
  return v;
}

}  // namespace qf::api::duty_fields
