#include "needlepoint/app/outbox.h"

#include "needlepoint/app/calendar_input.h"

namespace needlepoint::app {

base::Result<OutboxList> ListOutbox(AppEnv& env, RequestContext& context,
                                    const OutboxQuery& query) {
  const domain::Role role = context.principal.role;
  if (role != domain::Role::kOwner && role != domain::Role::kFrontDesk) {
    return base::Fail(base::PermissionDenied("only the owner and the front desk see the outbox"));
  }
  if (query.from && query.to && *query.to <= *query.from) {
    return base::Fail(base::Status::Invalid({{"?to", "must be after ?from"}}));
  }
  NP_ASSIGN_OR_RETURN(auto tx, env.db.Begin(context.principal.clinic, storage::Access::kRead));
  OutboxList out;
  NP_ASSIGN_OR_RETURN(out.zone, ClinicZone(*tx));
  const std::optional<base::Timestamp> from =
      query.from ? std::optional(out.zone.ToUtc(*query.from, 0)) : std::nullopt;
  const std::optional<base::Timestamp> to =
      query.to ? std::optional(out.zone.ToUtc(*query.to, 0)) : std::nullopt;
  base::MessageId before(0);
  constexpr int kPage = 200;
  while (static_cast<int>(out.items.size()) < query.limit) {
    NP_ASSIGN_OR_RETURN(std::vector<domain::OutboxMessage> page,
                        tx->outbox().List(query.status, before, kPage));
    for (domain::OutboxMessage& message : page) {
      if ((from && message.due_at < *from) || (to && message.due_at >= *to)) continue;
      if (static_cast<int>(out.items.size()) < query.limit) out.items.push_back(std::move(message));
    }
    if (static_cast<int>(page.size()) < kPage) break;
    before = page.back().id;
  }
  context.read_audit.push_back(context.Audit("outbox.list", "message", "", std::nullopt,
                                             domain::AuditOutcome::kSuccess,
                                             std::to_string(out.items.size()) + " messages"));
  return out;
}

std::string ErrorClassOf(const domain::OutboxMessage& message) {
  return message.last_error.substr(0, message.last_error.find(':'));
}

}  // namespace needlepoint::app
