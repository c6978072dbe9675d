#pragma once
// Reading request values the same way in every module's API: JSON body fields and query
// parameters. An absent, null or empty value is "not given"; a value of the wrong kind
// is a 400 (kInvalid) with a bilingual message naming the field — never silently read
// as something else.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "core/result.h"
#include "http/message.h"

namespace qf::api {

inline constexpr const char* kXlsxContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// An XLSX download named `filename` (Chinese names are fine: sent RFC 5987-encoded).
http::Response xlsx_response(std::string bytes, const std::string& filename);

// The string at `key`, "" when absent or not a string.
std::string text_field(const nlohmann::json& body, std::string_view key);

// An id (positive integer) at `key`; nullopt when absent, null or "". Errors name
// `field` (default: the key), code "request.id".
Result<std::optional<int64_t>> id_field(const nlohmann::json& body, std::string_view key,
                                        std::string_view field = {});

// A query parameter that is an id (positive integer); nullopt when absent or empty.
Result<std::optional<int64_t>> query_id(const Call& c, const char* name);

// A query parameter true/1 or false/0; nullopt when absent or empty.
Result<std::optional<bool>> query_bool(const Call& c, const char* name);

// Whether the arrays and objects of a JSON text nest at most `max_depth` deep (strings
// and escapes skipped): checked before parsing, so that a deeply nested body is refused
// in one linear pass instead of costing the parser seconds and gigabytes.
bool json_depth_within(std::string_view text, int max_depth);
inline constexpr int kMaxJsonDepth = 64;
// Largest JSON body of a route that needs no session (sign-in): a few fields.
inline constexpr size_t kMaxUnauthenticatedBody = 64 * 1024;

// null for nullopt, else the number.
nlohmann::json nullable(const std::optional<int64_t>& v);

}  // namespace qf::api
