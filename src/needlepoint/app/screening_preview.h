// A dry run of a consultation, for the form that screens while the clinician types: the
// intake is validated and screened with the clinic's active protocol exactly as
// SubmitConsultation does, and nothing is stored. It still handles a patient's data, so it
// leaves one read audit row ("consultation.screen").
#pragma once

#include <nlohmann/json.hpp>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/domain/intake.h"
#include "needlepoint/domain/screening.h"

namespace needlepoint::app {

struct ScreeningPreview {
  base::PatientId patient;
  domain::Intake intake;  // as validated, defaults filled in
  domain::Screening screening;
};

// Validates `intake` (kInvalidArgument listing every problem with its JSON pointer under
// /intake, as SubmitConsultation reports them) and screens it for patient `patient` of the
// principal's clinic (kNotFound if there is no such patient). Stores nothing but the audit row.
base::Result<ScreeningPreview> PreviewScreening(AppEnv& env, RequestContext& context,
                                                base::PatientId patient,
                                                const nlohmann::json& intake);

}  // namespace needlepoint::app
