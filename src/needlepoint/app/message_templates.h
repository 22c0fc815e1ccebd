// The wording of messages to patients: a built-in template per kind, which a clinic may
// replace with its own, and the rendering of a template for one message. Subjects may name
// only the clinic ("Your appointment at {clinic}") and the built-in bodies open with a
// greeting, so neither a subject nor a notification preview ever says what the visit is for;
// bodies point to the patient portal for instructions instead of carrying them.
//
// Placeholders: {clinic}, {first_name}, {date} ("Monday 1 March 2027"), {time} ("09:30",
// local to the clinic), {portal_url}; {link} (the set-password link) in a portal invitation
// only, where it is required. Anything else in braces is refused.
#pragma once

#include <string>
#include <vector>

#include "needlepoint/base/civil_date.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/message.h"

namespace needlepoint::app {

domain::MessageTemplate DefaultTemplate(domain::MessageKind kind);

// What fills a template's placeholders for one message.
struct MessageFields {
  std::string clinic;
  std::string first_name;
  std::string date;
  std::string time;
  std::string portal_url;
  std::string link;
};

struct RenderedMessage {
  std::string subject;
  std::string text;
};

RenderedMessage Render(const domain::MessageTemplate& message_template,
                       const MessageFields& fields);

// The problems of a clinic's template, at `path` + "/subject" and "/body": unknown
// placeholders, anything but {clinic} in a subject, a subject over 150 bytes or with a line
// break, a body over 10,000 bytes, {link} missing from (or outside) a portal invitation.
std::vector<base::FieldProblem> TemplateProblems(const domain::MessageTemplate& message_template,
                                                 const std::string& path);

// "Monday 1 March 2027".
std::string LongDate(base::CivilDate date);

}  // namespace needlepoint::app
