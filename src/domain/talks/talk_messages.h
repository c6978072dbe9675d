#pragma once
// What the integrity-talk module tells people through the message centre: every
// pending talk (应谈未谈, pending_talks.h) goes to the accounts that record talks
// (talk.manage) and whose data scope reaches the person's department — a to-do while
// the talk is due, an overdue message once due_on has passed. The message resolves
// when a talk settles the event.
#include <vector>

#include "core/result.h"
#include "domain/messages/inbox.h"
#include "domain/talks/talk_config.h"
#include "store/database.h"

namespace qf::talks {

inline constexpr const char* kPendingTalkFeed = "talks.pending";

Result<std::vector<messages::Reminder>> pending_talk_reminders(store::Connection& conn, const TalkConfig& cfg,
                                                               const std::string& today, int64_t now_ms);

}  // namespace qf::talks
