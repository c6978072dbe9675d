#pragma once
// The education module's closed code lists (kinds of items, sessions, courses, question
// types) as constant tables: each is checked against (`has`) and registered as a
// dictionary with zh/en labels (`add_dictionary`) from the same table.
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "domain/dictionary/dictionary.h"

namespace qf::education::labels {

struct Label {
  std::string_view code, zh, en;
};

template <size_t N>
bool has(const std::array<Label, N>& labels, std::string_view code) {
  for (const auto& l : labels)
    if (l.code == code) return true;
  return false;
}

template <size_t N>
void add_dictionary(const char* code, const char* zh, const char* en, const std::array<Label, N>& labels) {
  dictionary::Dictionary d{code, zh, en, {}};
  int sort = 0;
  for (const auto& l : labels) d.entries.push_back({std::string(l.code), std::string(l.zh), std::string(l.en), sort += 10});
  dictionary::register_dictionary(std::move(d));
}

}  // namespace qf::education::labels
