#include "domain/clues/clue_number.h"

#include <cstdio>

namespace qf::clues {

namespace {

Error pattern_error(std::string_view pattern, const std::string& zh, const std::string& en) {
  return Error::invalid("config.clues.number_pattern",
                        "线索编号格式“" + std::string(pattern) + "”无效：" + zh,
                        "Clue number pattern \"" + std::string(pattern) + "\" is invalid: " + en,
                        "clues.number_pattern");
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Result<ClueNumberPattern> ClueNumberPattern::compile(std::string_view pattern) {
  ClueNumberPattern p;
  p.pattern_ = std::string(pattern);
  int years = 0, seqs = 0;
  std::string literal;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '}')
      return pattern_error(pattern, "多余的“}”", "unexpected '}'");
    if (pattern[i] != '{') {
      literal += pattern[i++];
      continue;
    }
    size_t close = pattern.find('}', i);
    if (close == std::string_view::npos)
      return pattern_error(pattern, "“{”未闭合", "'{' is not closed");
    std::string_view name = pattern.substr(i + 1, close - i - 1);
    Piece piece{Piece::kLiteral, {}, 0};
    if (name == "year") {
      piece.kind = Piece::kYear;
      ++years;
    } else if (name == "seq") {
      piece.kind = Piece::kSeq;
      ++seqs;
    } else if (name.substr(0, 4) == "seq:" && name.size() == 5 && name[4] >= '1' && name[4] <= '9') {
      piece.kind = Piece::kSeq;
      piece.width = name[4] - '0';
      ++seqs;
    } else {
      return pattern_error(pattern, "只能使用 {year}、{seq} 或 {seq:N}（N 为 1–9）",
                           "only {year}, {seq} and {seq:N} (N from 1 to 9) may be used");
    }
    if (!literal.empty()) {
      if (!p.pieces_.empty() && p.pieces_.back().kind != Piece::kLiteral && is_digit(literal[0]))
        return pattern_error(pattern, "占位符后面不能紧跟数字", "a placeholder may not be followed by a digit");
      p.pieces_.push_back({Piece::kLiteral, literal, 0});
      literal.clear();
    } else if (!p.pieces_.empty() && p.pieces_.back().kind != Piece::kLiteral) {
      return pattern_error(pattern, "两个占位符之间必须有文字", "two placeholders must be separated by text");
    }
    p.pieces_.push_back(piece);
    i = close + 1;
  }
  if (!literal.empty()) {
    if (!p.pieces_.empty() && p.pieces_.back().kind != Piece::kLiteral && is_digit(literal[0]))
      return pattern_error(pattern, "占位符后面不能紧跟数字", "a placeholder may not be followed by a digit");
    p.pieces_.push_back({Piece::kLiteral, literal, 0});
  }
  if (years != 1 || seqs != 1)
    return pattern_error(pattern, "必须恰好包含一个 {year} 和一个 {seq}",
                         "must contain exactly one {year} and one {seq}");
  return p;
}

std::string ClueNumberPattern::format(int year, int64_t seq) const {
  std::string out;
  char buf[32];
  for (const Piece& piece : pieces_) {
    switch (piece.kind) {
      case Piece::kLiteral: out += piece.text; break;
      case Piece::kYear: std::snprintf(buf, sizeof buf, "%04d", year); out += buf; break;
      case Piece::kSeq:
        std::snprintf(buf, sizeof buf, "%0*lld", piece.width, static_cast<long long>(seq));
        out += buf;
        break;
    }
  }
  return out;
}

std::optional<ClueNumber> ClueNumberPattern::parse(std::string_view text) const {
  ClueNumber n;
  n.text = std::string(text);
  size_t pos = 0;
  for (const Piece& piece : pieces_) {
    if (piece.kind == Piece::kLiteral) {
      if (text.substr(pos, piece.text.size()) != piece.text) return std::nullopt;
      pos += piece.text.size();
      continue;
    }
    size_t start = pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
    size_t len = pos - start;
    if (len == 0 || len > 18) return std::nullopt;
    int64_t v = 0;
    for (size_t i = start; i < pos; ++i) v = v * 10 + (text[i] - '0');
    if (piece.kind == Piece::kYear) {
      if (len != 4) return std::nullopt;
      n.year = static_cast<int>(v);
    } else {
      if (v <= 0) return std::nullopt;
      n.seq = v;
    }
  }
  if (pos != text.size()) return std::nullopt;
  // Only the canonical spelling is this pattern's number (no extra leading zeros).
  if (format(n.year, n.seq) != text) return std::nullopt;
  return n;
}

Result<int64_t> InMemoryClueNumberAllocator::next_seq(int year) {
  return ++high_water_[year];
}

void InMemoryClueNumberAllocator::observe(int year, int64_t seq) {
  int64_t& hw = high_water_[year];
  if (seq > hw) hw = seq;
}

int64_t InMemoryClueNumberAllocator::high_water(int year) const {
  auto it = high_water_.find(year);
  return it == high_water_.end() ? 0 : it->second;
}

Result<ClueNumber> allocate_clue_number(ClueNumberAllocator& allocator, const ClueNumberPattern& pattern,
                                        int year) {
  QF_TRY(int64_t seq, allocator.next_seq(year));
  if (seq <= 0) return Error::internal("clue number allocator returned a non-positive sequence");
  return ClueNumber{year, seq, pattern.format(year, seq)};
}

}  // namespace qf::clues
