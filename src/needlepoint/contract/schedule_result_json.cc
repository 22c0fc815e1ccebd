#include "needlepoint/contract/schedule_result_json.h"

#include "needlepoint/contract/time_text.h"

namespace needlepoint::contract {
namespace {

using nlohmann::ordered_json;

ordered_json OptionalId(const std::optional<std::string>& id) {
  return id ? ordered_json(*id) : ordered_json(nullptr);
}

// start, end, start_utc, end_utc, provider, room, device: the fields every slot has.
void AddSlot(ordered_json& out, const schedule::Slot& slot, const base::TimeZone& zone) {
  out["start"] = LocalDateTimeText(zone, slot.start);
  out["end"] = LocalDateTimeText(zone, slot.end);
  out["start_utc"] = UtcText(slot.start);
  out["end_utc"] = UtcText(slot.end);
  out["provider"] = slot.provider;
  out["room"] = OptionalId(slot.room);
  out["device"] = OptionalId(slot.device);
}

}  // namespace

ordered_json SeriesProposalToJson(const schedule::SeriesProposal& proposal,
                                  const base::TimeZone& zone) {
  if (proposal.unplaceable) {
    const schedule::Unplaceable& why = *proposal.unplaceable;
    ordered_json unplaceable;
    unplaceable["session"] = why.session;
    unplaceable["from"] = why.from.ToString();
    unplaceable["to"] = why.to.ToString();
    unplaceable["reason"] = why.reason;
    return {{"unplaceable", std::move(unplaceable)}};
  }
  ordered_json sessions = ordered_json::array();
  for (const schedule::ProposedSession& session : proposal.sessions) {
    ordered_json out;
    out["session"] = session.session;
    AddSlot(out, session.slot, zone);
    out["gap_days"] = session.gap_days ? ordered_json(*session.gap_days) : ordered_json(nullptr);
    out["provider_changed"] = session.provider_changed;
    sessions.push_back(std::move(out));
  }
  return {{"sessions", std::move(sessions)}};
}

ordered_json FreeSlotsToJson(const std::vector<schedule::Slot>& slots, const base::TimeZone& zone) {
  ordered_json list = ordered_json::array();
  for (const schedule::Slot& slot : slots) {
    ordered_json out;
    AddSlot(out, slot, zone);
    list.push_back(std::move(out));
  }
  return {{"slots", std::move(list)}};
}

}  // namespace needlepoint::contract
