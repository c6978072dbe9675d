#include "core/config_section.h"

namespace qf {

Result<ModuleSectionToml> ModuleSectionToml::parse(std::string_view text, const std::string& source,
                                                   const std::string& name) {
  ModuleSectionToml out;
  out.root_ = std::make_unique<toml::table>();
  try {
    *out.root_ = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    std::string where = source + ":" + std::to_string(e.source().begin.line);
    return Error::invalid("config.toml", where + "：配置文件语法错误：" + std::string(e.description()),
                          where + ": configuration syntax error: " + std::string(e.description()), where);
  }
  const toml::table* named = (*out.root_)[name].as_table();
  out.section_ = named ? named : out.root_.get();
  return out;
}

}  // namespace qf
