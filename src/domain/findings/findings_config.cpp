#include "domain/findings/findings_config.h"

#include "core/config_section.h"

namespace qf::findings {

Result<FindingsConfig> FindingsConfig::from_toml(std::string_view toml_text, std::string_view source_name) {
  QF_TRY(auto parsed, ModuleSectionToml::parse(toml_text, std::string(source_name), "findings"));
  FindingsConfig cfg;
  for (auto&& [key, node] : parsed.table()) {
    const std::string k(key.str());
    if (k == "work_dir" || k == "import_root") {
      auto s = node.value<std::string>();
      if (!s || (k == "work_dir" && s->empty()))
        return Error::invalid("config.invalid",
                              "配置项 findings." + k + " 应为文本（" + parsed.where(node) + "）",
                              "findings." + k + " must be a string (" + parsed.where(node) + ")", "findings." + k);
      (k == "work_dir" ? cfg.work_dir : cfg.import_root) = *s;
    } else if (k == "chunk_mb") {
      QF_TRY(cfg.chunk_mb, parsed.integer(k, node, 1, 64));
    } else if (k == "threads") {
      QF_TRY(cfg.threads, parsed.integer(k, node, 0, 256));
    } else {
      return parsed.unknown_key(k, node);
    }
  }
  return cfg;
}

}  // namespace qf::findings
