// The audit hash chain on both databases: appends link up, verify names the first
// altered, removed or reordered entry, and concurrent appends never fork the chain.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "domain/audit/audit_chain.h"
#include "domain/audit/audit_log.h"
#include "support/test_databases.h"

namespace {

using qf::audit::AuditEvent;

class AuditChainTest : public qf::testing::DatabaseTest {
 protected:
  void append_n(int n, int64_t first_ms = 1700000000000) {
    for (int i = 0; i < n; ++i) {
      auto lease = db().acquire();
      ASSERT_TRUE(lease.ok());
      AuditEvent ev;
      ev.account_id = 7;
      ev.actor = "renshi";
      ev.roles = "org_hr";
      ev.action = i % 2 ? "org.person.update" : "auth.login";
      ev.object_type = "person";
      ev.object_id = std::to_string(100 + i);
      ev.summary = "姓名：张三 → 张三丰 #" + std::to_string(i);
      ev.client_addr = "10.0.0.8";
      ev.at_ms = first_ms + i * 1000;
      auto st = qf::audit::append(lease->get(), ev);
      ASSERT_TRUE(st.ok()) << st.error().to_string();
    }
  }
  qf::audit::ChainVerdict verify() {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto v = qf::audit::verify_chain(lease->get());
    EXPECT_TRUE(v.ok()) << v.error().to_string();
    return *v;
  }
  void exec(const std::string& sql) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto st = lease->get().execute_script(sql);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
};

TEST_P(AuditChainTest, IntactChainVerifies) {
  append_n(6);
  auto v = verify();
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 6);
}

TEST_P(AuditChainTest, EmptyChainVerifies) {
  auto v = verify();
  EXPECT_TRUE(v.ok);
  EXPECT_EQ(v.checked, 0);
}

TEST_P(AuditChainTest, AlteredSummaryIsNamed) {
  append_n(6);
  exec("UPDATE audit_log SET summary = '姓名：张三 → 李四' WHERE seq = 3");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  ASSERT_TRUE(v.first_bad_seq);
  EXPECT_EQ(*v.first_bad_seq, 3);
  EXPECT_EQ(v.problem, "altered");
  EXPECT_NE(v.reason_zh.find("第 3 条"), std::string::npos);
  EXPECT_NE(v.reason_en.find("entry 3"), std::string::npos);
}

TEST_P(AuditChainTest, AlteredTimestampAndSuccessAreNamed) {
  append_n(4);
  exec("UPDATE audit_log SET success = 0 WHERE seq = 4");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 4);
}

TEST_P(AuditChainTest, RemovedEntryIsNamed) {
  append_n(6);
  exec("DELETE FROM audit_log WHERE seq = 4");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 4);
  EXPECT_EQ(v.problem, "removed");
}

TEST_P(AuditChainTest, RemovedTailIsNamed) {
  append_n(6);
  exec("DELETE FROM audit_log WHERE seq >= 5");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 5);
  EXPECT_EQ(v.problem, "removed");
}

TEST_P(AuditChainTest, SwappedEntriesAreNamed) {
  append_n(6);
  // Swap the sequence numbers of entries 2 and 3 (via a free number).
  exec("UPDATE audit_log SET seq = 1000 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; "
       "UPDATE audit_log SET seq = 3 WHERE seq = 1000");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 2);
  EXPECT_EQ(v.problem, "reordered");
}

TEST_P(AuditChainTest, Sha256ChainVerifiesAndMixesWithSm3) {
  append_n(2);
  ASSERT_TRUE(qf::audit::set_hash_algorithm("sha256").ok());
  append_n(2);
  ASSERT_TRUE(qf::audit::set_hash_algorithm("sm3").ok());
  auto v = verify();
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 4);
  EXPECT_FALSE(qf::audit::set_hash_algorithm("md5").ok());
}

TEST_P(AuditChainTest, ConcurrentAppendsNeverFork) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back([this] { append_n(15); });
  for (auto& t : threads) t.join();
  auto v = verify();
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 60);
}

TEST_P(AuditChainTest, QueryFiltersAndPages) {
  append_n(6);
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  qf::audit::AuditFilter f;
  f.action = "auth.login";
  f.limit = 2;
  auto r = qf::audit::query(lease->get(), f);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->second, 3);
  ASSERT_EQ(r->first.size(), 2u);
  EXPECT_EQ(r->first[0].seq, 5);  // newest first
  f = {};
  f.from_ms = 1700000000000 + 2000;
  f.to_ms = 1700000000000 + 4000;
  f.oldest_first = true;
  r = qf::audit::query(lease->get(), f);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->first.size(), 2u);
  EXPECT_EQ(r->first[0].seq, 3);
  EXPECT_EQ(r->first[0].event.summary, "姓名：张三 → 张三丰 #2");
}

INSTANTIATE_TEST_SUITE_P(Both, AuditChainTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
