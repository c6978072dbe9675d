// URL/query decoding, cookies, header lookup, download names.
#include <gtest/gtest.h>

#include "http/message.h"

using namespace qf::http;

TEST(Url, DecodesPercentAndPlus) {
  EXPECT_EQ(url_decode("a%20b+c"), "a b c");
  EXPECT_EQ(url_decode("a+b", false), "a+b");
  EXPECT_EQ(url_decode("%E6%B8%85%E9%A3%8E"), "清风");
  EXPECT_EQ(url_decode("100%"), "100%");
  EXPECT_EQ(url_decode("%zz"), "%zz");
}

TEST(Url, EncodeRoundTrips) {
  std::string s = "清风 a/b?c=d&e";
  EXPECT_EQ(url_decode(url_encode(s)), s);
  EXPECT_EQ(url_encode("a b"), "a%20b");
}

TEST(Url, ParseQueryLastWinsAndDecodes) {
  auto q = parse_query("page=1&q=%E5%BC%A0+%E4%B8%89&page=2&flag&=x");
  EXPECT_EQ(q["page"], "2");
  EXPECT_EQ(q["q"], "张 三");
  EXPECT_EQ(q.count("flag"), 1u);
  EXPECT_EQ(q["flag"], "");
}

TEST(Request, SplitTargetSeparatesPathAndQuery) {
  Request r;
  r.target = "/api/v1/org/people%2Fx?page=3&sort=name";
  split_target(r);
  EXPECT_EQ(r.path, "/api/v1/org/people/x");
  EXPECT_EQ(r.query_param("page").value_or(""), "3");
  EXPECT_FALSE(r.query_param("missing").has_value());
}

TEST(Request, HeadersAreCaseInsensitiveAndCookiesParse) {
  Request r;
  r.headers["Cookie"] = "a=1; qf_session=abc ; other=\"q\"";
  r.headers["X-CSRF-Token"] = "t";
  EXPECT_EQ(r.header("x-csrf-token"), "t");
  EXPECT_EQ(r.header("absent"), "");
  EXPECT_EQ(r.cookie("qf_session").value_or(""), "abc");
  EXPECT_EQ(r.cookie("other").value_or(""), "q");
  EXPECT_FALSE(r.cookie("qf").has_value());
}

TEST(Request, StateChangingMethods) {
  Request r;
  r.method = "GET";
  EXPECT_FALSE(r.is_state_changing());
  r.method = "POST";
  EXPECT_TRUE(r.is_state_changing());
}

TEST(Response, SetHeaderReplaces) {
  Response r;
  r.set_header("Content-Type", "a");
  r.set_header("content-type", "b");
  EXPECT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.header("CONTENT-TYPE"), "b");
}

TEST(Response, DownloadNameIsRfc5987) {
  Response r = Response::bytes(200, "x", "application/octet-stream", "人员.xlsx");
  std::string cd = r.header("Content-Disposition");
  EXPECT_NE(cd.find("filename*=UTF-8''%E4%BA%BA%E5%91%98.xlsx"), std::string::npos);
  EXPECT_NE(cd.find("attachment"), std::string::npos);
}

TEST(Response, ErrorEnvelopeEscapes) {
  Response r = error_envelope(400, "x", "引号\"", "quote\"", "f");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, R"({"error":{"code":"x","message_zh":"引号\"","message_en":"quote\"","field":"f"}})");
}
