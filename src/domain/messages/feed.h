#pragma once
// Feeds of the message centre (inbox.h): each module registers the functions that say
// which reminders hold now, under a source name of its own ("clues.deadline"). The
// registry belongs to the running server (api::AppContext::feeds); modules add their
// feeds when their routes are registered, with their configuration already parsed (a
// bad section has stopped `serve` by then). The sweep (api/messages_api.cpp) runs
// every feed in its own transaction and syncs its messages (sync_feed).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::messages {

// What a feed may know about the moment of the sweep.
struct FeedContext {
  int64_t now_ms = 0;
  Date today;  // the bureau's civil day at now_ms
};

using FeedFn = std::function<Result<std::vector<Reminder>>(store::Connection&, const FeedContext&)>;

struct Feed {
  std::string source;  // stored in every message of the feed; unique among feeds
  FeedFn collect;
};

// The feeds of one server. Filled while routes are registered (one thread), read by
// the sweep afterwards; not changed while the server serves.
class FeedRegistry {
 public:
  void add(Feed feed) { feeds_.push_back(std::move(feed)); }
  const std::vector<Feed>& feeds() const { return feeds_; }

 private:
  std::vector<Feed> feeds_;
};

}  // namespace qf::messages
