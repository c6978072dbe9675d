// Input variants of FORMATS.md "Reading the files" and the stop conditions of
// "Running", exercised through the engine.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "crosscheck/table.h"
#include "test_support.h"

namespace qf::crosscheck::testing {
namespace {

std::string to_gb18030(const std::string& utf8) {
  std::string out(utf8.size() * 2 + 16, '\0');
  UErrorCode st = U_ZERO_ERROR;
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &st);
  EXPECT_TRUE(U_SUCCESS(st));
  out.resize(static_cast<size_t>(n));
  return out;
}

const char* kCadres =
    "cadre_id,name,resident_id,department,position,is_leading\n"
    "C1,张三,330106198001010013,办公室,科长,否\n";

TEST(Loader, MissingRequiredFileStopsNamingIt) {
  TempDataSet t;
  auto r = t.run();
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message_zh.find("cadres.csv"), std::string::npos);
  EXPECT_NE(r.error().message_en.find("cadres.csv"), std::string::npos);
  EXPECT_EQ(r.error().to_string().find('\n'), std::string::npos);  // one line
}

TEST(Loader, AbsentOptionalFilesSkipTheirRules) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  auto r = t.run();
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->skipped.size(), 10u);
  EXPECT_TRUE(t.findings().empty());
}

// --stats reports the distinct strings interned: the cadre's name, department and
// position, and the declared trip's destination (ids, dates and booleans are not
// strings).
TEST(Loader, StatsCountTheDistinctStringsInterned) {
  TempDataSet t;
  t.write("cadres.csv", std::string(kCadres) + "C2,李四,330106197004040045,办公室,科长,否\n");
  t.write("declared_trips.csv", "cadre_id,depart_date,return_date,destination\nC1,2023-06-04,2023-06-18,日本\n");
  auto r = t.run();
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  // C1, C2, 张三, 李四, 办公室, 科长, 日本
  EXPECT_EQ(r->pool_strings, 7u);
  EXPECT_NE(format_stats(*r).find("pool_strings\t7\n"), std::string::npos);
}

TEST(Loader, MissingColumnIsAnUnusableHeader) {
  TempDataSet t;
  t.write("cadres.csv", "cadre_id,name,department,position,is_leading\nC1,张三,办公室,科长,否\n");
  auto r = t.run();
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message_en.find("resident_id"), std::string::npos);
  EXPECT_EQ(r.error().field, "cadres.csv:1");
}

TEST(Loader, EmptyFileHasNoHeader) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("travels.csv", "");
  auto r = t.run();
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message_en.find("travels.csv"), std::string::npos);
}

TEST(Loader, UnreadableFileStops) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  std::filesystem::create_directories(std::filesystem::path(t.data()) / "relatives.csv");
  auto r = t.run();
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message_en.find("relatives.csv"), std::string::npos);
}

TEST(Loader, BadAsOfIsRejected) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  EXPECT_FALSE(t.run("2024/06/30").ok());
  EXPECT_FALSE(t.run("2024-02-30").ok());
}

// The same records in GB18030 with Chinese headers in another order, CRLF, an extra
// column, quoted fields with commas/quotes/newlines — and in UTF-8 with a BOM —
// give the same findings as the plain file.
TEST(Loader, EncodingsHeadersAndQuotingVariants) {
  const std::string trips_plain =
      "cadre_id,depart_date,return_date,destination\n"
      "C1,2023-06-04,2023-06-18,日本\n";
  const std::string travels_plain =
      "resident_id,name,direction,date,port,destination\n"
      "330106198001010013,张三,出境,2023-06-05,上海浦东,日本\n"
      "330106198001010013,张三,出境,2023-07-01,上海浦东,泰国\n";
  const std::string travels_gb =
      "备注,日期,出入境,姓名,身份证号,口岸,目的地\r\n"
      "\"第一行\r\n第二行\",2023年6月5日,出境,張三,３３０１０６１９８００１０１００１３,上海浦东,日本\r\n"
      "\"含逗号,和\"\"引号\"\"\",20230701, 出境 ,张　三,330106 19800101 0013,上海浦东,泰国\r\n";
  std::set<Triple> want;
  {
    TempDataSet t;
    t.write("cadres.csv", kCadres);
    t.write("declared_trips.csv", trips_plain);
    t.write("travels.csv", travels_plain);
    ASSERT_TRUE(t.run().ok());
    want = t.findings();
    EXPECT_EQ(want, (std::set<Triple>{{"R4", "C1|2023-07-01", "C1"}}));
  }
  {
    TempDataSet t;
    t.write("cadres.csv", to_gb18030("干部编号,是否领导干部,姓名,部门,身份证号,职务\r\nC1,N,张三,办公室,330106198001010013,科长\r\n"));
    t.write("declared_trips.csv", "\xEF\xBB\xBF" "出发日期,返回日期,干部编号,目的地\n2023/6/4,2023年6月18日,C1,日本\n");
    t.write("travels.csv", to_gb18030(travels_gb));
    auto r = t.run();
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_EQ(t.findings(), want);
    EXPECT_TRUE(t.quality().empty());
    EXPECT_EQ(r->file_rows[static_cast<size_t>(FileId::kTravels)], 2u);
  }
}

TEST(Loader, BadValuesBecomeDataQualityRowsOnTheirPhysicalLine) {
  TempDataSet t;
  t.write("cadres.csv",
          "cadre_id,name,resident_id,department,position,is_leading\n"
          "C1,\"张\n三\",330106198001010013,办公室,科长,否\n"   // lines 2-3
          "C2,李四,330106198001010012,办公室,科长,也许\n"       // line 4: bad check digit + bad boolean
          "C3,王五,,办公室\n"                                   // line 5: wrong field count
          "C4,赵六,330106197004040045,办公室,科长,是\n");       // line 6: fine
  t.write("relatives.csv",
          "cadre_id,relation,name,resident_id,birth_date\n"
          "C1,表亲,某,,2023-02-30\n");                          // unknown enum + bad date
  auto r = t.run();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(t.quality(), (std::set<std::pair<std::string, std::string>>{
                             {"cadres.csv", "4"}, {"cadres.csv", "5"}, {"relatives.csv", "2"}}));
  EXPECT_EQ(r->data_quality_rows, 5u);  // two on line 4, one on 5, two on relatives line 2
  EXPECT_EQ(r->file_rows[0], 3u);       // the wrong-count row is reported, not used
}

// data_quality.csv gives a bad value or a bad row cut short. Long rows of Chinese
// text (3-byte characters, a 4-byte 𠮷 and a 2-byte middle dot, shifted by 0–3 ASCII
// bytes so the limit falls inside a character of every width) are cut at a character
// boundary in every encoding the reader accepts: the file stays valid UTF-8 and each
// value is the longest prefix of the original within the limit.
TEST(Loader, LongChineseValuesAreCutAtACharacterBoundaryInEveryEncoding) {
  constexpr size_t kLimit = kDataQualityValueBytes;
  std::string text;
  for (int i = 0; i < 8; ++i) text += "浙江省杭州市西湖区𠮷·路";
  ASSERT_GT(text.size(), kLimit + 40);
  // line -> the value as it should be before the cut (the row, or the bad value)
  std::map<std::string, std::string> original;
  std::string body = "cadre_id,name,resident_id,department,position,is_leading\n";
  int line = 1;
  for (int shift = 0; shift < 4; ++shift) {
    const std::string pad(static_cast<size_t>(shift), 'x');
    // Wrong field count: the whole row is the value.
    const std::string row = "C" + std::to_string(10 + shift) + "," + pad + text;
    body += row + "\n";
    original[std::to_string(++line)] = row;
    // A bad boolean: the field is the value.
    body += "C" + std::to_string(20 + shift) + ",张三,330106198001010013,办公室,科长," + pad + text + "\n";
    original[std::to_string(++line)] = pad + text;
  }
  struct Variant {
    const char* name;
    std::string bytes;
  };
  std::string crlf;
  for (char c : body) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const Variant variants[] = {{"UTF-8", body},
                              {"UTF-8 with BOM", "\xEF\xBB\xBF" + body},
                              {"GB18030", to_gb18030(body)},
                              {"GB18030 with CRLF", to_gb18030(crlf)}};
  for (const Variant& v : variants) {
    SCOPED_TRACE(v.name);
    for (size_t piece : {size_t{0}, size_t{700}}) {  // one piece, and rows spread over pieces
      TempDataSet t;
      t.write("cadres.csv", v.bytes);
      RunOptions o;
      o.data_dir = t.data();
      o.out_dir = t.out();
      o.as_of = "2024-06-30";
      o.threads = 2;
      o.piece_bytes = piece;
      auto r = run_crosscheck(o);
      ASSERT_TRUE(r.ok()) << r.error().to_string();
      expect_outputs_utf8(t.out());
      auto rows = read_csv(std::filesystem::path(t.out()) / "data_quality.csv");
      ASSERT_EQ(rows.size(), original.size() + 1);
      for (size_t i = 1; i < rows.size(); ++i) {
        const std::string& value = rows[i][4];
        const std::string& want = original.at(rows[i][1]);
        SCOPED_TRACE("line " + rows[i][1]);
        EXPECT_LE(value.size(), kLimit);
        EXPECT_GT(value.size() + 4, kLimit);  // at most one character (≤ 4 bytes) less
        EXPECT_EQ(want.compare(0, value.size(), value), 0) << "not a prefix of the original: " << value;
        EXPECT_TRUE(is_utf8(value));
      }
    }
  }
}

// A file saved as GB18030 behind a UTF-8 BOM is read as UTF-8 (the BOM decides);
// its bytes that are not UTF-8 become U+FFFD, in one piece and spread over pieces,
// so data_quality.csv (and every other output) stays valid UTF-8.
TEST(Loader, GbBytesBehindABomBecomeReplacementCharactersNotInvalidOutput) {
  std::string body = "cadre_id,name,resident_id,department,position,is_leading\n";
  for (int i = 0; i < 40; ++i)
    body += "C" + std::to_string(100 + i) + ",张三,330106198001010013,办公室,科长,是否不详\n";
  const std::string bytes = "\xEF\xBB\xBF" + to_gb18030(body);
  ASSERT_FALSE(is_utf8(bytes.substr(3)));
  for (size_t piece : {size_t{0}, size_t{300}}) {
    SCOPED_TRACE(piece);
    TempDataSet t;
    t.write("cadres.csv", bytes);
    RunOptions o;
    o.data_dir = t.data();
    o.out_dir = t.out();
    o.as_of = "2024-06-30";
    o.threads = 2;
    o.piece_bytes = piece;
    auto r = run_crosscheck(o);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    expect_outputs_utf8(t.out());
    auto rows = read_csv(std::filesystem::path(t.out()) / "data_quality.csv");
    ASSERT_EQ(rows.size(), 41u);  // header + one bad boolean per row
    for (size_t i = 1; i < rows.size(); ++i) {
      EXPECT_NE(rows[i][4].find("\xEF\xBF\xBD"), std::string::npos) << rows[i][4];
    }
  }
}

}  // namespace
}  // namespace qf::crosscheck::testing
