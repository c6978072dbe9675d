#pragma once
// A module's own configuration section ([clues], [talks], [reports]…) parsed from the
// text Config::module_section() gives: either the whole configuration file (so node
// positions are real file lines) or the bare section's keys. A syntax error is refused
// naming `source:line`. The text is taken as the whole file when it holds a table
// `[name]`, else as the bare section.
#include <memory>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/result.h"

namespace qf {

class ModuleSectionToml {
 public:
  static Result<ModuleSectionToml> parse(std::string_view text, const std::string& source, const std::string& name);
  // The section's keys (each node's source().begin.line is its line in `source`).
  const toml::table& table() const { return *section_; }
  // "<source>:<line>" of a node of the section, for error messages.
  std::string where(const toml::node& node) const;
  // An integer setting `<name>.<key>` from lo to hi, else refused naming where it is.
  Result<int64_t> integer(const std::string& key, const toml::node& node, int64_t lo, int64_t hi) const;
  // The refusal of a key the section does not know.
  Error unknown_key(const std::string& key, const toml::node& node) const;

 private:
  std::unique_ptr<toml::table> root_;  // owns what section_ points into; moves keep it valid
  const toml::table* section_ = nullptr;
  std::string source_;
  std::string name_;
};

}  // namespace qf
