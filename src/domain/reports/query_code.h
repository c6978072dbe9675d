#pragma once
// 查询码 — the anonymous reporter's handle on their report (threat model M10).
// A code is kQueryCodeLength characters from an alphabet without look-alikes
// (no 0/O, 1/I/L); ≈ 99 bits, so the store keeps a plain SHA-256 of it for lookup.
// The reporter's password is never stored: Argon2id(code ‖ 0x00 ‖ password, salt)
// derives the key that wraps the report's conversation key for the reporter
// (ReporterWrap); a lookup succeeds exactly when that wrap opens.
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/reports/report_crypto.h"

namespace qf::reports {

inline constexpr std::string_view kQueryCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr size_t kQueryCodeLength = 20;

std::string new_query_code();
// Upper-cases and drops spaces and hyphens; "" when a character is outside the alphabet
// or the length is wrong (the caller answers exactly as for a wrong code).
std::string normalise_query_code(std::string_view typed);
// Lookup key of a normalised code (hex SHA-256).
std::string query_code_hash(std::string_view code);
// The code in groups of four for display ("7KQ3-MZ9X-…").
std::string display_query_code(std::string_view code);

// Wraps the conversation key for the reporter.
Result<PasswordWrap> wrap_for_reporter(std::string_view conversation_key, std::string_view code,
                                       std::string_view password, int64_t opslimit, int64_t memlimit);
Result<std::string> open_as_reporter(const PasswordWrap& wrap, std::string_view code, std::string_view password);

}  // namespace qf::reports
