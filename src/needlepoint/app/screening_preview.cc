#include "needlepoint/app/screening_preview.h"

#include "needlepoint/app/patients.h"
#include "needlepoint/contract/intake_json.h"
#include "needlepoint/protocol/screening.h"

namespace needlepoint::app {

base::Result<ScreeningPreview> PreviewScreening(AppEnv& env, RequestContext& context,
                                                base::PatientId patient,
                                                const nlohmann::json& intake_document) {
  base::Result<ScreeningPreview> preview = [&]() -> base::Result<ScreeningPreview> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(base::CivilDate today, ClinicToday(env, *tx));
    base::Result<domain::Intake> intake = contract::ParseIntake(intake_document, today);
    if (!intake) {
      // The same paths as SubmitConsultation: relative to the request body (under /intake).
      std::vector<base::FieldProblem> problems;
      for (const base::FieldProblem& problem : intake.error().problems()) {
        problems.push_back(
            {"/intake" + (problem.path == "/" ? "" : problem.path), problem.message});
      }
      return base::Fail(base::Status::Invalid(std::move(problems), intake.error().message()));
    }
    NP_RETURN_IF_ERROR(tx->patients().Get(patient));
    NP_ASSIGN_OR_RETURN(std::shared_ptr<const protocol::Protocol> protocol,
                        env.protocols.Active(*tx));
    return ScreeningPreview{patient, *intake, protocol::Screen(*protocol, *intake)};
  }();
  AuditRead(context, "consultation.screen", "patient", patient.ToString(), patient, preview);
  return preview;
}

}  // namespace needlepoint::app
