#include "domain/declarations/declarations_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::declarations {

Date DeclarationsConfig::annual_due_date(int year) const {
  // 02-29 in a common year falls back to 02-28.
  for (unsigned d = annual_due_day; d >= 28; --d)
    if (auto date = Date::from_ymd(year + 1, annual_due_month, d)) return *date;
  return *Date::from_ymd(year + 1, annual_due_month, 28);
}

int DeclarationsConfig::current_report_year(Date today) const {
  return today <= annual_due_date(today.year() - 1) ? today.year() - 1 : today.year();
}

Result<DeclarationsConfig> DeclarationsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "declarations"));
  DeclarationsConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "annual_due") {
      const auto* s = node.as_string();
      const std::string v = s ? s->get() : std::string();
      unsigned m = 0, d = 0;
      bool ok = v.size() == 5 && v[2] == '-' && std::isdigit(static_cast<unsigned char>(v[0])) &&
                std::isdigit(static_cast<unsigned char>(v[1])) && std::isdigit(static_cast<unsigned char>(v[3])) &&
                std::isdigit(static_cast<unsigned char>(v[4]));
      if (ok) {
        m = static_cast<unsigned>(std::stoi(v.substr(0, 2)));
        d = static_cast<unsigned>(std::stoi(v.substr(3, 2)));
        ok = Date::from_ymd(2024, m, d).has_value();  // a leap year: 02-29 allowed
      }
      if (!ok)
        return Error::invalid("config.declarations",
                              parsed.where(node) + "：declarations.annual_due 应为“月-日”，如 \"01-31\"",
                              parsed.where(node) + ": declarations.annual_due must be \"MM-DD\", e.g. \"01-31\"",
                              "declarations.annual_due");
      cfg.annual_due_month = m;
      cfg.annual_due_day = d;
    } else if (k == "change_within_days") {
      QF_TRY(cfg.change_within_days, parsed.integer(k, node, 1, 366));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::declarations
