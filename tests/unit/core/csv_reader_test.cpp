#include "core/csv_reader.h"

#include <gtest/gtest.h>

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
