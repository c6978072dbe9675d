#pragma once
// Talk summaries (谈话要点) and follow-ups (后续跟进) sealed at rest (#14): what was said
// in an admonishment or a talk about a clue is case content, so a database file, dump
// or backup alone must not show it. Same mechanism as the personal-matters reports
// (domain/declarations/declaration_seal.h): XChaCha20-Poly1305 under the server key
// file's subkey (crypto_kdf context "qftalk01", subkey 1), associated data
// "qf-talk:v1:<talk id>:<part>", so a value copied onto another talk or part does not
// open. integrity_talks.sealed says whether a row's two texts are sealed (1) or clear
// text from an older release (0, sealed at start-up by seal_clear_talks).
//
// Callers may assume: open_talk_text() never returns a wrong plaintext; any failure is
// kUnavailable "talk.sealed" with a bilingual message that reveals nothing.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store {
class Connection;
class Database;
}  // namespace qf::store

namespace qf::talks {

std::string seal_talk_text(const auth::ServerKey& key, int64_t talk_id, std::string_view part, std::string_view plain);
Result<std::string> open_talk_text(const auth::ServerKey& key, int64_t talk_id, std::string_view part,
                                   std::string_view stored);

// The key for talk records: the server key file (security.secret_key_file), created
// when missing as `serve` does; a failure is kUnavailable "talk.key" naming the file.
Result<auth::ServerKey> talk_key(const std::string& secret_key_file);

// Seals every clear (sealed = 0) talk in one transaction; returns how many. Run by
// `serve`, `init` and `migrate` after migrating.
Result<int64_t> seal_clear_talks(store::Database& db, const auth::ServerKey& key);

// For `qingfeng security rotate-key`, in its one transaction: every sealed talk opened
// with `old_key` and sealed again with `new_key`; refused with nothing written when one
// does not open. Returns the number of talks sealed again.
Result<int64_t> reseal_talks(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key);

}  // namespace qf::talks
