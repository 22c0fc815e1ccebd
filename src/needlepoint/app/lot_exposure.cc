#include "needlepoint/app/lot_exposure.h"

#include <algorithm>
#include <memory>
#include <set>

#include "needlepoint/contract/gs1.h"

namespace needlepoint::app {
namespace {

bool IsGtin(std::string_view text) {
  return text.size() == 14 &&
         std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }) &&
         contract::Gs1CheckDigit(text.substr(0, 13)) == text[13] - '0';
}

// The query of `search`, whose page may hold up to `max_limit` rows.
base::Result<domain::LotQuery> QueryOf(const LotSearch& search, int max_limit) {
  domain::LotQuery query;
  query.kind = search.kind;
  query.lot = search.lot;
  query.gtin = search.gtin;
  query.product = search.product;
  std::vector<base::FieldProblem> problems;
  if (!search.barcode.empty()) {
    base::Result<contract::Gs1Element> parsed = contract::ParseGs1(search.barcode);
    if (!parsed) {
      problems.push_back({"?barcode", parsed.error().message()});
    } else {
      query.kind = domain::LotKind::kCartridge;
      query.gtin = parsed->gtin.value_or("");
      query.lot = parsed->lot.value_or("");
    }
  }
  if (!query.gtin.empty() && !IsGtin(query.gtin)) {
    problems.push_back({"?gtin", "must be 14 digits ending in the GS1 check digit"});
  }
  if (query.kind == domain::LotKind::kCartridge && query.lot.empty() && query.gtin.empty() &&
      problems.empty()) {
    problems.push_back({"?lot", "a cartridge search needs a lot, a GTIN or a barcode"});
  }
  if (query.kind == domain::LotKind::kProduct && query.lot.empty()) {
    problems.push_back({"?lot", "a product search needs the lot"});
  }
  if (query.lot.size() > domain::kMaxLotBytes) {
    problems.push_back({"?lot", "must be at most 40 bytes"});
  }
  if (search.cursor.limit < 1 || search.cursor.limit > max_limit) {
    problems.push_back({"?limit", "must be 1 to " + std::to_string(max_limit)});
  }
  if (!problems.empty()) return base::Fail(base::Status::Invalid(std::move(problems)));
  return query;
}

std::string Describe(const domain::LotQuery& q) {
  if (q.kind == domain::LotKind::kProduct) {
    return "product:" + std::string(q.product ? domain::CodeName(*q.product) : "any") + "/" + q.lot;
  }
  return "cartridge:" + (q.gtin.empty() ? std::string("any") : q.gtin) + "/" +
         (q.lot.empty() ? std::string("any") : q.lot);
}

base::Result<LotExposure> Run(AppEnv& env, RequestContext& context, const LotSearch& search,
                              int max_limit, std::string action) {
  std::set<int64_t> patients;
  std::string object = "?";
  base::Result<LotExposure> result = [&]() -> base::Result<LotExposure> {
    LotExposure out;
    NP_ASSIGN_OR_RETURN(out.query, QueryOf(search, max_limit));
    object = Describe(out.query);
    NP_ASSIGN_OR_RETURN(std::unique_ptr<storage::Transaction> tx,
                        env.db.Begin(context.principal.clinic, storage::Access::kRead));
    storage::ExposureCursor cursor = search.cursor;
    cursor.limit += 1;  // one more tells whether there is a next page
    NP_ASSIGN_OR_RETURN(out.page, tx->treatment_sessions().Exposure(out.query, cursor));
    if (std::cmp_greater(out.page.items.size(), search.cursor.limit)) {
      out.page.items.resize(static_cast<std::size_t>(search.cursor.limit));
      out.more = true;
    }
    std::vector<base::SessionId> sessions;
    for (const domain::Exposure& e : out.page.items) {
      patients.insert(e.patient_id.value());
      if (sessions.empty() || sessions.back() != e.session_id) sessions.push_back(e.session_id);
    }
    NP_ASSIGN_OR_RETURN(auto events, tx->adverse().EventsForSessions(sessions));
    for (const auto& [session, event] : events) out.events[session.value()].push_back(event);
    return out;
  }();
  std::string detail = std::to_string(result ? result->page.items.size() : 0) + " rows; patients:";
  for (int64_t p : patients) detail += " " + std::to_string(p);
  context.read_audit.push_back(context.Audit(
      std::move(action), "lot", object, std::nullopt,
      result ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed, detail));
  return result;
}

// A CSV cell: quoted when it holds a quote, comma or line break; a leading = + - @ tab or CR
// is neutralised with ' so that a spreadsheet shows it instead of running it (OWASP).
std::string Cell(std::string_view text) {
  std::string value(text);
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of("\",\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

base::Result<LotExposure> SearchLotExposure(AppEnv& env, RequestContext& context,
                                            const LotSearch& search) {
  return Run(env, context, search, kMaxSearchRows, "lot_exposure.search");
}

base::Result<std::string> ExportLotExposure(AppEnv& env, RequestContext& context,
                                            const LotSearch& search) {
  LotSearch all = search;
  all.cursor = {.limit = kMaxExportRows};
  NP_ASSIGN_OR_RETURN(LotExposure found,
                      Run(env, context, all, kMaxExportRows, "lot_exposure.export"));
  if (found.more) {
    return base::Fail(base::Status::WithProblems(base::StatusCode::kFailedPrecondition,
                                                 {{"?lot", "narrow the search"}},
                                                 "more than 100000 rows: narrow the search"));
  }
  std::string csv =
      "session_id,session_date,session_number,session_status,patient_id,given_name,family_name,"
      "birth_date,email,phone,kind,gtin,lot,serial,product,in_current_chart,adverse_event_ids\r\n";
  for (const domain::Exposure& e : found.page.items) {
    std::string events;
    for (base::AdverseEventId id : found.events[e.session_id.value()]) {
      if (!events.empty()) events += ' ';
      events += id.ToString();
    }
    const std::string cells[] = {e.session_id.ToString(),
                                 e.date.ToString(),
                                 std::to_string(e.number),
                                 std::string(domain::CodeName(e.status)),
                                 e.patient_id.ToString(),
                                 e.given_name,
                                 e.family_name,
                                 e.birth_date.ToString(),
                                 e.email,
                                 e.phone,
                                 std::string(domain::CodeName(e.kind)),
                                 e.gtin,
                                 e.lot,
                                 e.serial.value_or(""),
                                 e.product ? std::string(domain::CodeName(*e.product)) : "",
                                 e.in_current_chart ? "true" : "false",
                                 events};
    bool first = true;
    for (const std::string& cell : cells) {
      if (!first) csv += ',';
      first = false;
      csv += Cell(cell);
    }
    csv += "\r\n";
  }
  return csv;
}

}  // namespace needlepoint::app
