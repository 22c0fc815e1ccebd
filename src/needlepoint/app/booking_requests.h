// Booking requests from the clinic's public form ("leave your details and we will contact
// you"), and the front desk's inbox of them: list, read, change the status, and convert one
// into a patient with a booked consultation in one transaction.
//
// The public form needs no session: the clinic comes from its login name in the URL, each
// client address may send a few requests per window (AddressRateLimiter), a filled-in
// honeypot field is answered like a success and stores nothing, and the answer never echoes
// what was sent. Every stored request, and every read or change of one, leaves exactly one
// audit row (a request holds a person's contact details and what they want treated).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/booking.h"
#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/app/patients.h"
#include "needlepoint/domain/booking_request.h"

namespace needlepoint::app {

struct PublicBookingRequest {
  std::string name;
  std::string phone;
  std::string email;
  std::string preferred_times;
  std::string interest;
  std::string message;
  bool consent_to_contact = false;
  std::string website;  // the honeypot: people leave it empty, form-filling robots do not
};

// Stores a request for the clinic `slug` from `client_address`; its audit row carries
// `request_id`. kNotFound for an unknown
// slug (the same answer as for a clinic that takes no requests); kResourceExhausted "retry in
// N s" past the address's limit; kInvalidArgument naming each field (/name, /phone, /email,
// /consent_to_contact, …, "/" when neither phone nor e-mail is given). A filled honeypot
// answers OK and stores nothing.
base::Status SubmitBookingRequest(AppEnv& env, std::string_view slug,
                                  std::string_view client_address, std::string_view request_id,
                                  const PublicBookingRequest& request);

// Staff (owner, provider, front desk): the clinic's requests, newest first, optionally with
// one status. One audit row.
base::Result<std::vector<domain::BookingRequest>> ListBookingRequests(
    AppEnv& env, RequestContext& context, std::optional<domain::BookingRequestStatus> status);

// Staff: one request (kNotFound for another clinic's). One audit row.
base::Result<domain::BookingRequest> GetBookingRequest(AppEnv& env, RequestContext& context,
                                                       base::BookingRequestId id);

// Staff: sets the status (kConflict for a stale version; kInvalidArgument at /status for
// consultation_booked, which only converting sets). One audit row.
base::Result<domain::BookingRequest> SetBookingRequestStatus(AppEnv& env, RequestContext& context,
                                                             base::BookingRequestId id,
                                                             int64_t version,
                                                             domain::BookingRequestStatus status);

struct Conversion {
  PatientFields patient;
  bool confirm_not_duplicate = false;
  VisitRequest consultation;  // its patient is the one created
};

struct Converted {
  std::optional<domain::Patient> patient;  // absent: a likely duplicate (see candidates)
  std::vector<domain::Patient> candidates;
  Booking booking;
  domain::BookingRequest request;
};

// Staff: in one transaction, registers the patient (with the likely-duplicate check of
// CreatePatient), books their consultation (as BookVisit does) and marks the request
// consultation_booked with both. Nothing is stored when any step fails: kConflict for a stale
// version, a request already converted or closed, or a slot taken; a likely duplicate not
// confirmed answers the candidates (no patient). One audit row.
base::Result<Converted> ConvertBookingRequest(AppEnv& env, RequestContext& context,
                                              base::BookingRequestId id, int64_t version,
                                              const Conversion& conversion);

}  // namespace needlepoint::app
