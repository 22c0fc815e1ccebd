#include "needlepoint/app/intake_files.h"

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/protocol/planning.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::app {
namespace {

base::Result<domain::Intake> ReadIntake(const protocol::Protocol& protocol, std::string_view text,
                                        base::CivilDate today) {
  return contract::ParseIntakeText(text, {.today = today, .aliases = &protocol.aliases});
}

}  // namespace

base::Result<domain::Screening> ScreenIntakeText(const protocol::Protocol& protocol,
                                                 std::string_view text, base::CivilDate today) {
  NP_ASSIGN_OR_RETURN(domain::Intake intake, ReadIntake(protocol, text, today));
  return protocol::Screen(protocol, intake);
}

base::Result<domain::PlanResult> PlanIntakeText(const protocol::Protocol& protocol,
                                                std::string_view text, base::CivilDate today) {
  NP_ASSIGN_OR_RETURN(domain::Intake intake, ReadIntake(protocol, text, today));
  return protocol::ScreenAndPlan(protocol, intake);
}

}  // namespace needlepoint::app
