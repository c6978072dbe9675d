#pragma once
// Passports and permits held centrally (证照集中保管): the custodian (approval.custody,
// the organisation department) registers each document (type, number checked as typed,
// expiry), lends it for an approved trip of its holder and takes it back. A loan is due
// back [approvals] document_return_days after the trip's return date (the actual one once
// recorded); an open loan past that date is overdue: listed, on the custodian's home
// page, and reminded through the message centre to the holder and the custodians
// (approvals.document_overdue, one message per loan and account).
//
// Who: the custodian and approval.read holders see the documents of people in their data
// scope; the holder sees their own (numbers included); nobody else, and never the three
// administrators. A document the caller may not see is kNotFound like an absent one.
// The number is sealed (approval_seal.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/approvals/approval_store.h"
#include "domain/messages/feed.h"

namespace qf::approvals {

enum class DocType { kPassport, kHkMacaoPermit, kTaiwanPermit };
std::string_view doc_type_code(DocType t);
std::optional<DocType> doc_type_from_code(std::string_view s);
std::string_view doc_type_label_zh(DocType t);

// Checks a number for its type (upper-cased, spaces removed): passports E + 8 digits,
// E + letter + 7 digits, G + 8 digits, D/S/P + 7–8 digits; 往来港澳通行证 C + 8 digits or
// C + letter + 7 digits; 往来台湾通行证 L + 8 digits or 8 digits. kInvalid naming "number".
Result<std::string> check_number(DocType t, const std::string& number);

struct Document {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name;
  std::string department_name;
  DocType type = DocType::kPassport;
  std::string number;  // opened
  std::string expires_on;
  std::string status;  // in_custody | lent
  std::optional<int64_t> loan_id, loan_request_id;
  std::string lent_on, due_on;  // of the open loan
  bool overdue = false;
};

struct NewDocument {
  int64_t person_id = 0;
  std::string type;
  std::string number;
  std::string expires_on;
};
Result<int64_t> register_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                  const NewDocument& d, int64_t now);
// Lends for an approved trip of the holder; due `return_days` after the trip's return.
Result<Document> lend_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, int64_t request_id, const std::string& lent_on, int return_days, Date today,
                               int64_t now);
Result<Document> return_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                 int64_t id, const std::string& returned_on, Date today, int64_t now);
Result<Document> get_document(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t id, Date today);

struct DocQuery {
  bool mine = false;
  bool overdue = false;
  std::optional<int64_t> person_id;
  std::string name;
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<Document>, int64_t>> list_documents(store::Connection& conn, const auth::Principal& who,
                                                                 const auth::ServerKey& key, const DocQuery& q,
                                                                 Date today);

// Message-centre feeds.
inline constexpr const char* kOverdueFeed = "approvals.document_overdue";
inline constexpr const char* kTodoFeed = "approvals.todo";
inline constexpr const char* kReturnedFeed = "approvals.returned";
Result<std::vector<messages::Reminder>> overdue_reminders(store::Connection& conn, const messages::FeedContext& f);
// todo: pending applications to the accounts that take the step acting now (feed
// kTodoFeed); returned: returned applications to their applicant (feed kReturnedFeed).
Result<std::vector<messages::Reminder>> todo_reminders(store::Connection& conn, const messages::FeedContext& f,
                                                      bool returned);

// Dashboard figures for the caller: overdue loans in their custody scope; applications
// waiting for their step.
Result<int64_t> overdue_count(store::Connection& conn, const auth::Principal& who, Date today);

}  // namespace qf::approvals
