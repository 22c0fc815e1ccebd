// The API's handlers, one function per route (see routes.cc for the table that wires them).
// Each parses its input, calls one app function and serialises the answer.
#pragma once

#include "needlepoint/http/router.h"

namespace needlepoint::http {

// Session
Response Login(Call& call);
Response WhoAmI(Call& call);
Response Logout(Call& call);
// Patients
Response CreatePatient(Call& call);
Response GetPatient(Call& call);
Response UpdatePatient(Call& call);
Response SearchPatients(Call& call);
Response MergePatients(Call& call);
// Accounts: set-password links, resets, portal accounts
Response AcceptInvitation(Call& call);
Response ResetStaffPassword(Call& call);
Response InvitePortalAccount(Call& call);
Response ListPortalAccounts(Call& call);
Response RevokePortalAccount(Call& call);
// Consultations and plans
Response SubmitConsultation(Call& call);
Response GetConsultation(Call& call);
Response ListPatientConsultations(Call& call);
Response CreatePlan(Call& call);
Response GetPlan(Call& call);
Response EditPlan(Call& call);
Response ListPatientSkinTypes(Call& call);
Response ListPatientPlans(Call& call);
Response ScreenConsultation(Call& call);  // handlers_screen.cc
// Rooms, devices, working hours, time off, visit lengths (handlers_calendars.cc)
Response ListResources(Call& call);
Response CreateResource(Call& call);
Response UpdateResource(Call& call);
Response GetWorkingHours(Call& call);
Response SetWorkingHours(Call& call);
Response ListTimeOff(Call& call);
Response AddTimeOff(Call& call);
Response DeleteTimeOff(Call& call);
Response ListServiceTypes(Call& call);
Response UpdateServiceTypes(Call& call);
// Booking single visits (handlers_booking.cc)
Response FindSlots(Call& call);
Response BookVisit(Call& call);
Response GetAppointment(Call& call);
Response CancelAppointment(Call& call);

// handlers_series.cc
Response ListCalendarAppointments(Call& call);
Response ListPatientAppointments(Call& call);
Response ProposePlanSeries(Call& call);
Response BookPlanSeries(Call& call);
Response CancelPlanSeries(Call& call);
Response RescheduleAppointment(Call& call);
Response SetAppointmentStatus(Call& call);
Response ListAppointmentMessages(Call& call);
Response GetAppointmentCalendar(Call& call);
Response CreateCalendarFeed(Call& call);
Response RevokeCalendarFeed(Call& call);
Response GetProviderFeed(Call& call);
// Mail: the relay, message templates, the outbox (handlers_mail.cc)
Response GetMailSettings(Call& call);
Response PutMailSettings(Call& call);
Response ListMessageTemplates(Call& call);
Response PutMessageTemplate(Call& call);
Response ResetMessageTemplate(Call& call);
Response ListOutbox(Call& call);
// Booking requests: the public form and the inbox (handlers_booking_requests.cc)
Response SubmitBookingRequest(Call& call);
Response ListBookingRequests(Call& call);
Response GetBookingRequest(Call& call);
Response UpdateBookingRequest(Call& call);
Response ConvertBookingRequest(Call& call);
// Consent and photos (handlers_photos.cc)
Response ListConsentTexts(Call& call);
Response PublishConsentText(Call& call);
Response SignConsent(Call& call);
Response ListConsents(Call& call);
Response UploadPhoto(Call& call);
Response ListPatientPhotos(Call& call);
Response GetPhoto(Call& call);
Response UpdatePhoto(Call& call);
Response GetPhotoImage(Call& call);
Response GetPhotoThumbnail(Call& call);
Response AnalysePhoto(Call& call);
Response ComparePhotos(Call& call);
Response GetPhotoOverlay(Call& call);
Response PhotoTrend(Call& call);
// The session day (handlers_sessions.cc)
Response ListSessionsToday(Call& call);
Response OpenSession(Call& call);
Response GetSession(Call& call);
Response CheckInSession(Call& call);
Response OverrideSessionGate(Call& call);
Response ConfirmSessionAction(Call& call);
Response StartSession(Call& call);
Response SaveSessionChart(Call& call);
Response ScanSessionCartridge(Call& call);
Response SignOffSession(Call& call);
Response AmendSessionChart(Call& call);
Response ListSessionChartVersions(Call& call);
Response ListPatientSessions(Call& call);
Response GetSessionAftercare(Call& call);
Response ReportConcern(Call& call);
Response AttachConcernPhoto(Call& call);
Response GetConcernPhoto(Call& call);
Response ListConcerns(Call& call);
Response GetConcern(Call& call);
Response AcknowledgeConcern(Call& call);
Response RecordAdverseEvent(Call& call);
Response UpdateAdverseEvent(Call& call);
Response GetAdverseEvent(Call& call);
Response ListAdverseEvents(Call& call);
Response SearchLotExposure(Call& call);
Response ExportLotExposure(Call& call);
// Administration
Response GetClinic(Call& call);
Response UpdateClinic(Call& call);
Response ListStaff(Call& call);
Response CreateStaff(Call& call);
Response UpdateStaff(Call& call);
Response GetProtocol(Call& call);
Response UploadProtocol(Call& call);
Response ListAudit(Call& call);
// Service
Response Health(Call& call);
Response OpenApi(Call& call);

}  // namespace needlepoint::http
