// [talks] configuration and the talk.kind dictionary.
#include <gtest/gtest.h>

#include "domain/dictionary/dictionary.h"
#include "domain/talks/talk_config.h"
#include "domain/talks/talk_kind.h"

namespace qf::talks {
namespace {

TEST(TalkConfig, AbsentKeysKeepTheDocumentedDefaults) {
  auto c = TalkConfig::from_toml("");
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->required_within_days, 30);
  EXPECT_EQ(c->event_kinds, (std::vector<std::string>{"promote", "transfer", "appoint"}));
  EXPECT_EQ(c->required_kinds, (std::vector<TalkKind>{TalkKind::kCollectiveNewCadre, TalkKind::kPreAppointment}));
  EXPECT_EQ(c->pending_since, "");
}

TEST(TalkConfig, ReadsEveryKeyWithOrWithoutTheHeader) {
  for (std::string header : {"", "[talks]\n"}) {
    auto c = TalkConfig::from_toml(header +
                                   "required_within_days = 45\n"
                                   "event_kinds = [\"promote\"]\n"
                                   "required_kinds = [\"pre_appointment\", \"routine\"]\n"
                                   "pending_since = \"2026-01-01\"\n");
    ASSERT_TRUE(c.ok()) << c.error().to_string();
    EXPECT_EQ(c->required_within_days, 45);
    EXPECT_EQ(c->event_kinds, std::vector<std::string>{"promote"});
    EXPECT_EQ(c->required_kinds, (std::vector<TalkKind>{TalkKind::kPreAppointment, TalkKind::kRoutine}));
    EXPECT_EQ(c->pending_since, "2026-01-01");
  }
}

void expect_refused(const std::string& text, const std::string& line, const std::string& words) {
  auto c = TalkConfig::from_toml(text, "qingfeng.toml");
  ASSERT_FALSE(c.ok()) << text;
  EXPECT_EQ(c.error().field, "qingfeng.toml:" + line) << text;
  EXPECT_NE(c.error().message_zh.find("qingfeng.toml:" + line), std::string::npos) << c.error().message_zh;
  EXPECT_NE(c.error().message_en.find(words), std::string::npos) << c.error().message_en;
}

TEST(TalkConfig, RefusesBadValuesNamingFileLineAndKey) {
  expect_refused("[talks]\nrequired_within_days = 0\n", "2", "talks.required_within_days");
  expect_refused("[talks]\nrequired_within_days = 366\n", "2", "between 1 and 365");
  expect_refused("[talks]\nrequired_within_days = \"30\"\n", "2", "integer");
  expect_refused("[talks]\n\nevent_kinds = [\"promote\", \"leave\"]\n", "3", "\"leave\"");
  expect_refused("[talks]\nevent_kinds = []\n", "2", "must not be empty");
  expect_refused("[talks]\nrequired_kinds = [\"coffee\"]\n", "2", "\"coffee\"");
  expect_refused("[talks]\npending_since = \"2026-02-30\"\n", "2", "talks.pending_since");
  expect_refused("[talks]\nrequired_within = 30\n", "2", "unknown setting talks.required_within");
  auto syntax = TalkConfig::from_toml("[talks]\nrequired_within_days = = 3\n", "x.toml");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().field, "x.toml:2");
}

TEST(TalkKinds, CodesRoundTripAndServeAsDictionary) {
  ASSERT_EQ(talk_kinds().size(), 6u);
  for (const auto& k : talk_kinds()) {
    EXPECT_EQ(talk_kind_from_code(k.code), k.value);
    EXPECT_FALSE(k.zh.empty());
    EXPECT_FALSE(k.en.empty());
  }
  EXPECT_FALSE(talk_kind_from_code("Admonishment").has_value());
  register_talk_dictionaries();
  auto d = dictionary::find("talk.kind");
  ASSERT_TRUE(d.has_value());
  ASSERT_EQ(d->entries.size(), 6u);
  EXPECT_EQ(d->entries[0].code, "collective_new_cadre");
  EXPECT_EQ(dictionary::label_zh("talk.kind", "admonishment"), "诫勉谈话");
  EXPECT_EQ(dictionary::label_zh("talk.kind", "pre_appointment"), "任前廉政谈话");
}

}  // namespace
}  // namespace qf::talks
