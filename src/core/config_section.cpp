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
  out.source_ = source;
  out.name_ = name;
  return out;
}

std::string ModuleSectionToml::where(const toml::node& node) const {
  return source_ + ":" + std::to_string(node.source().begin.line);
}

Result<int64_t> ModuleSectionToml::integer(const std::string& key, const toml::node& node, int64_t lo,
                                           int64_t hi) const {
  auto v = node.value<int64_t>();
  if (node.is_integer() && v && *v >= lo && *v <= hi) return *v;
  const std::string at = where(node);
  const std::string range = std::to_string(lo) + " … " + std::to_string(hi);
  return Error::invalid("config." + name_, at + "：配置项 " + name_ + "." + key + " 应为整数，范围 " + range,
                        at + ": setting " + name_ + "." + key + " must be an integer in " + range, at);
}

Error ModuleSectionToml::unknown_key(const std::string& key, const toml::node& node) const {
  const std::string at = where(node);
  return Error::invalid("config." + name_ + ".unknown", at + "：未知配置项 " + name_ + "." + key,
                        at + ": unknown setting " + name_ + "." + key, at);
}

}  // namespace qf
