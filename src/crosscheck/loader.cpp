#include "crosscheck/loader.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <time.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/chinese_text.h"
#include "core/credit_code.h"
#include "core/csv_reader.h"
#include "core/resident_id.h"
#include "core/text_encoding.h"
#include "crosscheck/credit_code_fast.h"
#include "crosscheck/field_scan.h"
#include "crosscheck/flat_map.h"
#include "crosscheck/parallel.h"
#include "crosscheck/people_filter.h"
#include "crosscheck/piece_scan.h"
#include "crosscheck/resident_id_fast.h"
#include "crosscheck/value_parse.h"

namespace qf::crosscheck {

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the calling thread, in seconds.
double thread_cpu_seconds() {
  timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

constexpr size_t kPieceBytes = size_t{8} << 20;  // ~8 MiB of text per parsing task

// A read-only mapping of one file; unmapped on destruction.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() {
    if (data_ && size_) munmap(const_cast<char*>(data_), size_);
  }
  // Returns an errno value, 0 on success.
  int open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) != 0) { int e = errno; ::close(fd); return e; }
    if (S_ISDIR(st.st_mode)) { ::close(fd); return EISDIR; }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p == MAP_FAILED) { int e = errno; ::close(fd); size_ = 0; return e; }
      madvise(p, size_, MADV_SEQUENTIAL);
      data_ = static_cast<const char*>(p);
    }
    ::close(fd);
    return 0;
  }
  std::string_view view() const { return {data_ ? data_ : "", size_}; }
  // Drops the resident pages wholly inside `part` (a view into this mapping).
  void release(std::string_view part) const {
    if (part.empty() || !data_) return;
    const uintptr_t page = 4096;
    uintptr_t b = (reinterpret_cast<uintptr_t>(part.data()) + page - 1) & ~(page - 1);
    uintptr_t e = (reinterpret_cast<uintptr_t>(part.data()) + part.size()) & ~(page - 1);
    if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_DONTNEED);
  }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

bool is_string_kind(ColumnKind k) {
  switch (k) {
    case ColumnKind::kLabel: case ColumnKind::kPersonName: case ColumnKind::kCompanyName:
    case ColumnKind::kAddress: case ColumnKind::kCertificate: case ColumnKind::kPhone:
    case ColumnKind::kCreditCode: case ColumnKind::kText:
      return true;
    default:
      return false;
  }
}

// Registry person names (enterprise persons, property owners) are read by one thing
// only: the who-is-who fallback for a declared relative without an ID (name + birth
// date, where the date is the one encoded in the registry person's ID). They are
// loaded after every other file and only looked up (RelativeNames): a name on a row
// without a valid ID, or that is not the name of a relative without an ID born on the
// row's encoded birth date, can match nobody, so it is stored as 0 (like a blank,
// which never matches by name either). This keeps millions of distinct registry
// names out of the pool, and most of them are not even normalised.
bool lookup_only(FileId file, ColumnKind kind) {
  return kind == ColumnKind::kPersonName && (file == FileId::kEnterprisePersons || file == FileId::kProperties);
}
bool loads_late(FileId file) {
  return file == FileId::kEnterprisePersons || file == FileId::kProperties || file == FileId::kTravels;
}

// Text that a rule reads only for a registry row that is a cadre or a declared
// relative: a property's certificate and address (R3), a border crossing's port and
// destination (R4). Those files are loaded late, once the people are known; a row
// that PeopleFilter rules out (its ID is nobody's and its name + birth date no
// relative's) can match no one in RegistryIndex::for_each_person, so these values
// are never read and are stored as blank instead of being normalised and interned —
// two million distinct certificates and addresses per city tier.
bool read_for_people_only(FileId file, size_t c) {
  if (file == FileId::kProperties) return c == col::kPropCertificate || c == col::kPropAddress;
  if (file == FileId::kTravels) return c == col::kTrPort || c == col::kTrDestination;
  return false;
}


// The distinct normalised names of the relatives declared without an ID but with a
// birth date — the only ones the name + birth-date fallback can match — with their
// pool ids, in a small table of its own: the lookup-only columns are probed against
// it without locks and without touching the (large, concurrently growing) pool.
// Keyed by the 64-bit hash; the text is compared, and a hash shared by two different
// names sends lookups of that hash to the pool instead (never a wrong answer). A bit
// filter over (hash of the name, birth date) answers most lookups without the table:
// a registry person matches by name only when the birth date in its ID is the
// relative's.
struct RelativeNames {
  FlatMap<uint64_t, uint32_t> by_hash;  // hash -> index + 1 (0 never stored: see below)
  std::vector<std::string> text;
  std::vector<uint32_t> id;
  std::vector<char> collided;
  std::vector<uint64_t> bits = std::vector<uint64_t>(1024);  // (hash, birth) filter
  uint64_t mask = 1024 * 64 - 1;
  // The relatives' birth dates alone, a 65,536-bit filter: a registry row whose ID
  // gives a birth date no such relative has can match none of them by name, so its
  // name is neither normalised nor looked up (95 % of the city tier's enterprise
  // persons: 30,000 relatives without an ID share 1,157 birth dates).
  std::vector<uint64_t> births = std::vector<uint64_t>(1024);
  static size_t birth_bit(uint32_t yyyymmdd) { return (yyyymmdd * 0x9E3779B97F4A7C15ULL) >> 48; }
  bool may_be_born_on(uint32_t yyyymmdd) const {
    const size_t b = birth_bit(yyyymmdd);
    return (births[b >> 6] >> (b & 63)) & 1;
  }

  static uint64_t mix(uint64_t h, uint32_t yyyymmdd) { return (h ^ (yyyymmdd * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL; }
  void size_for(size_t names) {
    uint64_t n = mask + 1;
    while (n < 16 * names) n <<= 1;
    bits.assign(n / 64, 0);
    mask = n - 1;
  }
  void add(std::string_view s, uint32_t pool_id, uint32_t yyyymmdd) {
    uint64_t h = hash_bytes(s) | 1;  // never 0 (FlatMap's empty key)
    uint64_t b = (mix(h, yyyymmdd) >> 20) & mask;
    bits[b >> 6] |= uint64_t{1} << (b & 63);
    const size_t d = birth_bit(yyyymmdd);
    births[d >> 6] |= uint64_t{1} << (d & 63);
    bool fresh;
    uint32_t* slot = by_hash.emplace(h, static_cast<uint32_t>(text.size() + 1), &fresh);
    if (fresh) {
      text.emplace_back(s);
      id.push_back(pool_id);
      collided.push_back(0);
    } else if (id[*slot - 1] != pool_id) {
      collided[*slot - 1] = 1;
    }
  }
  // Pool id of `s` when it is the name of such a relative who may have been born on
  // `yyyymmdd`, else 0 (the name can match nobody); *unsure when the pool must decide.
  uint32_t find(std::string_view s, uint32_t yyyymmdd, bool* unsure) const {
    *unsure = false;
    uint64_t h = hash_bytes(s) | 1;
    uint64_t b = (mix(h, yyyymmdd) >> 20) & mask;
    if (!((bits[b >> 6] >> (b & 63)) & 1)) return 0;
    const uint32_t* v = by_hash.find(h);
    if (!v) return 0;
    size_t i = *v - 1;
    if (collided[i]) { *unsure = true; return 0; }
    return text[i] == s ? id[i] : 0;
  }
};

// One parsing task. Its rows are written straight into the file's table, from row
// `base` on: a record ends at a line break (or at the end of the file), so a piece
// holds at most as many records as it has line breaks (+1 for the file's last piece),
// and that many rows are set aside for it. close_gaps() then moves the pieces' rows
// together (nothing moves when every line was one record).
struct Piece {
  size_t base = 0;                      // first row of the table set aside for this piece
  size_t rows = 0;                      // rows written
  std::vector<DataQualityIssue> issues;
};

// Where a parsing task writes one column: its own range of the table's column.
template <class T>
struct RowWriter {
  T* p = nullptr;
  void push_back(T v) { *p++ = v; }
  T* next() { return p++; }  // the next row's cell, written later
};

// Strings are interned in small batches: each is hashed and its slot in the pool
// prefetched when its field is read, and the batch is interned in order a few rows
// later, so the pool's cache misses (one per distinct string, most of the pool's
// time) overlap the parsing of the next fields instead of stalling it. A cell whose
// value equals an earlier cell's (same raw value as the previous row) is copied from
// that cell once the cell before it is resolved. Every batch is flushed before the
// piece ends: no id is read before then.
class InternBatch {
 public:
  explicit InternBatch(StringPool& pool) : pool_(pool) { arena_.reserve(4096); }
  void add(uint32_t* cell, std::string_view s) {
    if (s.empty()) { *cell = 0; return; }
    const uint64_t h = hash_bytes(s);
    pool_.prefetch(h);
    ops_.push_back({cell, nullptr, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(s.size()), h});
    arena_.append(s);
    if (ops_.size() >= kBatch) flush();
  }
  void copy(uint32_t* cell, const uint32_t* from) {
    ops_.push_back({cell, from, 0, 0, 0});
    if (ops_.size() >= kBatch) flush();
  }
  void flush() {
    for (const Op& op : ops_)
      *op.cell = op.from ? *op.from : pool_.intern_hashed(std::string_view(arena_.data() + op.off, op.len), op.hash);
    ops_.clear();
    arena_.clear();
  }

 private:
  static constexpr size_t kBatch = 32;
  struct Op {
    uint32_t* cell;
    const uint32_t* from;  // copy this cell's id instead of interning
    uint32_t off, len;     // the string in arena_
    uint64_t hash;
  };
  StringPool& pool_;
  std::vector<Op> ops_;
  std::string arena_;
};
struct ColumnWriter {
  RowWriter<uint32_t> u32;
  RowWriter<uint64_t> u64;
  RowWriter<int64_t> i64;
  RowWriter<int32_t> i32;
};

struct FileJob {
  const FileSpec* spec = nullptr;
  std::string path;
  MappedFile map;
  std::string_view body;            // raw bytes after BOM and header
  uint64_t body_first_line = 2;
  bool gb18030 = false;
  std::vector<std::string> header;  // header fields as written (UTF-8)
  std::vector<int> field_of;        // spec column -> header field index, -1 absent
  size_t parts = 1;                 // pieces to cut the body into (csv::RecordSplitter)
  // Filled by the reader thread and the scanning workers under the pipeline's lock.
  std::vector<size_t> cuts{0};        // piece boundaries in body
  std::vector<uint64_t> piece_lines;  // newlines per piece
  std::vector<char> piece_valid;      // piece is valid UTF-8
  size_t scans_left = 0;              // pieces cut and not yet scanned
  bool split_done = false;            // every piece cut
  size_t parse_left = 0;              // pieces queued and not yet parsed
  std::vector<Piece> pieces;
};

// True when `v` is printable ASCII (spaces inside allowed) not starting or ending with
// a space: text::normalize_into(v, kLabel) would return it unchanged.
bool plain_ascii(std::string_view v) {
  if (v.empty() || v.front() == ' ' || v.back() == ' ') return v.empty();
  for (unsigned char c : v)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

// A value for data_quality.csv: at most kDataQualityValueBytes bytes, cut before the
// character the limit falls in (the text is UTF-8 by now: a cut inside a character
// would make the whole file invalid UTF-8 from that row on).
std::string cut_value(std::string_view v) {
  if (v.size() > kDataQualityValueBytes) {
    size_t n = kDataQualityValueBytes;
    // Back over at most three continuation bytes (10xxxxxx) to the character's lead byte.
    for (int k = 0; k < 3 && n > 0 && (static_cast<unsigned char>(v[n]) & 0xC0) == 0x80; ++k) --n;
    v = v.substr(0, n);
  }
  return std::string(v);
}

Error file_error(const std::string& code, const std::string& zh, const std::string& en,
                 const std::string& field) {
  return Error::invalid("crosscheck." + code, zh, en, field);
}

// Parses one piece of a file into typed, normalised columns.
void parse_piece(FileJob& job, size_t k, Table& table, StringPool& pool, const RelativeNames* names,
                 const PeopleFilter* people, LoadProgress* progress) {
  const FileSpec& spec = *job.spec;
  Piece& out = job.pieces[k];
  std::string_view raw = job.body.substr(job.cuts[k], job.cuts[k + 1] - job.cuts[k]);
  std::string converted;
  std::string_view text = raw;
  if (job.gb18030) {
    // One conversion buffer per parsing thread, reused piece after piece: a fresh
    // 3x-sized buffer per 8 MiB piece cost more in page faults and zero-filling than
    // the decoding itself. Nothing keeps a view of the text past this function.
    thread_local std::string gb_buffer;
    auto r = text::gb18030_to_utf8(raw, gb_buffer);
    text = r.ok() ? r.value() : std::string_view{};
  } else if (!job.piece_valid[k]) {
    // Behind a BOM (UTF-8 whatever follows), bytes that are not UTF-8 become U+FFFD,
    // as invalid GB18030 does: every output stays valid UTF-8.
    converted = text::repair_utf8(raw);
    text = converted;
  }
  uint64_t first_line = job.body_first_line;
  for (size_t i = 0; i < k; ++i) first_line += job.piece_lines[i];

  const size_t ncols = spec.columns.size();
  // This piece's rows of the table (sized by load_data for every line of the piece).
  const size_t base = out.base;
  std::vector<ColumnWriter> cols(ncols);
  for (size_t c = 0; c < ncols; ++c) {
    Column& tc = table.cols[c];
    if (!tc.u32.empty()) cols[c].u32.p = tc.u32.data() + base;
    if (!tc.u64.empty()) cols[c].u64.p = tc.u64.data() + base;
    if (!tc.i64.empty()) cols[c].i64.p = tc.i64.data() + base;
    if (!tc.i32.empty()) cols[c].i32.p = tc.i32.data() + base;
  }
  uint32_t* const line_out = table.line.data() + base;
  size_t kept = 0;  // rows written

  // Registry exports list a company's persons together, a cadre's relatives
  // together, and repeat labels (departments, ports): a value equal to the previous
  // row's raw value in the same column has the same id. Only values that raised no
  // data-quality issue are remembered (a bad value must be reported on every row).
  struct LastValue {
    std::string raw;
    uint32_t id = 0;
    const uint32_t* cell = nullptr;  // strings: the cell holding the id (see InternBatch)
    bool set = false;
    bool same(std::string_view v) const {
      return set && equal_bytes(v, raw);  // (an empty view may have no data pointer: no byte is read)
    }
    void remember(std::string_view v, uint32_t value) {
      raw.assign(v);
      id = value;
      set = true;
    }
    void remember_cell(std::string_view v, const uint32_t* c) {
      raw.assign(v);
      cell = c;
      set = true;
    }
  };
  std::vector<LastValue> last(ncols);
  InternBatch batch(pool);
  // Resident IDs are parsed first in each row: what is kept of a lookup-only name and
  // of the people-only columns depends on the row's ID. Each column has its own
  // vector and data-quality issues are sorted by line and column when written, so
  // the order of parsing changes nothing else.
  std::vector<size_t> order;
  for (size_t c = 0; c < ncols; ++c)
    if (spec.columns[c].kind == ColumnKind::kResidentId) order.push_back(c);
  for (size_t c = 0; c < ncols; ++c)
    if (spec.columns[c].kind != ColumnKind::kResidentId) order.push_back(c);
  // Booleans and enumerations take a handful of raw forms per file (是/否, 股东, 出境...):
  // the last four distinct raw values of each such column with their codes, so most
  // rows skip normalisation and the comparison with the contract's words.
  struct RecentValues {
    std::array<LastValue, 4> seen;
    unsigned next = 0;
    const LastValue* find(std::string_view v) const {
      for (const LastValue& e : seen)
        if (e.same(v)) return &e;
      return nullptr;
    }
    void remember(std::string_view v, uint32_t value) {
      seen[next].remember(v, value);
      next = (next + 1) % seen.size();
    }
  };
  std::vector<RecentValues> recent(ncols);

  FieldScanner reader(text, first_line);
  csv::Record rec;
  std::string buf;
  uint64_t rows = 0;
  const size_t nfields = job.header.size();
  const size_t fidx = static_cast<size_t>(spec.id);
  while (reader.next(&rec)) {
    ++rows;
    if ((rows & 0xFFFF) == 0 && progress) {
      progress->rows[fidx].fetch_add(0x10000, std::memory_order_relaxed);
    }
    if (rec.fields.size() != nfields) {
      // One stray empty field at the end (a trailing comma) is not worth a report
      // only when every extra field is blank; anything else is a bad row.
      bool trailing_blank = rec.fields.size() > nfields;
      for (size_t i = nfields; trailing_blank && i < rec.fields.size(); ++i)
        trailing_blank = text::trim(rec.fields[i]).empty();
      if (!trailing_blank) {
        std::string row;
        for (size_t i = 0; i < rec.fields.size(); ++i) {
          if (i) row.push_back(',');
          row.append(rec.fields[i]);
        }
        out.issues.push_back({spec.id, static_cast<uint32_t>(rec.line), -1, "",
                              "字段数错误（应为 " + std::to_string(nfields) + " 个，实为 " +
                                  std::to_string(rec.fields.size()) + " 个） / wrong field count",
                              cut_value(row)});
        continue;
      }
    }
    line_out[kept++] = static_cast<uint32_t>(rec.line);
    uint64_t row_person = 0;  // this row's resident ID and lookup-only name, once parsed
    uint32_t row_name = 0;    // (both come before the people-only columns in the schema)
    for (size_t c : order) {
      const ColumnSpec& cs = spec.columns[c];
      ColumnWriter& col = cols[c];
      int f = job.field_of[c];
      std::string_view v = f >= 0 ? rec.fields[static_cast<size_t>(f)] : std::string_view{};
      auto issue = [&](const std::string& problem) {
        out.issues.push_back({spec.id, static_cast<uint32_t>(rec.line), static_cast<int>(c),
                              job.header[static_cast<size_t>(f)], problem, cut_value(text::trim(v))});
      };
      switch (cs.kind) {
        case ColumnKind::kUnused:
          break;
        case ColumnKind::kLabel: case ColumnKind::kText: case ColumnKind::kCompanyName:
        case ColumnKind::kPersonName: case ColumnKind::kAddress: case ColumnKind::kCertificate: {
          unsigned flags = text::kLabel;
          if (cs.kind == ColumnKind::kCompanyName) flags = text::kCompanyName;
          else if (cs.kind == ColumnKind::kPersonName) flags = text::kPersonName;
          else if (cs.kind == ColumnKind::kAddress) flags = text::kAddress;
          else if (cs.kind == ColumnKind::kCertificate) flags = text::kCertificate;
          if (people && read_for_people_only(spec.id, c) && !people->may_be(row_person, row_name)) {
            col.u32.push_back(0);
            break;
          }
          if (!row_person && lookup_only(spec.id, cs.kind)) {  // a name alone never matches
            col.u32.push_back(0);
            break;
          }
          const bool repeatable = cs.kind == ColumnKind::kLabel || cs.kind == ColumnKind::kText;
          if (repeatable && last[c].same(v)) { batch.copy(col.u32.next(), last[c].cell); break; }
          const bool lookup = lookup_only(spec.id, cs.kind);  // (never repeatable)
          const uint32_t birth = lookup ? ResidentId::from_packed(row_person).birth_yyyymmdd() : 0;
          if (lookup && names && !names->may_be_born_on(birth)) {
            row_name = 0;
            col.u32.push_back(0);
            break;
          }
          text::normalize_into(v, flags, &buf);
          if (lookup) {
            bool unsure = true;
            uint32_t value = names ? names->find(buf, birth, &unsure) : 0;
            if (unsure) value = pool.find_marked(buf);
            row_name = value;
            col.u32.push_back(value);
            break;
          }
          uint32_t* cell = col.u32.next();
          batch.add(cell, buf);
          if (repeatable) last[c].remember_cell(v, cell);
          break;
        }
        case ColumnKind::kPhone:
          text::normalize_phone_into(v, &buf);
          batch.add(col.u32.next(), buf);
          break;
        case ColumnKind::kResidentId: {
          if (uint64_t packed = canonical_resident_id(v)) {  // already canonical and valid
            col.u64.push_back(packed);
            row_person = packed;
            break;
          }
          ResidentIdProblem p;
          ResidentId id = ResidentId::parse(v, &p);
          if (!id.valid() && p != ResidentIdProblem::kBlank)
            issue(std::string(resident_id_problem_zh(p)) + " / " + resident_id_problem_en(p));
          col.u64.push_back(id.packed());
          row_person = id.packed();
          break;
        }
        case ColumnKind::kCreditCode: {
          if (last[c].same(v)) { batch.copy(col.u32.next(), last[c].cell); break; }
          if (is_canonical_valid_code(v)) {  // already canonical and valid: nothing to clean up
            uint32_t* cell = col.u32.next();
            batch.add(cell, v);
            last[c].remember_cell(v, cell);
            break;
          }
          CreditCodeProblem p;
          CreditCode cc = CreditCode::parse(v, &p);
          if (!cc.valid() && p != CreditCodeProblem::kBlank)
            issue(std::string(credit_code_problem_zh(p)) + " / " + credit_code_problem_en(p));
          batch.add(col.u32.next(), cc.valid() ? cc.str() : std::string_view());
          break;
        }
        case ColumnKind::kDate: case ColumnKind::kAmount: case ColumnKind::kArea:
        case ColumnKind::kPercent: {
          // Printable ASCII with no space at either end is its own NFKC + trim: parse
          // the raw bytes (almost every date and amount) without the copy.
          std::string_view value_text = v;
          if (!plain_ascii(v)) {
            text::normalize_into(v, text::kLabel, &buf);
            value_text = buf;
          }
          int64_t value = kUnknown;
          if (!value_text.empty()) {
            bool ok = false;
            const char* what = "";
            if (cs.kind == ColumnKind::kDate) {
              int32_t d;
              ok = parse_date(value_text, &d);
              if (ok) value = d;
              what = "无法识别的日期 / unparseable date";
            } else if (cs.kind == ColumnKind::kAmount) {
              ok = parse_amount_fen(value_text, &value);
              what = "无法识别的金额 / unparseable amount";
            } else if (cs.kind == ColumnKind::kArea) {
              ok = parse_area_centi(value_text, &value);
              what = "无法识别的面积 / unparseable area";
            } else {
              ok = parse_percent_centi(value_text, &value);
              what = "无法识别的持股比例 / unparseable percentage";
            }
            if (!ok) { value = kUnknown; issue(what); }
          }
          // Percentages are validated for data quality but no rule reads them.
          if (cs.kind == ColumnKind::kDate) col.i32.push_back(value == kUnknown ? kUnknownDay : static_cast<int32_t>(value));
          else if (cs.kind != ColumnKind::kPercent) col.i64.push_back(value);
          break;
        }
        case ColumnKind::kBool: {
          if (const LastValue* seen = recent[c].find(v)) { col.u32.push_back(seen->id); break; }
          text::normalize_into(v, text::kEnumValue, &buf);
          uint32_t value = 0;
          bool bad = false;
          if (!buf.empty()) {
            bool b;
            if (parse_bool(buf, &b)) value = b ? 2 : 1;
            else { bad = true; issue("无法识别的是/否值 / unparseable boolean"); }
          }
          if (!bad) recent[c].remember(v, value);  // a bad value is reported on every row
          col.u32.push_back(value);
          break;
        }
        case ColumnKind::kEnum: {
          if (const LastValue* seen = recent[c].find(v)) { col.u32.push_back(seen->id); break; }
          text::normalize_into(v, text::kEnumValue, &buf);
          uint32_t value = 0;
          bool bad = false;
          if (!buf.empty()) {
            for (size_t e = 0; e < cs.enum_values.size(); ++e)
              if (cs.enum_values[e] == buf) { value = static_cast<uint32_t>(e + 1); break; }
            if (!value) { bad = true; issue("未知的取值 / unknown value"); }
          }
          if (!bad) recent[c].remember(v, value);
          col.u32.push_back(value);
          break;
        }
      }
    }
  }
  batch.flush();
  out.rows = kept;
  // Every value of the piece now lives in the columns and the pool: give its pages of
  // the mapping back, so the resident set does not grow with the input (the bytes stay
  // in the page cache; a page shared with a neighbouring piece is simply re-faulted).
  job.map.release(raw);
  if (progress) {
    progress->rows[fidx].fetch_add(rows & 0xFFFF, std::memory_order_relaxed);
    progress->bytes_done[fidx].fetch_add(raw.size(), std::memory_order_relaxed);
  }
}

// Sets aside every piece's rows in its file's table: one row per line break of the
// piece (+1 for the last piece, whose last record may have none). Columns no rule reads
// stay empty. The storage is not zeroed: each piece writes its own rows.
void size_table(FileJob& job, Table& table) {
  const FileSpec& spec = *job.spec;
  size_t total = 0;
  for (size_t k = 0; k < job.pieces.size(); ++k) {
    job.pieces[k].base = total;
    total += static_cast<size_t>(job.piece_lines[k]) + (k + 1 == job.pieces.size() ? 1 : 0);
  }
  table.line.resize(total);
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    Column& col = table.cols[c];
    col.present = job.field_of[c] >= 0;
    ColumnKind kind = spec.columns[c].kind;
    if (kind == ColumnKind::kUnused || kind == ColumnKind::kPercent) continue;
    if (is_string_kind(kind) || kind == ColumnKind::kBool || kind == ColumnKind::kEnum) col.u32.resize(total);
    else if (kind == ColumnKind::kResidentId) col.u64.resize(total);
    else if (kind == ColumnKind::kDate) col.i32.resize(total);
    else col.i64.resize(total);
  }
}

// Moves the pieces' rows together in file order (rows set aside for lines that were
// not records — blank lines, line breaks inside quotes, the last piece's spare row —
// are dropped) and cuts the columns to the rows read.
void close_gaps(FileJob& job, Table& table) {
  size_t rows = 0;
  auto move_rows = [](auto& v, size_t from, size_t to, size_t n) {
    if (!v.empty() && from != to && n) std::memmove(v.data() + to, v.data() + from, n * sizeof(v[0]));
  };
  for (const Piece& p : job.pieces) {
    move_rows(table.line, p.base, rows, p.rows);
    for (Column& col : table.cols) {
      move_rows(col.u32, p.base, rows, p.rows);
      move_rows(col.u64, p.base, rows, p.rows);
      move_rows(col.i64, p.base, rows, p.rows);
      move_rows(col.i32, p.base, rows, p.rows);
    }
    rows += p.rows;
  }
  auto cut = [&](auto& v) {
    if (!v.empty()) v.resize(rows);
  };
  cut(table.line);
  for (Column& col : table.cols) {
    cut(col.u32);
    cut(col.u64);
    cut(col.i64);
    cut(col.i32);
  }
}

// Reads the header of a job's file and maps the contract's columns onto it.
Status read_header(FileJob& job) {
  const FileSpec& spec = *job.spec;
  std::string_view all = job.map.view();
  std::string_view bytes = text::strip_utf8_bom(all);
  bool bom = bytes.size() != all.size();
  const std::string name(spec.file_name);
  csv::CsvReader reader(bytes, 1);
  csv::Record rec;
  if (!reader.next(&rec) || rec.line != 1) {
    return file_error("no_header", "输入文件 " + name + " 没有表头（文件为空）",
                      "input file " + name + " has no header row (empty file)", name + ":1");
  }
  size_t header_end = reader.offset();
  job.body = bytes.substr(header_end);
  job.body_first_line = 1 + csv::count_lines(bytes.substr(0, header_end));
  // The header decides nothing about the encoding of the rest; the body pieces are
  // validated separately. Decode the header on its own for matching.
  std::string_view head = bytes.substr(0, header_end);
  job.gb18030 = !bom && !text::is_valid_utf8(head);
  for (auto f : rec.fields) {
    std::string utf8;
    if (job.gb18030) {
      auto r = text::gb18030_to_utf8(f);
      utf8 = r.ok() ? std::move(r).value() : std::string(f);
    } else {
      utf8 = text::repair_utf8(f);
    }
    job.header.push_back(std::string(text::trim(utf8)));
  }
  std::vector<std::string> norm;
  for (auto& h : job.header) norm.push_back(text::normalize(h, text::kEnumValue));
  job.field_of.assign(spec.columns.size(), -1);
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    const ColumnSpec& cs = spec.columns[c];
    for (size_t i = 0; i < norm.size(); ++i) {
      if (norm[i] == cs.name || norm[i] == cs.alias) { job.field_of[c] = static_cast<int>(i); break; }
    }
    if (job.field_of[c] < 0 && !cs.optional) {
      return file_error("bad_header",
                        "输入文件 " + name + " 的表头不可用：缺少列 " + std::string(cs.name) + "（" +
                            std::string(cs.alias) + "）",
                        "input file " + name + " has no usable header: column " + std::string(cs.name) +
                            " (" + std::string(cs.alias) + ") is missing",
                        name + ":1");
    }
  }
  return {};
}

}  // namespace

Result<LoadedData> load_data(const std::string& data_dir, unsigned threads, LoadProgress* progress,
                             size_t piece_bytes) {
  if (piece_bytes == 0) piece_bytes = kPieceBytes;
  auto t0 = Clock::now();
  const double cpu0 = process_cpu_seconds();
  LoadedData data;
  auto step_t = t0;
  double step_cpu = cpu0;
  auto step = [&](const char* name) {
    auto now = Clock::now();
    double cpu = process_cpu_seconds();
    data.load_steps.emplace_back(name, std::chrono::duration<double>(now - step_t).count(), cpu - step_cpu);
    step_t = now;
    step_cpu = cpu;
  };
  std::vector<std::unique_ptr<FileJob>> jobs;
  for (const FileSpec& spec : file_specs()) {
    Table& table = data.tables[static_cast<size_t>(spec.id)];
    table.file = spec.id;
    table.cols.resize(spec.columns.size());
    std::string path = data_dir + "/" + std::string(spec.file_name);
    table.path = path;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) {
      if (spec.required) {
        return file_error("missing_file",
                          "缺少必需的输入文件 " + std::string(spec.file_name) + "（" + std::string(spec.title_zh) + "）",
                          "required input file " + std::string(spec.file_name) + " is missing", path);
      }
      continue;
    }
    auto job = std::make_unique<FileJob>();
    job->spec = &spec;
    job->path = path;
    if (int e = job->map.open(path); e != 0) {
      return file_error("unreadable_file",
                        "无法读取输入文件 " + std::string(spec.file_name) + "：" + std::strerror(e),
                        "cannot read input file " + std::string(spec.file_name) + ": " + std::strerror(e), path);
    }
    QF_TRY_STATUS(read_header(*job));
    table.present = true;
    table.bytes = job->map.view().size();
    data.bytes += table.bytes;
    job->parts = std::max<size_t>(1, job->body.size() / piece_bytes);
    if (progress) progress->bytes_total[static_cast<size_t>(spec.id)] = table.bytes;
    jobs.push_back(std::move(job));
  }
  step("open");
  // The generated tiers hold one distinct string per 200 bytes of input; sizing the
  // pool for one per 256 bytes never makes its tables larger than they would grow
  // to, and spares the parsing threads most rehashes (docs/crosscheck.md).
  data.pool.reserve(data.bytes / 256);

  // The rest is one pipeline, so that no core waits for a serial step (see
  // docs/crosscheck.md, "Load pipeline"):
  // - a reader thread cuts the files into pieces at record boundaries (the one
  //   sequential pass: quote parity), early files first, and hands each piece on as
  //   soon as it is cut — it mostly waits for the page cache or the disk, so it runs
  //   beside the `threads` workers;
  // - the workers scan pieces first (line breaks + UTF-8 validity, piece_scan.h); the
  //   worker that scans a file's last piece decides the file's encoding, sets aside
  //   its rows and queues its pieces for parsing;
  // - they parse the early files' pieces; once every early file is parsed, one worker
  //   closes their gaps and builds the relative names and the people filter while the
  //   other goes on scanning; then the late files' pieces are parsed.
  // Every piece writes only its own rows and issues and every step a file needs
  // happens before the next one starts, so the result does not depend on the order.
  auto table_of = [&](const FileJob& j) -> Table& { return data.tables[static_cast<size_t>(j.spec->id)]; };
  std::vector<FileJob*> read_order;  // the order the files are parsed in
  for (auto& j : jobs)
    if (!loads_late(j->spec->id)) read_order.push_back(j.get());
  for (auto& j : jobs)
    if (loads_late(j->spec->id)) read_order.push_back(j.get());
  struct Task {
    FileJob* job;
    size_t k;
    size_t begin = 0, end = 0;  // a scan's piece (cuts may grow meanwhile)
  };
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Task> scans, early_parse, late_parse;
  size_t files_left[2] = {0, 0};  // early, late files not completely parsed
  for (FileJob* j : read_order) ++files_left[loads_late(j->spec->id) ? 1 : 0];
  bool people_started = false, people_done = false;
  double idle_seconds = 0;
  Clock::time_point people_t0, people_t1;
  double people_cpu0 = 0, people_cpu1 = 0;
  RelativeNames names;
  std::unique_ptr<PeopleFilter> people;
  constexpr size_t kScanBacklog = 64;  // pieces cut but not scanned (their pages are mapped)

  // The file's pieces are all scanned: its encoding, its rows, its parsing tasks.
  auto finish_scanning = [&](FileJob& j) {
    // A BOM means UTF-8 whatever follows; otherwise one invalid piece makes the whole
    // file GB18030 (a file has one encoding).
    bool bom = text::strip_utf8_bom(j.map.view()).size() != j.map.view().size();
    if (!bom)
      for (char v : j.piece_valid)
        if (!v) j.gb18030 = true;
    j.pieces.resize(j.cuts.size() - 1);
    size_table(j, table_of(j));
    std::lock_guard<std::mutex> lock(mu);
    j.parse_left = j.pieces.size();
    auto& queue = loads_late(j.spec->id) ? late_parse : early_parse;
    for (size_t k = 0; k < j.pieces.size(); ++k) queue.push_back({&j, k});
    cv.notify_all();
  };

  // Between the early and the late files: the early files' rows moved together, then
  // what the late files are filtered by (lookup_only(), read_for_people_only()).
  auto know_people = [&] {
    for (auto& j : jobs)
      if (!loads_late(j->spec->id)) close_gaps(*j, table_of(*j));
    data.pool.mark();
    const Table& cadres = data.t(FileId::kCadres);
    const Table& rel = data.t(FileId::kRelatives);
    if (rel.present) {
      names.size_for(rel.rows());
      for (size_t r = 0; r < rel.rows(); ++r) {
        uint32_t id = rel.s(col::kRelName, r);
        int32_t birth = rel.cols[col::kRelBirthDate].i32[r];
        // The same relatives as RegistryIndex's name + birth-date index.
        if (!id || rel.id(col::kRelResidentId, r) || birth == kUnknownDay) continue;
        names.add(data.pool.str(id), id, yyyymmdd_of_days(birth));
      }
    }
    people = std::make_unique<PeopleFilter>(cadres.rows() + rel.rows());  // the same people as RegistryIndex's filter
    for (size_t r = 0; r < cadres.rows(); ++r)
      if (uint64_t packed = cadres.id(col::kCadreResidentId, r)) people->add_id(packed);
    for (size_t r = 0; r < rel.rows(); ++r) {
      uint64_t packed = rel.id(col::kRelResidentId, r);
      uint32_t name = rel.s(col::kRelName, r);
      int32_t birth = rel.cols[col::kRelBirthDate].i32[r];
      if (packed) people->add_id(packed);
      else if (birth != kUnknownDay && name) people->add_name_birth(name, yyyymmdd_of_days(birth));
    }
  };

  const auto pipe_t0 = Clock::now();
  const double pipe_cpu0 = process_cpu_seconds();
  double reader_wall = 0, reader_cpu = 0;
  std::thread reader([&] {
    const auto t = Clock::now();
    const double cpu = thread_cpu_seconds();
    for (FileJob* j : read_order) {
      csv::RecordSplitter split(j->body, j->parts);
      size_t cut, prev = 0;
      while (split.next(&cut)) {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return scans.size() < kScanBacklog; });
        scans.push_back({j, j->cuts.size() - 1, prev, cut});
        prev = cut;
        j->cuts.push_back(cut);
        j->piece_lines.push_back(0);
        j->piece_valid.push_back(1);
        ++j->scans_left;
        cv.notify_all();
      }
      bool last;
      {
        std::lock_guard<std::mutex> lock(mu);
        j->split_done = true;
        last = j->scans_left == 0;
      }
      if (last) finish_scanning(*j);
    }
    reader_wall = std::chrono::duration<double>(Clock::now() - t).count();
    reader_cpu = thread_cpu_seconds() - cpu;
  });

  auto work = [&] {
    for (;;) {
      enum { kScan, kParseEarly, kParseLate, kPeople } what;
      Task task{nullptr, 0};
      {
        std::unique_lock<std::mutex> lock(mu);
        for (;;) {
          if (!scans.empty()) { what = kScan; task = scans.front(); scans.pop_front(); cv.notify_all(); break; }
          if (!early_parse.empty()) { what = kParseEarly; task = early_parse.front(); early_parse.pop_front(); break; }
          if (people_done && !late_parse.empty()) { what = kParseLate; task = late_parse.front(); late_parse.pop_front(); break; }
          if (files_left[0] == 0 && !people_started) {
            what = kPeople;
            people_started = true;
            people_t0 = Clock::now();
            people_cpu0 = process_cpu_seconds();
            break;
          }
          if (people_done && files_left[1] == 0) return;
          const auto w = Clock::now();
          cv.wait(lock);
          idle_seconds += std::chrono::duration<double>(Clock::now() - w).count();
        }
      }
      switch (what) {
        case kScan: {
          FileJob& j = *task.job;
          std::string_view piece = j.body.substr(task.begin, task.end - task.begin);
          PieceScan scan = scan_piece(piece, !j.gb18030);  // one pass: line breaks and UTF-8
          // Give the scanned pages back at once: otherwise every page of every file stays
          // resident until its piece is parsed. Parsing faults them in again from the
          // page cache.
          j.map.release(piece);
          bool last;
          {
            std::lock_guard<std::mutex> lock(mu);
            j.piece_lines[task.k] = scan.lines;
            j.piece_valid[task.k] = scan.valid_utf8 ? 1 : 0;
            last = --j.scans_left == 0 && j.split_done;
          }
          if (last) finish_scanning(j);
          break;
        }
        case kParseEarly: case kParseLate: {
          FileJob& j = *task.job;
          const bool late = what == kParseLate;
          parse_piece(j, task.k, table_of(j), data.pool, late ? &names : nullptr, late ? people.get() : nullptr,
                      progress);
          std::lock_guard<std::mutex> lock(mu);
          if (--j.parse_left == 0 && --files_left[late ? 1 : 0] == 0) cv.notify_all();
          break;
        }
        case kPeople: {
          know_people();
          std::lock_guard<std::mutex> lock(mu);
          people_done = true;
          people_t1 = Clock::now();
          people_cpu1 = process_cpu_seconds();
          cv.notify_all();
          break;
        }
      }
    }
  };
  {
    std::vector<std::thread> workers;
    for (unsigned k = 1; k < std::max(1u, threads); ++k) workers.emplace_back(work);
    work();
    for (auto& w : workers) w.join();
  }
  reader.join();
  const auto pipe_t1 = Clock::now();
  const double pipe_cpu1 = process_cpu_seconds();
  auto secs = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); };
  data.load_steps.emplace_back("parse_early", secs(pipe_t0, people_t0), people_cpu0 - pipe_cpu0);
  data.load_steps.emplace_back("people", secs(people_t0, people_t1), people_cpu1 - people_cpu0);
  data.load_steps.emplace_back("parse_late", secs(people_t1, pipe_t1), pipe_cpu1 - people_cpu1);
  data.load_steps.emplace_back("reader", reader_wall, reader_cpu);
  data.load_steps.emplace_back("idle", idle_seconds, 0.0);
  auto t1 = Clock::now();
  const double cpu1 = process_cpu_seconds();

  // The late files' rows moved together (the early files' were before the late files
  // were parsed: their tables feed the relative names and the people filter); the
  // data-quality issues collected in file and piece order.
  for (auto& j : jobs)
    if (loads_late(j->spec->id)) close_gaps(*j, table_of(*j));
  for (auto& j : jobs) {
    for (auto& p : j->pieces) {
      for (auto& issue : p.issues) data.issues.push_back(std::move(issue));
      p = Piece{};
    }
  }
  auto t2 = Clock::now();
  data.parse_seconds = std::chrono::duration<double>(t1 - t0).count();
  data.merge_seconds = std::chrono::duration<double>(t2 - t1).count();
  data.parse_cpu_seconds = cpu1 - cpu0;
  data.merge_cpu_seconds = process_cpu_seconds() - cpu1;
  return data;
}

}  // namespace qf::crosscheck
