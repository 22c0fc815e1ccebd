#include "needlepoint/contract/session_json.h"

#include <cmath>

#include "needlepoint/contract/intake_json.h"
#include "needlepoint/contract/json_reader.h"
#include "needlepoint/contract/result_json.h"
#include "needlepoint/contract/time_text.h"

namespace needlepoint::contract {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr std::size_t kMaxNotesBytes = 2000;
constexpr std::size_t kMaxReasonBytes = 500;
constexpr int64_t kMaxId = INT64_MAX;

template <typename E>
ojson CodeList(domain::CodeSet<E> codes) {
  ojson out = ojson::array();
  codes.ForEach([&](E code) { out.push_back(domain::CodeName(code)); });
  return out;
}

// `status` with `prefix` before every problem's path.
base::Status Prefixed(base::Status status, const std::string& prefix) {
  if (prefix.empty()) return status;
  std::vector<base::FieldProblem> problems;
  for (const base::FieldProblem& problem : status.problems()) {
    problems.push_back({prefix + (problem.path == "/" ? "" : problem.path), problem.message});
  }
  return base::Status::Invalid(std::move(problems), status.message());
}

template <typename T>
base::Result<T> Finish(Problems& problems, T value, const std::string& prefix = "") {
  if (!problems.empty()) return base::Fail(Prefixed(std::move(problems).ToStatus(), prefix));
  return value;
}

// A text field checked with IsLotText.
std::optional<std::string> LotField(JsonObject& object, std::string_view key, Need need) {
  std::optional<std::string> text = object.String(key, need, 4 * domain::kMaxLotBytes);
  if (text && !IsLotText(*text)) {
    object.problems().Add(object.PathOf(key), "must be 1-" + std::to_string(domain::kMaxLotBytes) +
                                                  " characters without control characters");
    return std::nullopt;
  }
  return text;
}

std::optional<base::Timestamp> TimeField(JsonObject& object, std::string_view key, Need need) {
  std::optional<std::string> text = object.String(key, need, 64);
  if (!text) return std::nullopt;
  base::Result<base::Timestamp> time = ParseUtcText(*text);
  if (!time) {
    object.problems().Add(object.PathOf(key), time.error().message());
    return std::nullopt;
  }
  return *time;
}

// Calls read(object) for each element of the array at `key` that is an object.
template <typename Read>
void EachObject(JsonObject& parent, std::string_view key, Need need, std::size_t max, Read read) {
  const json* items = parent.Array(key, need);
  if (items == nullptr) return;
  if (items->size() > max) {
    parent.problems().Add(parent.PathOf(key), "has more than " + std::to_string(max) + " items");
    return;
  }
  for (std::size_t i = 0; i < items->size(); ++i) {
    std::optional<JsonObject> object =
        JsonObject::Open((*items)[i], JsonPointer(parent.PathOf(key), i), parent.problems());
    if (object) {
      read(*object);
      object->RejectUnknownKeys();
    }
  }
}

// A yes/no skin question and its optional areas.
domain::SkinAnswer ReadSkin(JsonObject& root, std::string_view key) {
  domain::SkinAnswer answer;
  answer.present = root.Bool(key, Need::kRequired).value_or(false);
  const std::string areas_key = std::string(key) + "_areas";
  if (root.Field(areas_key, Need::kOptional) != nullptr && !answer.present) {
    root.problems().Add(root.PathOf(areas_key),
                        "give areas only when " + std::string(key) + " is true");
    return answer;
  }
  answer.areas = ReadZoneItems(root, areas_key, Need::kOptional);
  return answer;
}

void ReadPrep(JsonObject& root, const CheckInOptions& options, domain::CheckInAnswers& answers) {
  const json* value = root.Field("prep", Need::kRequired);
  if (value == nullptr) return;
  std::optional<JsonObject> prep = JsonObject::Open(*value, root.PathOf("prep"), root.problems());
  if (!prep) return;
  domain::PrepAnswers& out = answers.prep;
  out.retinoids_acids_stopped =
      prep->Bool("retinoids_acids_stopped", Need::kRequired).value_or(true);
  out.retinoids_acids_last_use = prep->Date("retinoids_acids_last_use", Need::kOptional);
  if (out.retinoids_acids_last_use && *out.retinoids_acids_last_use > options.session_date) {
    prep->problems().Add(prep->PathOf("retinoids_acids_last_use"),
                         "is after the session's day " + options.session_date.ToString());
  }
  out.no_hair_removal = prep->Bool("no_hair_removal", Need::kRequired).value_or(true);
  const json* removal = prep->Field("hair_removal", Need::kOptional);
  if (removal != nullptr && out.no_hair_removal) {
    prep->problems().Add(prep->PathOf("hair_removal"),
                         "give it only when no_hair_removal is false");
  } else if (removal == nullptr && !out.no_hair_removal &&
             prep->Field("no_hair_removal", Need::kOptional) != nullptr) {
    prep->problems().Add(prep->PathOf("hair_removal"),
                         "required when no_hair_removal is false: {\"code\", \"date\"}");
  } else if (removal != nullptr) {
    if (std::optional<JsonObject> item =
            JsonObject::Open(*removal, prep->PathOf("hair_removal"), prep->problems())) {
      std::optional<domain::ProcedureCode> code =
          item->Code<domain::ProcedureCode>("code", Need::kRequired);
      if (code && !domain::kHairRemoval.Contains(*code)) {
        item->problems().Add(item->PathOf("code"), "must be waxing, depilatory or electrolysis");
        code.reset();
      }
      std::optional<base::CivilDate> date = item->Date("date", Need::kRequired);
      if (date && *date > options.session_date) {
        item->problems().Add(item->PathOf("date"),
                             "is after the session's day " + options.session_date.ToString());
        date.reset();
      }
      std::optional<domain::ZoneSet> areas = ReadZoneItems(*item, "areas", Need::kOptional);
      item->RejectUnknownKeys();
      if (code && date) out.hair_removal = domain::ProcedureEntry{*code, *date, areas};
    }
  }
  out.sun_avoided = prep->Bool("sun_avoided", Need::kRequired).value_or(true);
  prep->RejectUnknownKeys();
}

void SkinJson(ojson& out, std::string_view key, const domain::SkinAnswer& answer) {
  out[std::string(key)] = answer.present;
  if (answer.present && answer.areas) out[std::string(key) + "_areas"] = CodeList(*answer.areas);
}

ojson MedicationJson(const domain::MedicationEntry& medication) {
  ojson item = {{"code", domain::CodeName(medication.code)}};
  if (medication.last_taken) item["last_dose"] = medication.last_taken->ToString();
  return item;
}

ojson ProcedureJson(const domain::ProcedureEntry& procedure) {
  ojson item = {{"code", domain::CodeName(procedure.code)}, {"date", procedure.date.ToString()}};
  if (procedure.areas) item["areas"] = CodeList(*procedure.areas);
  return item;
}

template <typename Id>
std::optional<Id> IdField(JsonObject& object, std::string_view key, Need need) {
  std::optional<int64_t> value = object.Integer(key, need, 1, kMaxId);
  return value ? std::optional<Id>(Id(*value)) : std::nullopt;
}

std::optional<base::Timestamp> MicrosField(JsonObject& object, std::string_view key, Need need) {
  std::optional<int64_t> us = object.Integer(key, need, INT64_MIN, INT64_MAX);
  return us ? std::optional<base::Timestamp>(base::Timestamp(std::chrono::microseconds(*us)))
            : std::nullopt;
}

int64_t Micros(base::Timestamp t) { return t.time_since_epoch().count(); }

// Parses the JSON value at `key` of `object` with `read` (a contract reader that reports its
// own problems), adding them under the key's path.
template <typename T, typename Read>
std::optional<T> Nested(JsonObject& object, std::string_view key, Read read) {
  const json* value = object.Field(key, Need::kRequired);
  if (value == nullptr) return std::nullopt;
  base::Result<T> parsed = read(*value);
  if (!parsed) {
    for (const base::FieldProblem& problem : parsed.error().problems()) {
      object.problems().Add(object.PathOf(key) + (problem.path == "/" ? "" : problem.path),
                            problem.message);
    }
    if (parsed.error().problems().empty()) {
      object.problems().Add(object.PathOf(key), parsed.error().message());
    }
    return std::nullopt;
  }
  return std::move(*parsed);
}

}  // namespace

bool IsLotText(std::string_view text) {
  if (text.empty() || text.size() > domain::kMaxLotBytes) return false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) return false;
  }
  return true;
}

// ---- Check-in answers -----------------------------------------------------------------------

base::Result<domain::CheckInAnswers> ParseCheckInAnswers(const json& document,
                                                         const CheckInOptions& options) {
  Problems problems;
  domain::CheckInAnswers answers;
  if (std::optional<JsonObject> root = JsonObject::Open(document, "", problems)) {
    answers.cold_sore = root->Bool("cold_sore", Need::kRequired).value_or(false);
    answers.sunburn = ReadSkin(*root, "sunburn");
    answers.acne = ReadSkin(*root, "acne");
    answers.infection = ReadSkin(*root, "infection");
    answers.new_medications =
        ReadMedicationItems(*root, "new_medications", options.aliases, options.session_date);
    answers.other_new_medications = ReadFreeTextItems(*root, "other_new_medications");
    answers.new_procedures = ReadProcedureItems(*root, "new_procedures", options.session_date);
    answers.pregnant = root->Bool("pregnant", Need::kRequired).value_or(false);
    answers.breastfeeding = root->Bool("breastfeeding", Need::kOptional).value_or(false);
    ReadPrep(*root, options, answers);
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(answers), options.path_prefix);
}

ojson CheckInAnswersToJson(const domain::CheckInAnswers& answers) {
  ojson out;
  out["cold_sore"] = answers.cold_sore;
  SkinJson(out, "sunburn", answers.sunburn);
  SkinJson(out, "acne", answers.acne);
  SkinJson(out, "infection", answers.infection);
  out["new_medications"] = ojson::array();
  for (const auto& medication : answers.new_medications) {
    out["new_medications"].push_back(MedicationJson(medication));
  }
  out["other_new_medications"] = answers.other_new_medications;
  out["new_procedures"] = ojson::array();
  for (const auto& procedure : answers.new_procedures) {
    out["new_procedures"].push_back(ProcedureJson(procedure));
  }
  out["pregnant"] = answers.pregnant;
  out["breastfeeding"] = answers.breastfeeding;
  const domain::PrepAnswers& prep = answers.prep;
  ojson prep_json = {{"retinoids_acids_stopped", prep.retinoids_acids_stopped}};
  if (prep.retinoids_acids_last_use) {
    prep_json["retinoids_acids_last_use"] = prep.retinoids_acids_last_use->ToString();
  }
  prep_json["no_hair_removal"] = prep.no_hair_removal;
  if (prep.hair_removal) prep_json["hair_removal"] = ProcedureJson(*prep.hair_removal);
  prep_json["sun_avoided"] = prep.sun_avoided;
  out["prep"] = std::move(prep_json);
  return out;
}

// ---- Chart ----------------------------------------------------------------------------------

base::Result<domain::Chart> ParseChart(const json& document, std::string_view path_prefix) {
  Problems problems;
  domain::Chart chart;
  if (std::optional<JsonObject> root = JsonObject::Open(document, "", problems)) {
    chart.device_id = IdField<base::ResourceId>(*root, "device_id", Need::kOptional);
    // "" is a pen not yet recorded (a draft as ChartToJson writes it), like no field at all.
    if (const json* serial = root->Field("pen_serial", Need::kOptional);
        serial != nullptr &&
        !(serial->is_string() && serial->get_ref<const std::string&>().empty())) {
      chart.pen_serial = LotField(*root, "pen_serial", Need::kOptional).value_or("");
    }
    if (const json* numbing = root->Field("anaesthetic", Need::kOptional)) {
      if (std::optional<JsonObject> object =
              JsonObject::Open(*numbing, root->PathOf("anaesthetic"), problems)) {
        domain::Anaesthetic anaesthetic;
        anaesthetic.product = LotField(*object, "product", Need::kRequired).value_or("");
        if (object->Field("lot", Need::kOptional) != nullptr) {
          anaesthetic.lot = LotField(*object, "lot", Need::kOptional).value_or("");
        }
        std::optional<base::Timestamp> applied = TimeField(*object, "applied_at", Need::kRequired);
        std::optional<base::Timestamp> removed = TimeField(*object, "removed_at", Need::kRequired);
        object->RejectUnknownKeys();
        if (applied && removed) {
          anaesthetic.applied_at = *applied;
          anaesthetic.removed_at = *removed;
          chart.anaesthetic = anaesthetic;
        }
      }
    }
    EachObject(*root, "zones", Need::kOptional, 16, [&](JsonObject& object) {
      domain::ChartZone zone;
      std::optional<domain::Zone> code = object.Code<domain::Zone>("zone", Need::kRequired);
      std::optional<domain::Depth> depth;
      if (const json* mm = object.Field("depth_mm", Need::kRequired)) {
        const double value = mm->is_number() ? mm->get<double>() : -1;
        if (!mm->is_number() || !std::isfinite(value) || value <= 0 || value > 5) {
          problems.Add(object.PathOf("depth_mm"), "must be a depth in mm above 0 and at most 5");
        } else {
          depth = domain::Depth::FromMm(value);
        }
      }
      std::optional<int64_t> passes = object.Integer("passes", Need::kRequired, 1, 20);
      std::optional<domain::NeedlingPattern> pattern =
          object.Code<domain::NeedlingPattern>("pattern", Need::kRequired);
      zone.reason = object.String("reason", Need::kOptional, kMaxReasonBytes).value_or("");
      if (code && depth && passes && pattern) {
        zone.zone = *code;
        zone.depth = *depth;
        zone.passes = static_cast<int>(*passes);
        zone.pattern = *pattern;
        chart.zones.push_back(std::move(zone));
      }
    });
    EachObject(*root, "products", Need::kOptional, 20, [&](JsonObject& object) {
      std::optional<domain::ProductCode> code =
          object.Code<domain::ProductCode>("code", Need::kRequired);
      std::optional<std::string> lot = LotField(object, "lot", Need::kRequired);
      std::string name;
      if (object.Field("name", Need::kOptional) != nullptr) {
        name = LotField(object, "name", Need::kOptional).value_or("");
      }
      if (code && lot) chart.products.push_back({*code, *lot, name});
    });
    chart.end_point = root->Code<domain::EndPoint>("end_point", Need::kOptional);
    if (auto minutes = root->Integer("duration_minutes", Need::kOptional, 1, 600)) {
      chart.duration_minutes = static_cast<int>(*minutes);
    }
    chart.notes = root->String("notes", Need::kOptional, kMaxNotesBytes).value_or("");
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(chart), std::string(path_prefix));
}

ojson ChartToJson(const domain::Chart& chart) {
  ojson out;
  out["device_id"] = chart.device_id ? ojson(chart.device_id->value()) : ojson(nullptr);
  out["pen_serial"] = chart.pen_serial;
  if (chart.anaesthetic) {
    const domain::Anaesthetic& a = *chart.anaesthetic;
    out["anaesthetic"] = {{"product", a.product},
                          {"lot", a.lot},
                          {"applied_at", UtcText(a.applied_at)},
                          {"removed_at", UtcText(a.removed_at)}};
    if (a.lot.empty()) out["anaesthetic"].erase("lot");
  } else {
    out["anaesthetic"] = nullptr;
  }
  out["zones"] = ojson::array();
  for (const domain::ChartZone& zone : chart.zones) {
    ojson item = {{"zone", domain::CodeName(zone.zone)},
                  {"depth_mm", zone.depth.mm()},
                  {"passes", zone.passes},
                  {"pattern", domain::CodeName(zone.pattern)}};
    if (!zone.reason.empty()) item["reason"] = zone.reason;
    out["zones"].push_back(std::move(item));
  }
  out["products"] = ojson::array();
  for (const domain::ProductUse& product : chart.products) {
    ojson item = {{"code", domain::CodeName(product.code)}, {"lot", product.lot}};
    if (!product.name.empty()) item["name"] = product.name;
    out["products"].push_back(std::move(item));
  }
  out["end_point"] = chart.end_point ? ojson(domain::CodeName(*chart.end_point)) : ojson(nullptr);
  out["duration_minutes"] =
      chart.duration_minutes ? ojson(*chart.duration_minutes) : ojson(nullptr);
  out["notes"] = chart.notes;
  return out;
}

// ---- Stored forms ---------------------------------------------------------------------------

ojson CheckInToJson(const domain::CheckIn& check_in) {
  ojson out = {{"answers", CheckInAnswersToJson(check_in.answers)},
               {"intake", IntakeToJson(check_in.intake)},
               {"screening", ScreeningToJson(check_in.screening)},
               {"gate", domain::CodeName(check_in.gate)},
               {"recorded_by", check_in.recorded_by.value()},
               {"recorded_us", Micros(check_in.recorded_at)}};
  if (check_in.override_by && check_in.override_at) {
    out["override"] = {{"reason", check_in.override_reason},
                       {"by", check_in.override_by->value()},
                       {"at_us", Micros(*check_in.override_at)}};
  }
  return out;
}

base::Result<domain::CheckIn> ParseStoredCheckIn(const json& document) {
  Problems problems;
  domain::CheckIn check_in;
  if (std::optional<JsonObject> root = JsonObject::Open(document, "", problems)) {
    if (auto intake = Nested<domain::Intake>(
            *root, "intake", [](const json& doc) { return ParseIntake(doc, {.stored = true}); })) {
      check_in.intake = std::move(*intake);
    }
    if (auto answers = Nested<domain::CheckInAnswers>(*root, "answers", [&](const json& doc) {
          return ParseCheckInAnswers(doc, {.session_date = check_in.intake.assessed_on});
        })) {
      check_in.answers = std::move(*answers);
    }
    if (auto screening = Nested<domain::Screening>(
            *root, "screening", [](const json& doc) { return ParseScreening(doc); })) {
      check_in.screening = std::move(*screening);
    }
    check_in.gate = root->Code<domain::GateDecision>("gate", Need::kRequired)
                        .value_or(domain::GateDecision::kBlocked);
    check_in.recorded_by =
        IdField<base::UserId>(*root, "recorded_by", Need::kRequired).value_or(base::UserId());
    check_in.recorded_at =
        MicrosField(*root, "recorded_us", Need::kRequired).value_or(base::Timestamp{});
    if (const json* override_json = root->Field("override", Need::kOptional)) {
      if (auto object = JsonObject::Open(*override_json, root->PathOf("override"), problems)) {
        check_in.override_reason =
            object->String("reason", Need::kRequired, kMaxReasonBytes).value_or("");
        check_in.override_by = IdField<base::UserId>(*object, "by", Need::kRequired);
        check_in.override_at = MicrosField(*object, "at_us", Need::kRequired);
        object->RejectUnknownKeys();
      }
    }
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(check_in));
}

ojson ConfirmationsToJson(const std::vector<domain::ActionConfirmation>& list) {
  ojson out = ojson::array();
  for (const domain::ActionConfirmation& confirmation : list) {
    out.push_back({{"action", domain::CodeName(confirmation.action)},
                   {"by", confirmation.by.value()},
                   {"at_us", Micros(confirmation.at)},
                   {"note", confirmation.note}});
  }
  return out;
}

base::Result<std::vector<domain::ActionConfirmation>> ParseConfirmations(const json& array) {
  Problems problems;
  std::vector<domain::ActionConfirmation> out;
  const json wrapper = {{"items", array}};
  if (std::optional<JsonObject> root = JsonObject::Open(wrapper, "", problems)) {
    EachObject(*root, "items", Need::kRequired, 64, [&](JsonObject& object) {
      domain::ActionConfirmation confirmation;
      auto action = object.Code<domain::ActionCode>("action", Need::kRequired);
      auto by = IdField<base::UserId>(object, "by", Need::kRequired);
      auto at = MicrosField(object, "at_us", Need::kRequired);
      confirmation.note = object.String("note", Need::kRequired, kMaxReasonBytes).value_or("");
      if (action && by && at) {
        confirmation.action = *action;
        confirmation.by = *by;
        confirmation.at = *at;
        out.push_back(std::move(confirmation));
      }
    });
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(out));
}

ojson TriageToJson(const domain::Triage& triage) {
  ojson symptoms = ojson::array();
  for (const domain::SymptomTriage& symptom : triage.symptoms) {
    symptoms.push_back({{"symptom", domain::CodeName(symptom.symptom)},
                        {"urgency", domain::CodeName(symptom.urgency)},
                        {"message", symptom.message}});
  }
  return {{"urgency", domain::CodeName(triage.urgency)},
          {"day", triage.day},
          {"symptoms", std::move(symptoms)},
          {"protocol", {{"name", triage.protocol.name}, {"version", triage.protocol.version}}}};
}

base::Result<domain::Triage> ParseTriage(const json& document) {
  Problems problems;
  domain::Triage triage;
  if (std::optional<JsonObject> root = JsonObject::Open(document, "", problems)) {
    triage.urgency =
        root->Code<domain::Urgency>("urgency", Need::kRequired).value_or(domain::Urgency::kUrgent);
    triage.day = static_cast<int>(root->Integer("day", Need::kRequired, 0, 100000).value_or(0));
    EachObject(*root, "symptoms", Need::kRequired, 64, [&](JsonObject& object) {
      auto symptom = object.Code<domain::Symptom>("symptom", Need::kRequired);
      auto urgency = object.Code<domain::Urgency>("urgency", Need::kRequired);
      std::string message = object.String("message", Need::kRequired, 64 * 1024).value_or("");
      if (symptom && urgency) triage.symptoms.push_back({*symptom, *urgency, std::move(message)});
    });
    if (const json* protocol = root->Field("protocol", Need::kRequired)) {
      if (auto object = JsonObject::Open(*protocol, root->PathOf("protocol"), problems)) {
        triage.protocol.name = object->String("name", Need::kRequired).value_or("");
        triage.protocol.version = object->String("version", Need::kRequired).value_or("");
        object->RejectUnknownKeys();
      }
    }
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(triage));
}

ojson SuspectsToJson(const std::vector<domain::SuspectLot>& suspects) {
  ojson out = ojson::array();
  for (const domain::SuspectLot& suspect : suspects) {
    ojson item = {{"kind", domain::CodeName(suspect.kind)}};
    if (suspect.cartridge_id) item["cartridge_id"] = suspect.cartridge_id->value();
    if (!suspect.gtin.empty()) item["gtin"] = suspect.gtin;
    item["lot"] = suspect.lot;
    if (suspect.serial) item["serial"] = *suspect.serial;
    if (suspect.product) item["product"] = domain::CodeName(*suspect.product);
    out.push_back(std::move(item));
  }
  return out;
}

base::Result<std::vector<domain::SuspectLot>> ParseSuspects(const json& array) {
  Problems problems;
  std::vector<domain::SuspectLot> out;
  const json wrapper = {{"items", array}};
  if (std::optional<JsonObject> root = JsonObject::Open(wrapper, "", problems)) {
    EachObject(*root, "items", Need::kRequired, 64, [&](JsonObject& object) {
      domain::SuspectLot suspect;
      auto kind = object.Code<domain::LotKind>("kind", Need::kRequired);
      suspect.cartridge_id = IdField<base::CartridgeId>(object, "cartridge_id", Need::kOptional);
      suspect.gtin = object.String("gtin", Need::kOptional, 64).value_or("");
      suspect.lot = object.String("lot", Need::kRequired, 256).value_or("");
      suspect.serial = object.String("serial", Need::kOptional, 256);
      suspect.product = object.Code<domain::ProductCode>("product", Need::kOptional);
      if (kind) {
        suspect.kind = *kind;
        out.push_back(std::move(suspect));
      }
    });
    root->RejectUnknownKeys();
  }
  return Finish(problems, std::move(out));
}

}  // namespace needlepoint::contract
