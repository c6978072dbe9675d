// The keyed audit chain (#14) on both databases: entries are HMACs under a subkey of the
// server key file, so someone with the database but not the key file cannot recompute
// the chain after editing rows; the keying marker cannot be removed or moved; a deleted
// tail with the head moved back is caught by a checkpoint kept outside the database;
// an upgraded chain (unkeyed entries first) verifies and stays anchored; after a key
// rotation the retired key still verifies the older entries.
#include <gtest/gtest.h>
#include <sodium.h>

#include "domain/audit/audit_chain.h"
#include "domain/audit/audit_key.h"
#include "domain/audit/audit_log.h"
#include "store/database.h"
#include "support/test_databases.h"

namespace {

using qf::audit::AuditEntry;
using qf::audit::AuditEvent;
using qf::audit::ChainKey;
using qf::audit::Keyring;

qf::auth::ServerKey random_key(const std::string& name) {
  if (sodium_init() < 0) std::abort();
  qf::auth::ServerKey k;
  randombytes_buf(k.bytes.data(), k.bytes.size());
  k.path = name;
  return k;
}

class AuditKeyedTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    key_a_ = qf::audit::derive_chain_key(random_key("a.key"));
    key_b_ = qf::audit::derive_chain_key(random_key("b.key"));
  }
  void TearDown() override {
    qf::audit::set_chain_key(std::nullopt);
    DatabaseTest::TearDown();
  }
  void append_n(int n) {
    for (int i = 0; i < n; ++i) {
      auto lease = db().acquire();
      ASSERT_TRUE(lease.ok());
      AuditEvent ev;
      ev.account_id = 7;
      ev.actor = "renshi";
      ev.roles = "org_hr";
      ev.action = "org.person.update";
      ev.object_type = "person";
      ev.object_id = std::to_string(100 + counter_);
      ev.summary = "修改人员 #" + std::to_string(counter_);
      ev.client_addr = "10.0.0.8";
      ev.at_ms = 1700000000000 + 1000 * counter_++;
      auto st = qf::audit::append(lease->get(), ev);
      ASSERT_TRUE(st.ok()) << st.error().to_string();
    }
  }
  qf::audit::ChainVerdict verify(const Keyring* ring, const std::vector<qf::audit::Checkpoint>& cps = {}) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto v = qf::audit::verify_chain(lease->get(), ring, cps);
    EXPECT_TRUE(v.ok()) << v.error().to_string();
    return *v;
  }
  void exec(const std::string& sql, const qf::store::Params& p = {}) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    if (p.empty()) {
      auto st = lease->get().execute_script(sql);
      ASSERT_TRUE(st.ok()) << st.error().to_string();
    } else {
      auto n = lease->get().execute(sql, p);
      ASSERT_TRUE(n.ok()) << n.error().to_string();
    }
  }
  std::vector<AuditEntry> entries() {
    auto lease = db().acquire();
    qf::audit::AuditFilter f;
    f.oldest_first = true;
    f.limit = 0;
    auto r = qf::audit::query(lease.value().get(), f);
    EXPECT_TRUE(r.ok());
    return r->first;
  }
  // What someone with the database (and the source code) but not the key file can do:
  // edit entry `seq` and recompute every hash from there with a plain digest (or with a
  // key of their own), then move the chain head to match.
  void rewrite_from(int64_t seq, const std::string& new_summary, const ChainKey* own_key) {
    auto all = entries();
    std::string prev = seq == 1 ? std::string(qf::audit::kGenesisHash) : all[seq - 2].hash;
    for (auto& e : all) {
      if (e.seq < seq) continue;
      if (e.seq == seq) e.event.summary = new_summary;
      e.prev_hash = prev;
      if (own_key) {
        e.hash_alg = "hmac-sm3:" + key_a_.kid;  // claims the real key's id
        e.hash = qf::audit::hmac_hex("sm3", own_key->mac_key, qf::audit::canonical(e)).value();
      } else {
        e.hash_alg = "sm3";
        e.hash = qf::audit::compute_hash(e).value();
      }
      exec("UPDATE audit_log SET summary = ?, hash_alg = ?, prev_hash = ?, hash = ? WHERE seq = ?",
           {e.event.summary, e.hash_alg, e.prev_hash, e.hash, e.seq});
      prev = e.hash;
    }
    exec("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", {prev});
  }
  Keyring ring_of(std::initializer_list<ChainKey> keys) { return Keyring{std::vector<ChainKey>(keys)}; }

  ChainKey key_a_, key_b_;
  int counter_ = 0;
};

TEST_P(AuditKeyedTest, KeyedChainVerifiesAndNamesItsKey) {
  qf::audit::set_chain_key(key_a_);
  append_n(5);
  const auto all = entries();
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[0].hash_alg, "hmac-sm3:" + key_a_.kid);
  auto ring = ring_of({key_a_});
  auto v = verify(&ring);
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 5);
  EXPECT_EQ(v.keyed_from.value_or(0), 1);
  // Without the key file nothing keyed verifies.
  Keyring none;
  auto blind = verify(&none);
  EXPECT_FALSE(blind.ok);
  EXPECT_EQ(blind.problem, "key_missing");
  auto other = ring_of({key_b_});
  EXPECT_EQ(verify(&other).problem, "key_missing");
}

TEST_P(AuditKeyedTest, RecomputedPlainHashesAreDetected) {
  qf::audit::set_chain_key(key_a_);
  append_n(6);
  rewrite_from(3, "修改人员 #2（已改）", nullptr);
  auto ring = ring_of({key_a_});
  auto v = verify(&ring);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 3);
  EXPECT_EQ(v.problem, "altered");
  EXPECT_NE(v.reason_zh.find("第 3 条已被篡改"), std::string::npos) << v.reason_zh;
}

TEST_P(AuditKeyedTest, RecomputedWithAnotherKeyIsDetected) {
  qf::audit::set_chain_key(key_a_);
  append_n(6);
  rewrite_from(2, "修改人员 #1（已改）", &key_b_);
  auto ring = ring_of({key_a_});
  auto v = verify(&ring);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_seq.value_or(0), 2);
  EXPECT_EQ(v.problem, "altered");
}

TEST_P(AuditKeyedTest, RemovingOrMovingTheKeyingMarkerIsDetected) {
  qf::audit::set_chain_key(key_a_);
  append_n(4);
  auto ring = ring_of({key_a_});
  // Removed, with every entry re-hashed plainly: looks like a never-keyed chain.
  rewrite_from(1, "修改人员 #0（已改）", nullptr);
  exec("UPDATE audit_chain_head SET keyed_from_seq = NULL, keyed_mark = NULL WHERE id = 1");
  auto v = verify(&ring);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.problem, "unkeyed");
  EXPECT_NE(v.reason_en.find("marker"), std::string::npos) << v.reason_en;
  // Moved past the rewritten entries, keeping the old MAC.
  exec("UPDATE audit_chain_head SET keyed_from_seq = 5, keyed_mark = ? WHERE id = 1",
       {qf::audit::keyed_mark(key_a_, 1).value()});
  EXPECT_EQ(verify(&ring).problem, "unkeyed");
}

TEST_P(AuditKeyedTest, UpgradedChainKeysFromTheFirstKeyedEntryAndAnchorsTheOlderOnes) {
  append_n(3);  // an older release: no key
  EXPECT_EQ(entries()[0].hash_alg, "sm3");
  auto ring = ring_of({key_a_});
  // Upgraded but no keyed process has run yet: refused with advice, not silently accepted.
  auto before = verify(&ring);
  EXPECT_FALSE(before.ok);
  EXPECT_EQ(before.problem, "unkeyed");
  EXPECT_NE(before.reason_en.find("qingfeng migrate"), std::string::npos);
  qf::audit::set_chain_key(key_a_);
  {
    auto lease = db().acquire();
    auto started = qf::audit::start_keying(lease.value().get(), 1700000100000, "cli");
    ASSERT_TRUE(started.ok()) << started.error().to_string();
    EXPECT_TRUE(*started);
    auto again = qf::audit::start_keying(lease.value().get(), 1700000100000, "cli");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);  // once only
  }
  append_n(2);
  auto v = verify(&ring);
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 6);
  EXPECT_EQ(v.keyed_from.value_or(0), 4);
  EXPECT_EQ(entries()[3].event.action, "audit.chain_keyed");
  // The older, unkeyed entries cannot be rewritten either: entry 4's keyed hash covers
  // entry 3's hash.
  rewrite_from(2, "修改人员 #1（已改）", nullptr);
  exec("UPDATE audit_log SET hash_alg = 'hmac-sm3:" + key_a_.kid + "' WHERE seq >= 4");
  auto after = verify(&ring);
  EXPECT_FALSE(after.ok);
  EXPECT_EQ(after.first_bad_seq.value_or(0), 4);
}

TEST_P(AuditKeyedTest, AProcessWithoutTheKeyCannotAppendToAKeyedChain) {
  qf::audit::set_chain_key(key_a_);
  append_n(1);
  qf::audit::set_chain_key(std::nullopt);
  auto lease = db().acquire();
  AuditEvent ev;
  ev.actor = "system";
  ev.action = "x";
  ev.object_type = "y";
  auto st = qf::audit::append(lease.value().get(), ev);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "audit.key_missing");
  EXPECT_NE(st.error().message_zh.find("服务器密钥文件"), std::string::npos);
}

TEST_P(AuditKeyedTest, CheckpointCatchesADeletedTailWithTheHeadMovedBack) {
  qf::audit::set_chain_key(key_a_);
  append_n(5);
  auto ring = ring_of({key_a_});
  qf::audit::Checkpoint cp;
  {
    auto lease = db().acquire();
    auto made = qf::audit::make_checkpoint(lease.value().get(), key_a_, ring, 1700000200000);
    ASSERT_TRUE(made.ok()) << made.error().to_string();
    cp = *made;
  }
  EXPECT_EQ(cp.seq, 5);
  // The checkpoint survives its text form, and an edited one is refused.
  const std::string text = qf::audit::checkpoint_json(cp);
  auto parsed = qf::audit::parse_checkpoint(text, ring, "cp.json");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(parsed->hash, cp.hash);
  std::string edited = text;
  edited.replace(edited.find("\"seq\": 5"), 8, "\"seq\": 3");
  auto bad = qf::audit::parse_checkpoint(edited, ring, "cp.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "audit.checkpoint_invalid");
  EXPECT_NE(bad.error().message_en.find("cp.json"), std::string::npos);
  EXPECT_FALSE(qf::audit::parse_checkpoint(text, ring_of({key_b_}), "cp.json").ok());

  append_n(2);
  EXPECT_TRUE(verify(&ring, {cp}).ok);
  EXPECT_EQ(verify(&ring, {cp}).checkpoints_checked, 1);
  // Delete the tail from entry 4 and move the head back: the chain alone looks intact…
  auto all = entries();
  exec("DELETE FROM audit_log WHERE seq >= 4");
  exec("UPDATE audit_chain_head SET last_seq = 3, last_hash = ? WHERE id = 1", {all[2].hash});
  EXPECT_TRUE(verify(&ring).ok);
  // …the checkpoint does not.
  auto v = verify(&ring, {cp});
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.problem, "checkpoint");
  EXPECT_EQ(v.first_bad_seq.value_or(0), 4);
  EXPECT_NE(v.reason_zh.find("末尾的记录被删除"), std::string::npos) << v.reason_zh;
}

TEST_P(AuditKeyedTest, CheckpointIsRefusedOnABrokenChain) {
  qf::audit::set_chain_key(key_a_);
  append_n(3);
  exec("UPDATE audit_log SET summary = 'x' WHERE seq = 2");
  auto ring = ring_of({key_a_});
  auto lease = db().acquire();
  auto made = qf::audit::make_checkpoint(lease.value().get(), key_a_, ring, 1700000200000);
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.error().code, "audit.chain_broken");
}

TEST_P(AuditKeyedTest, RetiredKeyStillVerifiesEntriesBeforeARotation) {
  qf::audit::set_chain_key(key_a_);
  append_n(3);
  qf::audit::set_chain_key(key_b_);  // after `qingfeng security rotate-key`
  append_n(3);
  auto both = ring_of({key_b_, key_a_});
  auto v = verify(&both);
  EXPECT_TRUE(v.ok) << v.reason_en;
  EXPECT_EQ(v.checked, 6);
  auto only_new = ring_of({key_b_});
  EXPECT_EQ(verify(&only_new).problem, "key_missing");
}

INSTANTIATE_TEST_SUITE_P(Both, AuditKeyedTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
