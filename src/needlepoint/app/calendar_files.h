// Calendar files for appointments (RFC 5545, through ical/): a patient downloads an .ics of
// their own appointment from the portal (staff may download it for them); a provider subscribes to
// a private feed of their appointments with a secret link. The UID of an appointment's event is
// stable for its whole life, SEQUENCE follows the appointment's version (every change bumps it), a
// cancelled visit stays with STATUS:CANCELLED, and the module decides the titles — a patient's
// never names a procedure, a feed's never names a patient (ical/calendar_file.h).
//
// A feed token is "<clinic>.<256 random bits>", stored only as its SHA-256; it is shown once,
// when made, and making a new one (or revoking) voids the old one.
#pragma once

#include <string>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"

namespace needlepoint::app {

// An appointment as an .ics for the patient's own calendar ("Appointment at <clinic>", no
// procedure): staff, or the patient whose appointment it is (others: kNotFound). One audited
// read.
base::Result<std::string> AppointmentCalendarFile(AppEnv& env, RequestContext& context,
                                                  base::AppointmentId id);

struct FeedLink {
  std::string token;  // shown once
  // Where a calendar app subscribes. The token is the secret: keep the server behind TLS
  // (docs/SECURITY.md); the access log records the route pattern only.
  std::string Path() const { return "/calendar/" + token + ".ics"; }
};

// The owner, or the provider themself: a new feed link for provider `provider` (voiding any
// earlier one). kNotFound unless `provider` is a provider of the clinic.
base::Result<FeedLink> CreateCalendarFeed(AppEnv& env, RequestContext& context,
                                          base::UserId provider);
// The owner, or the provider themself: revokes the feed (no error if there is none).
base::Status RevokeCalendarFeed(AppEnv& env, RequestContext& context, base::UserId provider);

// The feed `token` names: the provider's appointments from 60 days ago to 400 days ahead,
// cancelled ones included (STATUS:CANCELLED), titled by kind and session, never naming a
// patient. kNotFound (one answer for every bad token) if the token is malformed, unknown or
// revoked, or its provider was deactivated.
base::Result<std::string> ProviderFeed(AppEnv& env, std::string_view token);

}  // namespace needlepoint::app
