#include "crosscheck/registry_index.h"

#include <algorithm>

#include "core/resident_id.h"
#include "crosscheck/value_parse.h"

namespace qf::crosscheck {

namespace {
uint64_t name_birth_key(uint32_t name, uint32_t yyyymmdd) {
  return (static_cast<uint64_t>(name) << 32) | yyyymmdd;
}

uint32_t yyyymmdd_of_days(int64_t days) {
  int y;
  unsigned m, d;
  civil_from_days(static_cast<int32_t>(days), &y, &m, &d);
  return static_cast<uint32_t>(y * 10000 + static_cast<int>(m) * 100 + static_cast<int>(d));
}
}  // namespace

RegistryIndex::RegistryIndex(const LoadedData& data) : data_(data) {
  using namespace col;
  const Table& cadres = data.t(FileId::kCadres);
  for (uint32_t r = 0; r < cadres.rows(); ++r) {
    uint32_t id = cadres.s(kCadreId, r);
    if (id) cadre_by_id_.emplace(id, r);  // the first row of a duplicated id wins
    if (uint64_t p = cadres.id(kCadreResidentId, r)) cadres_by_resident_[p].push_back(r);
  }
  const Table& rel = data.t(FileId::kRelatives);
  for (uint32_t r = 0; r < rel.rows(); ++r) {
    if (uint64_t p = rel.id(kRelResidentId, r)) {
      relatives_by_resident_[p].push_back(r);
    } else if (rel.v(kRelBirthDate, r) != kUnknown && rel.s(kRelName, r)) {
      relatives_by_name_birth_[name_birth_key(rel.s(kRelName, r), yyyymmdd_of_days(rel.v(kRelBirthDate, r)))]
          .push_back(r);
    }
  }
  const Table& ent = data.t(FileId::kEnterprises);
  // A name identifies an enterprise only when every row with that name has one key.
  std::unordered_map<uint32_t, uint32_t> first_key_of_name;
  for (uint32_t r = 0; r < ent.rows(); ++r) {
    uint32_t code = ent.s(kEntCreditCode, r);
    uint32_t name = ent.s(kEntName, r);
    if (code) enterprise_by_code_.emplace(code, r);
    if (!name) continue;
    uint32_t key = code ? code : name;
    auto [it, fresh] = first_key_of_name.emplace(name, key);
    if (fresh) enterprise_by_name_.emplace(name, r);
    else if (it->second != key) enterprise_by_name_[name] = kNoRow;
  }
  const Table& ep = data.t(FileId::kEnterprisePersons);
  {
    std::vector<std::pair<uint32_t, uint32_t>> pairs;  // code, row
    pairs.reserve(ep.rows());
    for (uint32_t r = 0; r < ep.rows(); ++r)
      if (uint32_t code = ep.s(kEpCreditCode, r)) pairs.emplace_back(code, r);
    std::sort(pairs.begin(), pairs.end());  // by code, then row: file order within a code
    person_rows_.reserve(pairs.size());
    person_range_.reserve(pairs.size() / 2 + 1);
    for (size_t i = 0; i < pairs.size();) {
      size_t j = i;
      while (j < pairs.size() && pairs[j].first == pairs[i].first) person_rows_.push_back(pairs[j++].second);
      person_range_.emplace(pairs[i].first, std::make_pair(static_cast<uint32_t>(i), static_cast<uint32_t>(j)));
      i = j;
    }
  }
  for (FileId f : {FileId::kRelatives, FileId::kDeclaredBusinesses, FileId::kDeclaredProperties,
                   FileId::kDeclaredTrips, FileId::kSideJobApprovals}) {
    const Table& t = data.t(f);
    auto& m = by_cadre_[static_cast<size_t>(f)];
    for (uint32_t r = 0; r < t.rows(); ++r)
      if (uint32_t c = t.s(0, r)) m[c].push_back(r);  // cadre_id is column 0 of each
  }
}

uint32_t RegistryIndex::cadre_row(uint32_t cadre_id) const {
  auto it = cadre_by_id_.find(cadre_id);
  return it == cadre_by_id_.end() ? kNoRow : it->second;
}

uint32_t RegistryIndex::enterprise_of(uint32_t code, uint32_t name) const {
  if (code) {
    auto it = enterprise_by_code_.find(code);
    return it == enterprise_by_code_.end() ? kNoRow : it->second;
  }
  if (!name) return kNoRow;
  auto it = enterprise_by_name_.find(name);
  return it == enterprise_by_name_.end() ? kNoRow : it->second;
}

uint32_t RegistryIndex::enterprise_key(uint32_t row) const {
  const Table& ent = data_.t(FileId::kEnterprises);
  uint32_t code = ent.s(col::kEntCreditCode, row);
  return code ? code : ent.s(col::kEntName, row);
}

uint32_t RegistryIndex::company_key(uint32_t code, uint32_t name) const {
  if (code) return code;
  uint32_t row = enterprise_of(0, name);
  return row == kNoRow ? name : enterprise_key(row);
}

bool RegistryIndex::closed(uint32_t row) const {
  if (row == kNoRow) return false;
  uint32_t st = data_.t(FileId::kEnterprises).s(col::kEntStatus, row);
  return st == enums::kDeregistered || st == enums::kRevoked;
}

bool RegistryIndex::refers_to(uint32_t ref_code, uint32_t ref_name, uint32_t key, uint32_t row) const {
  if (ref_code) return ref_code == key;
  if (!ref_name) return false;
  if (company_key(0, ref_name) == key) return true;
  return row != kNoRow && data_.t(FileId::kEnterprises).s(col::kEntName, row) == ref_name;
}

std::span<const uint32_t> RegistryIndex::persons_of_company(uint32_t code) const {
  auto it = person_range_.find(code);
  if (it == person_range_.end()) return {};
  return std::span<const uint32_t>(person_rows_.data() + it->second.first, it->second.second - it->second.first);
}

const std::vector<uint32_t>& RegistryIndex::rows_of_cadre(FileId file, uint32_t cadre_id) const {
  const auto& m = by_cadre_[static_cast<size_t>(file)];
  auto it = m.find(cadre_id);
  return it == m.end() ? empty_ : it->second;
}

bool RegistryIndex::role_active(uint32_t r, int64_t day) const {
  const Table& ep = data_.t(FileId::kEnterprisePersons);
  int64_t s = ep.v(col::kEpStart, r), e = ep.v(col::kEpEnd, r);
  return (s == kUnknown || s <= day) && (e == kUnknown || e >= day);
}

}  // namespace qf::crosscheck
