// Router: literal-over-parameter matching, path parameters, 404/405 envelopes, fallback.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/router.h"

using namespace qf::http;

namespace {
Handler named(std::string name) {
  return [name](Request& req) {
    std::string params;
    for (auto& [k, v] : req.path_params) params += k + "=" + v + ";";
    return Response::text(200, name + "|" + params);
  };
}
Request make(std::string method, std::string target) {
  Request r;
  r.method = std::move(method);
  r.target = std::move(target);
  split_target(r);
  return r;
}
RouteInfo route(std::string m, std::string p) { return RouteInfo{std::move(m), std::move(p)}; }
}  // namespace

TEST(Router, LiteralSegmentWinsOverParameter) {
  Router r;
  r.add(route("GET", "/org/people/{id}"), named("person"));
  r.add(route("GET", "/org/people/export"), named("export"));
  auto req = make("GET", "/org/people/export");
  EXPECT_EQ(r.dispatch(req).body, "export|");
  auto req2 = make("GET", "/org/people/42");
  EXPECT_EQ(r.dispatch(req2).body, "person|id=42;");
}

TEST(Router, BacktracksFromLiteralToParameter) {
  Router r;
  r.add(route("GET", "/org/people/export"), named("export"));
  r.add(route("GET", "/org/people/{id}/positions"), named("positions"));
  auto req = make("GET", "/org/people/export/positions");
  EXPECT_EQ(r.dispatch(req).body, "positions|id=export;");
}

TEST(Router, ParametersOfDifferentNamesAtTheSamePlace) {
  Router r;
  r.add(route("GET", "/a/{id}"), named("a"));
  r.add(route("GET", "/a/{key}/b"), named("b"));
  auto req = make("GET", "/a/7/b");
  EXPECT_EQ(r.dispatch(req).body, "b|key=7;");
}

TEST(Router, UnknownPathIs404Envelope) {
  Router r;
  r.add(route("GET", "/x"), named("x"));
  auto req = make("GET", "/y");
  Response res = r.dispatch(req);
  EXPECT_EQ(res.status, 404);
  auto j = nlohmann::json::parse(res.body);
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_FALSE(j["error"]["message_zh"].get<std::string>().empty());
  EXPECT_FALSE(j["error"]["message_en"].get<std::string>().empty());
}

TEST(Router, WrongMethodIs405WithAllow) {
  Router r;
  r.add(route("GET", "/x/{id}"), named("get"));
  r.add(route("PUT", "/x/{id}"), named("put"));
  auto req = make("DELETE", "/x/3");
  Response res = r.dispatch(req);
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.header("allow"), "GET, PUT");
  EXPECT_EQ(nlohmann::json::parse(res.body)["error"]["code"], "method_not_allowed");
}

TEST(Router, EmptySegmentDoesNotMatchParameter) {
  Router r;
  r.add(route("GET", "/x/{id}"), named("x"));
  auto req = make("GET", "/x/");
  EXPECT_EQ(r.dispatch(req).status, 404);
}

TEST(Router, FallbackOnlyForGet) {
  Router r;
  r.add(route("GET", "/api/x"), named("x"));
  r.set_fallback([](Request&) { return Response::text(200, "spa"); });
  auto get = make("GET", "/somewhere/else");
  EXPECT_EQ(r.dispatch(get).body, "spa");
  auto post = make("POST", "/somewhere/else");
  EXPECT_EQ(r.dispatch(post).status, 404);
}

TEST(Router, RoutesKeepMetadataAndReplaceDuplicates) {
  Router r;
  r.add(RouteInfo{"GET", "/a", "甲", "A"}, named("1"));
  r.add(RouteInfo{"GET", "/a", "乙", "B"}, named("2"));
  ASSERT_EQ(r.routes().size(), 1u);
  EXPECT_EQ(r.routes()[0].summary_en, "B");
  auto req = make("GET", "/a");
  EXPECT_EQ(r.dispatch(req).body, "2|");
}

TEST(Router, ChainRunsMiddlewaresOutermostFirst) {
  std::string trace;
  Handler h = chain({[&](Request& q, const Handler& next) { trace += "1"; auto r = next(q); trace += "1"; return r; },
                     [&](Request& q, const Handler& next) { trace += "2"; auto r = next(q); trace += "2"; return r; }},
                    [&](Request&) { trace += "h"; return Response::text(200, "ok"); });
  Request q;
  h(q);
  EXPECT_EQ(trace, "12h21");
}
