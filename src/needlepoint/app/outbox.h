// Reading the outbox: the messages queued for the clinic's patients, for the owner and the
// front desk to see what went out, what waits and what failed. Each list leaves one audit row
// (it names patients and, by its kinds, their treatment).
#pragma once

#include <optional>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/time_zone.h"
#include "needlepoint/domain/message.h"

namespace needlepoint::app {

struct OutboxQuery {
  std::optional<domain::MessageStatus> status;
  std::optional<base::CivilDate> from;  // local date of `due`, inclusive
  std::optional<base::CivilDate> to;    // local date of `due`, exclusive
  int limit = 500;
};

struct OutboxList {
  base::TimeZone zone = base::TimeZone::Utc();
  std::vector<domain::OutboxMessage> items;  // newest first
};

// The owner and the front desk (others: kPermissionDenied). kInvalidArgument at ?to when it
// is not after ?from.
base::Result<OutboxList> ListOutbox(AppEnv& env, RequestContext& context, const OutboxQuery& query);

// The error class of a message's last_error ("timeout"), or "" when it has none.
std::string ErrorClassOf(const domain::OutboxMessage& message);

}  // namespace needlepoint::app
