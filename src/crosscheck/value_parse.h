#pragma once
// Parsers for the value forms of FORMATS.md ("Reading the files"): dates, amounts in
// yuan, areas, percentages and booleans. Each takes text already NFKC-normalised and
// trimmed (the loader does that) and reports failure by returning false; blank input
// is not a failure of these functions — callers treat blank as unknown before
// calling them.
#include <cstdint>
#include <string>
#include <string_view>

namespace qf::crosscheck {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int32_t days_from_civil(int y, unsigned m, unsigned d);
void civil_from_days(int32_t z, int* y, unsigned* m, unsigned* d);
// "YYYY-MM-DD".
std::string format_date(int32_t days);
int year_of(int32_t days);

// 2023-04-05, 2023-4-5, 2023/4/5, 2023年4月5日, 20230405 (also 2023.4.5).
bool parse_date(std::string_view s, int32_t* days);

// 1234567.5, 1,234,567.50, ¥1234, 1234元; result in fen (hundredths of a yuan).
// At most two decimals; negative amounts are rejected.
bool parse_amount_fen(std::string_view s, int64_t* fen);

// A non-negative decimal with at most two decimals, optionally followed by a unit
// (㎡ folded by NFKC to "m2", m², 平方米, 平米); result in hundredths.
bool parse_area_centi(std::string_view s, int64_t* centi);

// A percentage: 30, 30.5, 30%, 0.3 is read as written (30.00 = 30 %); hundredths.
bool parse_percent_centi(std::string_view s, int64_t* centi);

// 是/否, Y/N, 1/0, true/false (case-insensitive; input lower-cased by the caller).
bool parse_bool(std::string_view s, bool* value);

}  // namespace qf::crosscheck
