#include "crosscheck/registry_index.h"

#include <chrono>

#include <algorithm>

#include "core/resident_id.h"
#include "crosscheck/parallel.h"
#include "crosscheck/value_parse.h"

namespace qf::crosscheck {


RegistryIndex::RegistryIndex(const LoadedData& data, unsigned threads) : data_(data) {
  // Five independent builds, each writing only its own members; run as parallel tasks,
  // longest first (`index_task` in --stats), so the two threads finish together.
  parallel_for(kTaskNames.size(), threads, [&](size_t task) {
    const auto t0 = std::chrono::steady_clock::now();
    switch (task) {
      case 0: build_enterprise_persons(); break;
      case 1: build_enterprise_names(); break;
      case 2: build_enterprise_codes(); break;
      case 3: build_people(); break;
      case 4: build_declarations(); break;
    }
    task_seconds_[task] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  });
}

void RegistryIndex::build_people() {
  using namespace col;
  const LoadedData& data = data_;
  const Table& cadres = data.t(FileId::kCadres);
  // 16 bits per person: about 6 % false positives.
  people_ = PeopleFilter(cadres.rows() + data.t(FileId::kRelatives).rows());
  for (uint32_t r = 0; r < cadres.rows(); ++r) {
    uint32_t id = cadres.s(kCadreId, r);
    if (id) cadre_by_id_.emplace(id, r);  // the first row of a duplicated id wins
    if (uint64_t p = cadres.id(kCadreResidentId, r)) {
      cadres_by_resident_.add(p, r);
      people_.add_id(p);
    }
  }
  const Table& rel = data.t(FileId::kRelatives);
  for (uint32_t r = 0; r < rel.rows(); ++r) {
    if (uint64_t p = rel.id(kRelResidentId, r)) {
      relatives_by_resident_.add(p, r);
      people_.add_id(p);
    } else if (rel.v(kRelBirthDate, r) != kUnknown && rel.s(kRelName, r)) {
      uint32_t birth = yyyymmdd_of_days(rel.v(kRelBirthDate, r));
      relatives_by_name_birth_.add(name_birth_key(rel.s(kRelName, r), birth), r);
      people_.add_name_birth(rel.s(kRelName, r), birth);
    }
  }
  cadres_by_resident_.finish();
  relatives_by_resident_.finish();
  relatives_by_name_birth_.finish();
}

// Two independent tasks over the enterprises (the code map; the name maps, whose key
// only reads the code column): at the province tier they were the longest index task
// as one (15-17 s on its thread against 14 s for the enterprise persons' CSR, load 4).
void RegistryIndex::build_enterprise_codes() {
  using namespace col;
  const Table& ent = data_.t(FileId::kEnterprises);
  enterprise_by_code_.reserve(ent.rows());
  // Millions of rows with a random insert each: the slot of the row kAhead rows on is
  // prefetched (the map is reserved, so it never moves during the loop).
  constexpr uint32_t kAhead = 16;
  const uint32_t rows = static_cast<uint32_t>(ent.rows());
  for (uint32_t r = 0; r < rows; ++r) {
    if (r + kAhead < rows)
      if (uint32_t next_code = ent.s(kEntCreditCode, r + kAhead)) enterprise_by_code_.prefetch(next_code);
    if (uint32_t code = ent.s(kEntCreditCode, r)) enterprise_by_code_.emplace(code, r);
  }
}

void RegistryIndex::build_enterprise_names() {
  using namespace col;
  const Table& ent = data_.t(FileId::kEnterprises);
  // A name identifies an enterprise only when every row with that name has one key.
  FlatMap<uint32_t, uint32_t> first_key_of_name;
  first_key_of_name.reserve(ent.rows());
  enterprise_by_name_.reserve(ent.rows());
  constexpr uint32_t kAhead = 16;
  const uint32_t rows = static_cast<uint32_t>(ent.rows());
  for (uint32_t r = 0; r < rows; ++r) {
    if (r + kAhead < rows) {
      if (uint32_t next_name = ent.s(kEntName, r + kAhead)) {
        first_key_of_name.prefetch(next_name);
        enterprise_by_name_.prefetch(next_name);
      }
    }
    uint32_t code = ent.s(kEntCreditCode, r);
    uint32_t name = ent.s(kEntName, r);
    if (!name) continue;
    uint32_t key = code ? code : name;
    bool fresh;
    uint32_t* first = first_key_of_name.emplace(name, key, &fresh);
    if (fresh) enterprise_by_name_.emplace(name, r);
    else if (*first != key) *enterprise_by_name_.emplace(name, kNoRow) = kNoRow;
  }
}

void RegistryIndex::build_enterprise_persons() {
  using namespace col;
  const Table& ep = data_.t(FileId::kEnterprisePersons);
  // Registry exports list a company's persons together: sort runs of consecutive rows
  // with one code (a third as many as rows), not the rows. Runs of one code sorted by
  // their first row give that code's rows in file order, as sorting (code, row) would.
  struct Run {
    uint32_t code, begin, end;
  };
  std::vector<Run> runs;
  const uint32_t rows = static_cast<uint32_t>(ep.rows());
  for (uint32_t r = 0; r < rows;) {
    uint32_t code = ep.s(kEpCreditCode, r);
    uint32_t e = r + 1;
    while (e < rows && ep.s(kEpCreditCode, e) == code) ++e;
    if (code) runs.push_back({code, r, e});
    r = e;
  }
  // Runs come in row order, so a stable sort by code alone gives (code, first row)
  // order: two 16-bit LSD radix passes instead of std::sort (0.15 s of the city
  // tier's longest index task, which the whole index phase waits for).
  {
    std::vector<Run> tmp(runs.size());
    std::vector<uint32_t> count(size_t{1} << 16);
    for (int shift : {0, 16}) {
      std::fill(count.begin(), count.end(), 0);
      for (const Run& x : runs) ++count[(x.code >> shift) & 0xFFFF];
      uint32_t sum = 0;
      for (uint32_t& c : count) { uint32_t n = c; c = sum; sum += n; }
      for (const Run& x : runs) tmp[count[(x.code >> shift) & 0xFFFF]++] = x;
      runs.swap(tmp);
    }
  }
  size_t total = 0, codes = 0;
  for (size_t i = 0; i < runs.size(); ++i) {
    total += runs[i].end - runs[i].begin;
    codes += i == 0 || runs[i].code != runs[i - 1].code;
  }
  person_rows_.reserve(total);
  person_range_.reserve(codes);
  constexpr size_t kAhead = 16;  // the map is reserved: it never moves during the loop
  for (size_t i = 0; i < runs.size();) {
    if (i + kAhead < runs.size()) person_range_.prefetch(runs[i + kAhead].code);
    const uint32_t begin = static_cast<uint32_t>(person_rows_.size());
    size_t j = i;
    for (; j < runs.size() && runs[j].code == runs[i].code; ++j)
      for (uint32_t r = runs[j].begin; r < runs[j].end; ++r) person_rows_.push_back(r);
    person_range_.emplace(runs[i].code, std::make_pair(begin, static_cast<uint32_t>(person_rows_.size())));
    i = j;
  }
}

void RegistryIndex::build_declarations() {
  for (FileId f : {FileId::kRelatives, FileId::kDeclaredBusinesses, FileId::kDeclaredProperties,
                   FileId::kDeclaredTrips, FileId::kSideJobApprovals}) {
    const Table& t = data_.t(f);
    auto& m = by_cadre_[static_cast<size_t>(f)];
    for (uint32_t r = 0; r < t.rows(); ++r)
      if (uint32_t c = t.s(0, r)) m.add(c, r);  // cadre_id is column 0 of each
    m.finish();
  }
}

uint32_t RegistryIndex::cadre_row(uint32_t cadre_id) const {
  const uint32_t* v = cadre_id ? cadre_by_id_.find(cadre_id) : nullptr;
  return v ? *v : kNoRow;
}

uint32_t RegistryIndex::enterprise_of(uint32_t code, uint32_t name) const {
  if (code) {
    const uint32_t* v = enterprise_by_code_.find(code);
    return v ? *v : kNoRow;
  }
  if (!name) return kNoRow;
  const uint32_t* v = enterprise_by_name_.find(name);
  return v ? *v : kNoRow;
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
  const auto* v = code ? person_range_.find(code) : nullptr;
  if (!v) return {};
  return std::span<const uint32_t>(person_rows_.data() + v->first, v->second - v->first);
}

FlatMultiMap<uint32_t>::Range RegistryIndex::rows_of_cadre(FileId file, uint32_t cadre_id) const {
  if (!cadre_id) return {};
  return by_cadre_[static_cast<size_t>(file)].get(cadre_id);
}

bool RegistryIndex::role_active(uint32_t r, int64_t day) const {
  const Table& ep = data_.t(FileId::kEnterprisePersons);
  int64_t s = ep.v(col::kEpStart, r), e = ep.v(col::kEpEnd, r);
  return (s == kUnknown || s <= day) && (e == kUnknown || e >= day);
}

}  // namespace qf::crosscheck
