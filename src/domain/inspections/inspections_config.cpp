#include "domain/inspections/inspections_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::inspections {

Result<InspectionsConfig> InspectionsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "inspections"));
  InspectionsConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "due_soon_days") {
      QF_TRY(cfg.due_soon_days, parsed.integer(k, node, 0, 90));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::inspections
