#include "domain/verification/verification_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::verification {

Result<VerificationConfig> VerificationConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "verification"));
  VerificationConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "sample_percent") {
      QF_TRY(cfg.sample_percent, parsed.integer(k, node, 1, 100));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::verification
