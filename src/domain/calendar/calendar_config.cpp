// [calendar] configuration and the missing-year reminder: see calendar_config.h.
#include "domain/calendar/calendar_config.h"

#include <algorithm>
#include <string>
#include <toml++/toml.h>

#include "core/config_section.h"

namespace qf::calendar_store {

Result<CalendarConfig> CalendarConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  const std::string file(source_name);
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, file, "calendar"));
  CalendarConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    const std::string where = file + ":" + std::to_string(node.source().begin.line);
    if (k == "remind_next_year_from_month") {
      auto v = node.value<int64_t>();
      if (!node.is_integer() || !v || *v < 0 || *v > 12)
        return Error::invalid("config.calendar",
                              where + "：配置项 calendar." + k + " 应为 0 到 12 的整数（0 = 不提醒）",
                              where + ": setting calendar." + k + " must be an integer from 0 to 12 (0 = never)", where);
      cfg.remind_next_year_from_month = static_cast<int>(*v);
    } else {
      return Error::invalid("config.calendar.unknown", where + "：未知配置项 calendar." + k,
                            where + ": unknown setting calendar." + k, where);
    }
  }
  return cfg;
}

std::vector<MissingYear> missing_years(const std::vector<int>& years_with_rows, Date today, const CalendarConfig& cfg) {
  auto has = [&](int y) { return std::find(years_with_rows.begin(), years_with_rows.end(), y) != years_with_rows.end(); };
  std::vector<MissingYear> out;
  const int year = today.year();
  if (!has(year)) out.push_back({year, true});
  const int from = cfg.remind_next_year_from_month;
  if (from > 0 && static_cast<int>(today.month()) >= from && !has(year + 1)) out.push_back({year + 1, false});
  return out;
}

}  // namespace qf::calendar_store
