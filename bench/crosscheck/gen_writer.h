// CsvOut: a streaming writer for one input file of the cross-check contract, in the
// clean layout (UTF-8, LF, English headers in documented order) or in the messy one
// (GB18030 or UTF-8 with/without BOM, CRLF, Chinese/English headers shuffled, an extra
// column with commas, quotes and newlines, needless quoting). Rows are given in the
// documented column order; the writer permutes. Memory stays flat: the buffer is
// flushed every few MiB, always on a row boundary so GB18030 conversion never splits
// a character.
#pragma once

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gen_core.h"

namespace qfgen {

struct Column {
  std::string_view en;
  std::string_view zh;
};

class CsvOut {
 public:
  static constexpr std::size_t kMaxCols = 12;

  // Opens dir/name for writing. The messy layout is drawn from `layout_seed`.
  CsvOut(const std::string& dir, std::string name, std::vector<Column> cols, bool messy, std::uint64_t layout_seed)
      : name_(std::move(name)), cols_(std::move(cols)), messy_(messy), rng_(layout_seed) {
    path_ = dir + "/" + name_;
    f_ = std::fopen(path_.c_str(), "wb");
    if (!f_) throw std::runtime_error("cannot write " + path_);
    order_.resize(cols_.size());
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = static_cast<int>(i);
    std::vector<std::string_view> header;
    if (messy_) {
      const auto enc = rng_.below(3);
      gb_ = enc == 0;
      bom_ = enc == 1;
      crlf_ = rng_.chance(0.5);
      for (std::size_t i = order_.size(); i > 1; --i) std::swap(order_[i - 1], order_[rng_.below(i)]);
      if (rng_.chance(0.7)) {  // an extra column, somewhere in the row
        extra_at_ = static_cast<int>(rng_.below(order_.size() + 1));
      }
      const bool all_zh = rng_.chance(0.6);
      for (int c : order_) {
        const Column& col = cols_[static_cast<std::size_t>(c)];
        header.push_back(all_zh || rng_.chance(0.5) ? col.zh : col.en);
      }
      if (extra_at_ >= 0) header.insert(header.begin() + extra_at_, "备注");
    } else {
      for (const Column& col : cols_) header.push_back(col.en);
    }
    if (gb_) {
      cd_ = iconv_open("GB18030", "UTF-8");
      if (cd_ == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv GB18030 unavailable");
    }
    if (bom_) buf_.append("\xEF\xBB\xBF");
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (i) buf_.push_back(',');
      buf_.append(header[i]);
    }
    eol();
    buf_.reserve(kFlushAt + 65536);
  }
  CsvOut(const CsvOut&) = delete;
  CsvOut& operator=(const CsvOut&) = delete;
  ~CsvOut() { close(); }

  // Cell i of the row being built, in documented column order; cleared after row().
  std::string& operator[](std::size_t i) { return cells_[i]; }

  void row() {
    const std::size_t n = order_.size();
    int written = 0;
    for (std::size_t k = 0; k <= n; ++k) {
      if (messy_ && extra_at_ == static_cast<int>(k)) {
        if (written++) buf_.push_back(',');
        extra_cell();
      }
      if (k == n) break;
      if (written++) buf_.push_back(',');
      put(cells_[static_cast<std::size_t>(order_[k])]);
    }
    for (std::size_t i = 0; i < n; ++i) cells_[i].clear();
    eol();
    ++rows_;
    if (buf_.size() >= kFlushAt) flush();
  }

  // A row whose field count is wrong (messy variant only): the cells given, no more.
  void short_row(std::size_t fields) {
    for (std::size_t k = 0; k < fields && k < order_.size(); ++k) {
      if (k) buf_.push_back(',');
      put(cells_[static_cast<std::size_t>(order_[k])]);
    }
    for (auto& c : cells_) c.clear();
    eol();
    ++rows_;
  }

  void close() {
    if (!f_) return;
    flush();
    std::fclose(f_);
    f_ = nullptr;
    if (gb_) iconv_close(cd_);
  }

  const std::string& name() const { return name_; }
  const std::string& path() const { return path_; }
  std::uint64_t rows() const { return rows_; }
  std::uint64_t bytes() const { return bytes_; }
  bool messy() const { return messy_; }

 private:
  static constexpr std::size_t kFlushAt = 4u << 20;

  void eol() {
    if (crlf_) buf_.push_back('\r');
    buf_.push_back('\n');
  }

  void put(const std::string& v) {
    bool quote = false;
    for (char ch : v)
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        quote = true;
        break;
      }
    if (!quote && messy_ && !v.empty() && rng_.chance(0.04)) quote = true;
    if (!quote) {
      buf_.append(v);
      return;
    }
    buf_.push_back('"');
    for (char ch : v) {
      if (ch == '"') buf_.push_back('"');
      buf_.push_back(ch);
    }
    buf_.push_back('"');
  }

  void extra_cell() {
    static constexpr std::array<std::string_view, 6> kNotes = {
        "", "", "已核实", "见附件,另有说明", "经办人称\"已报备\"", "第一行\n第二行,含逗号"};
    std::string v(kNotes[rng_.below(kNotes.size())]);
    if (crlf_) {  // keep embedded newlines in the file's own style
      std::string t;
      for (char ch : v) {
        if (ch == '\n') t.push_back('\r');
        t.push_back(ch);
      }
      v.swap(t);
    }
    put(v);
  }

  void flush() {
    if (buf_.empty()) return;
    if (gb_) {
      conv_.resize(buf_.size() * 2 + 16);
      char* in = buf_.data();
      std::size_t inleft = buf_.size();
      char* out = conv_.data();
      std::size_t outleft = conv_.size();
      if (iconv(cd_, &in, &inleft, &out, &outleft) == static_cast<std::size_t>(-1))
        throw std::runtime_error("GB18030 conversion failed for " + path_ + ": " + std::strerror(errno));
      write(conv_.data(), conv_.size() - outleft);
    } else {
      write(buf_.data(), buf_.size());
    }
    buf_.clear();
  }

  void write(const char* p, std::size_t n) {
    if (std::fwrite(p, 1, n, f_) != n) throw std::runtime_error("write failed: " + path_);
    bytes_ += n;
  }

  std::string name_, path_;
  std::vector<Column> cols_;
  bool messy_;
  Rng rng_;
  std::FILE* f_ = nullptr;
  std::vector<int> order_;
  int extra_at_ = -1;
  bool gb_ = false, bom_ = false, crlf_ = false;
  iconv_t cd_{};
  std::array<std::string, kMaxCols> cells_;
  std::string buf_, conv_;
  std::uint64_t rows_ = 0, bytes_ = 0;
};

}  // namespace qfgen
