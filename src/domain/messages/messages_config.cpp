#include "domain/messages/messages_config.h"

#include <string>

#include "core/config_section.h"

namespace qf::messages {

Result<MessagesConfig> MessagesConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "messages"));
  MessagesConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "sweep_interval_seconds") {
      QF_TRY(cfg.sweep_interval_seconds, parsed.integer(k, node, 0, 86400));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::messages
