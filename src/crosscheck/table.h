#pragma once
// Table: one input file held as columns (DuckDB-style), never as row objects. Every
// value is already normalised and typed by the loader:
//   strings (labels, names, addresses, phones, certificates, credit codes) -> u32 id
//     in the run's StringPool, 0 = blank or invalid;
//   resident IDs -> u64 ResidentId::packed(), 0 = blank or invalid;
//   dates -> i32 days since 1970 (kUnknownDay when blank or invalid; v() reads
//     them as int64 with kUnknown), half the memory of 64-bit values;
//   amounts, areas -> i64 hundredths, kUnknown when blank or invalid;
//   booleans -> u32 0 unknown / 1 false / 2 true; enums -> u32 1-based, 0 unknown;
//   kUnused and kPercent columns hold no values (no rule reads them).
// `line[r]` is the physical line on which row r starts in its file.
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "crosscheck/huge_memory.h"
#include "crosscheck/schema.h"

namespace qf::crosscheck {

inline constexpr int64_t kUnknown = INT64_MIN;

// Column storage that is not zeroed when it grows: the loader sizes each column once
// for the whole file and every parsing task writes its own range of rows, so every
// value is written before it is read (zeroing first would write each page twice).
template <class T>
struct NoInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = NoInitAllocator<U>;
  };
  NoInitAllocator() = default;
  template <class U>
  NoInitAllocator(const NoInitAllocator<U>&) noexcept {}
  // Columns are read at random by the rules (a supplier's enterprise row, a
  // company's persons): large ones in huge pages (huge_memory.h).
  T* allocate(size_t n) { return static_cast<T*>(large_array_alloc(n * sizeof(T))); }
  void deallocate(T* p, size_t) noexcept { huge_free(p); }
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
template <class T>
using ColumnVector = std::vector<T, NoInitAllocator<T>>;

struct Column {
  bool present = false;          // the file had this column
  ColumnVector<uint32_t> u32;    // strings, bools, enums
  ColumnVector<uint64_t> u64;    // resident IDs
  ColumnVector<int64_t> i64;     // amounts, areas
  ColumnVector<int32_t> i32;     // dates
};

inline constexpr int32_t kUnknownDay = INT32_MIN;

struct Table {
  FileId file{};
  bool present = false;        // the file exists in --data
  std::string path;
  ColumnVector<uint32_t> line;
  std::vector<Column> cols;    // indexed by the col:: enumerators of the file
  uint64_t bytes = 0;

  size_t rows() const { return line.size(); }
  uint32_t s(size_t c, size_t r) const { return cols[c].u32[r]; }
  uint64_t id(size_t c, size_t r) const { return cols[c].u64[r]; }
  // Dates, amounts and areas alike as int64 (kUnknown when unknown).
  int64_t v(size_t c, size_t r) const {
    const Column& col = cols[c];
    if (!col.i32.empty()) {
      int32_t day = col.i32[r];
      return day == kUnknownDay ? kUnknown : day;
    }
    return col.i64[r];
  }
};

// The most bytes of a bad value (or a bad row) data_quality.csv gives.
inline constexpr size_t kDataQualityValueBytes = 200;

// One bad value (or a bad row) for data_quality.csv.
struct DataQualityIssue {
  FileId file{};
  uint32_t line = 0;
  int column = -1;          // spec column index, -1 for the whole row
  std::string column_name;  // header as written in the file ("" for the whole row)
  std::string problem;      // Chinese / English
  std::string value;        // the raw value (or the raw row, cut short)
};

}  // namespace qf::crosscheck
