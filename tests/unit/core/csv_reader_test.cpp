#include "core/csv_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace qf::csv {
namespace {

std::vector<std::vector<std::string>> read_all(std::string_view text, std::vector<uint64_t>* lines = nullptr) {
  CsvReader r(text);
  Record rec;
  std::vector<std::vector<std::string>> out;
  while (r.next(&rec)) {
    out.emplace_back(rec.fields.begin(), rec.fields.end());
    if (lines) lines->push_back(rec.line);
  }
  return out;
}

TEST(CsvReader, PlainLfAndCrlf) {
  auto rows = read_all("a,b\r\n1,2\n3,\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"3", ""}));
}

TEST(CsvReader, QuotedCommasQuotesAndNewlines) {
  std::vector<uint64_t> lines;
  auto rows = read_all("h1,h2\n\"a,b\",\"say \"\"hi\"\"\"\n\"line1\r\nline2\",x\nlast,row", &lines);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"a,b", "say \"hi\""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"line1\r\nline2", "x"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"last", "row"}));
  // The record after a two-line field starts on physical line 5.
  EXPECT_EQ(lines, (std::vector<uint64_t>{1, 2, 3, 5}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  std::vector<uint64_t> lines;
  auto rows = read_all("h\n\n\r\nx\n", &lines);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(lines[1], 4u);
}

TEST(CsvReader, LenientQuotes) {
  auto rows = read_all("a\"b,\"c\"d\n\"open");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a\"b", "cd"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"open"}));
}

// The boundaries, recomputed the slow way: the quote parity at each target counted
// character by character from the start of the text.
std::vector<size_t> reference_split(std::string_view text, size_t parts) {
  std::vector<size_t> cuts{0};
  const size_t n = text.size();
  if (parts > 1 && n >= parts) {
    for (size_t k = 1; k < parts; ++k) {
      size_t p = std::max(k * (n / parts), cuts.back());
      bool in_quotes = false;
      for (size_t i = 0; i < p; ++i) in_quotes ^= text[i] == '"';
      while (p < n) {
        const char c = text[p++];
        if (c == '"') in_quotes = !in_quotes;
        else if (c == '\n' && !in_quotes) break;
      }
      if (p >= n) break;
      if (p > cuts.back()) cuts.push_back(p);
    }
  }
  cuts.push_back(n);
  return cuts;
}

// The cross-check loader cuts files with RecordSplitter, one boundary at a time, on its
// reader thread; split_records collects the same boundaries. Both must be the cut for
// any text and piece count (quoted line breaks, doubled quotes, stray quotes, no line
// break at all).
TEST(CsvReader, RecordSplitterAndSplitRecordsCutAtRecordStarts) {
  std::mt19937 rng(7);
  const char alphabet[] = {'a', ',', '"', '\n', '\r', 'b'};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    size_t len = rng() % 300;
    for (size_t i = 0; i < len; ++i) text.push_back(alphabet[rng() % (round % 3 == 0 ? 6 : 4 + 2 * (i % 2))]);
    for (size_t parts : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{40}, len, len + 1}) {
      const std::vector<size_t> expected = reference_split(text, parts);
      std::vector<size_t> got{0};
      RecordSplitter split(text, parts);
      size_t cut;
      while (split.next(&cut)) got.push_back(cut);
      ASSERT_EQ(got, expected) << "round " << round << " parts " << parts << " text '" << text << "'";
      ASSERT_EQ(split_records(text, parts), expected) << "round " << round << " parts " << parts;
    }
  }
}

TEST(CsvReader, SplitRecordsNeverCutsInsideQuotes) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "\"multi\nline, field\"," + std::to_string(i) + "\n";
  auto cuts = split_records(text, 7);
  ASSERT_GE(cuts.size(), 3u);
  size_t total = 0;
  uint64_t line = 1;
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::string_view piece = std::string_view(text).substr(cuts[k], cuts[k + 1] - cuts[k]);
    CsvReader r(piece, line);
    Record rec;
    while (r.next(&rec)) {
      ASSERT_EQ(rec.fields.size(), 2u);
      EXPECT_EQ(rec.fields[0], "multi\nline, field");
      EXPECT_EQ(rec.line, 1 + 2 * total);
      ++total;
    }
    line += count_lines(piece);
  }
  EXPECT_EQ(total, 5000u);
}

TEST(CsvReader, AppendFieldQuotesWhenNeeded) {
  std::string out;
  append_field(&out, "plain");
  out += ',';
  append_field(&out, "a,\"b\"");
  EXPECT_EQ(out, "plain,\"a,\"\"b\"\"\"");
}

}  // namespace
}  // namespace qf::csv
