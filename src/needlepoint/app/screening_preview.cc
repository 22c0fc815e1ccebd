#include "needlepoint/app/screening_preview.h"

#include "needlepoint/app/consultations.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/protocol/screen.h"

namespace needlepoint::app {

base::Result<ScreeningPreview> PreviewScreening(AppEnv& env, RequestContext& context,
                                                base::PatientId patient,
                                                const nlohmann::json& intake_document) {
  base::Result<ScreeningPreview> preview = [&]() -> base::Result<ScreeningPreview> {
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    NP_ASSIGN_OR_RETURN(PatientIntake read, ReadPatientIntake(env, *tx, patient, intake_document));
    return ScreeningPreview{patient, read.intake, protocol::Screen(*read.protocol, read.intake)};
  }();
  AuditRead(context, "consultation.screen", "patient", patient.ToString(), patient, preview);
  return preview;
}

}  // namespace needlepoint::app
