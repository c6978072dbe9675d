#include "domain/education/education_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::education {

Result<EducationConfig> EducationConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "education"));
  EducationConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "holiday_remind_days_before") {
      QF_TRY(cfg.holiday_remind_days_before, parsed.integer(k, node, 0, 30));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::education
