#pragma once
// RegistryIndex: the hash indexes the rules join through, built once per run from
// the loaded tables. It answers the contract's "Who is who" (a registry person is a
// cadre or a declared relative by equal valid resident ID, or — for a relative
// without an ID — by equal normalised name and the birth date encoded in the
// registry person's ID) and "Company identity" (a reference's key is its valid
// credit code; else the code of the one registered enterprise with its normalised
// name; else its normalised name; a name shared by several enterprises links to none).
#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/resident_id.h"
#include "crosscheck/flat_map.h"
#include "crosscheck/loader.h"
#include "crosscheck/people_filter.h"

namespace qf::crosscheck {

inline constexpr uint32_t kNoRow = UINT32_MAX;

class RegistryIndex {
 public:
  // `data` must outlive the index. The independent parts (enterprise persons,
  // enterprise names, enterprise codes, people, per-cadre declarations) are built in
  // parallel on `threads`.
  explicit RegistryIndex(const LoadedData& data, unsigned threads = 1);

  const LoadedData& data() const { return data_; }

  // Wall seconds of each build task on its thread (for --stats): the enterprise
  // persons' CSR, the enterprises' name maps, their code map, the people, the
  // per-cadre declarations.
  static constexpr std::array<const char*, 5> kTaskNames = {"enterprise_persons", "enterprise_names",
                                                            "enterprise_codes", "people", "declarations"};
  const std::array<double, 5>& task_seconds() const { return task_seconds_; }

  // Row of cadres.csv with this cadre_id string id, or kNoRow.
  uint32_t cadre_row(uint32_t cadre_id) const;

  // Calls fn(cadre_row, relative_row) for every cadre (relative_row == kNoRow) and
  // every declared relative (with an existing cadre) who is the registry person with
  // resident ID `packed` and normalised name `name`.
  template <class Fn>
  void for_each_person(uint64_t packed, uint32_t name, Fn&& fn) const;
  // False when for_each_person(packed, name, …) certainly calls nothing (one bit test,
  // no hash probe): walks over millions of registry rows test it before anything else.
  bool may_be_person(uint64_t packed, uint32_t name) const { return people_.may_be(packed, name); }

  // Enterprise row linked by a reference (valid code, else unique name), or kNoRow.
  uint32_t enterprise_of(uint32_t code, uint32_t name) const;
  // Company key of a reference (see the header comment); 0 when both are blank.
  uint32_t company_key(uint32_t code, uint32_t name) const;
  // Key of the enterprise at `row` (its valid code, else its name).
  uint32_t enterprise_key(uint32_t row) const;
  // True when the enterprise at `row` (kNoRow allowed) is 注销 or 吊销.
  bool closed(uint32_t row) const;

  // A declaration or approval (code, name) refers to the company with key `key`
  // (enterprise `row`, may be kNoRow): codes decide when the reference has a valid
  // one, else its resolved key or its name equal to the enterprise's name.
  bool refers_to(uint32_t ref_code, uint32_t ref_name, uint32_t key, uint32_t row) const;

  // Asks the CPU to fetch what enterprise_of(code, name) and persons_of_company(code)
  // will read first (a hint for walks over millions of contracts: called some rows
  // ahead, the cache misses overlap).
  void prefetch_company(uint32_t code, uint32_t name) const {
    if (code) {
      enterprise_by_code_.prefetch(code);
      person_range_.prefetch(code);
    } else if (name) {
      enterprise_by_name_.prefetch(name);
    }
  }

  // enterprise_persons rows with this credit code (only rows with a valid code).
  std::span<const uint32_t> persons_of_company(uint32_t code) const;

  // Rows of a per-cadre file with this cadre_id string id.
  FlatMultiMap<uint32_t>::Range rows_of_cadre(FileId file, uint32_t cadre_id) const;

  // Role active on `day` by its own dates (blank = open).
  bool role_active(uint32_t ep_row, int64_t day) const;

 private:
  void build_people();
  void build_enterprise_codes();
  void build_enterprise_names();
  void build_enterprise_persons();
  void build_declarations();

  const LoadedData& data_;
  std::array<double, 5> task_seconds_{};
  // Flat open-addressing maps and CSR multimaps (see flat_map.h): the rules probe
  // them once or more per registry row, and most probes miss.
  FlatMap<uint32_t, uint32_t> cadre_by_id_;
  FlatMultiMap<uint64_t> cadres_by_resident_;
  FlatMultiMap<uint64_t> relatives_by_resident_;
  FlatMultiMap<uint64_t> relatives_by_name_birth_;
  FlatMap<uint32_t, uint32_t> enterprise_by_code_;
  FlatMap<uint32_t, uint32_t> enterprise_by_name_;  // kNoRow = ambiguous
  // enterprise_persons rows grouped by code (CSR: one allocation, not one per code).
  std::vector<uint32_t, LargeArrayAllocator<uint32_t>> person_rows_;
  FlatMap<uint32_t, std::pair<uint32_t, uint32_t>> person_range_;  // code -> [begin, end)
  std::array<FlatMultiMap<uint32_t>, kFileCount> by_cadre_;
  // Bit filter over the IDs of cadres and relatives and the name + birth date of
  // relatives without an ID (no false negatives).
  PeopleFilter people_;
};

template <class Fn>
void RegistryIndex::for_each_person(uint64_t packed, uint32_t name, Fn&& fn) const {
  // A name alone never makes a match. Most registry rows are nobody the rules care
  // about: a bit filter over the people's IDs and the relatives' name + birth date
  // rules out every hash probe below.
  if (!may_be_person(packed, name)) return;
  for (uint32_t c : cadres_by_resident_.get(packed)) fn(c, kNoRow);
  const Table& rel = data_.t(FileId::kRelatives);
  auto visit = [&](uint32_t r) {
    uint32_t c = cadre_row(rel.s(col::kRelCadreId, r));
    if (c != kNoRow) fn(c, r);
  };
  for (uint32_t r : relatives_by_resident_.get(packed)) visit(r);
  if (name && !relatives_by_name_birth_.empty()) {
    uint64_t key = (static_cast<uint64_t>(name) << 32) | ResidentId::from_packed(packed).birth_yyyymmdd();
    for (uint32_t r : relatives_by_name_birth_.get(key)) visit(r);
  }
}

}  // namespace qf::crosscheck
