#include "needlepoint/contract/intake_json.h"

#include "needlepoint/contract/json_reader.h"
#include "needlepoint/contract/strict_json.h"

namespace needlepoint::contract {
namespace {

using base::CivilDate;
using domain::Zone;
using domain::ZoneSet;
using nlohmann::json;

constexpr std::size_t kMaxItems = 100;  // per list; an intake is a human-sized document

// Dates outside this range are typing mistakes, not patients.
bool Plausible(CivilDate date) {
  static const CivilDate kEarliest = *CivilDate::FromYmd(1900, 1, 1);
  static const CivilDate kLatest = *CivilDate::FromYmd(2199, 12, 31);
  return date >= kEarliest && date <= kLatest;
}

std::optional<CivilDate> PlausibleDate(JsonObject& object, std::string_view key, Need need) {
  std::optional<CivilDate> date = object.Date(key, need);
  if (date && !Plausible(*date)) {
    object.problems().Add(object.PathOf(key), date->ToString() + " is not a plausible date");
    return std::nullopt;
  }
  return date;
}

// Calls read(element, path) for each element of the array at `key`.
template <typename Read>
void ForEachItem(JsonObject& object, std::string_view key, Need need, bool non_empty, Read read) {
  const json* items = object.Array(key, need, non_empty);
  if (items == nullptr) return;
  if (items->size() > kMaxItems) {
    object.problems().Add(object.PathOf(key),
                          "has more than " + std::to_string(kMaxItems) + " items");
    return;
  }
  for (std::size_t i = 0; i < items->size(); ++i) {
    read((*items)[i], JsonPointer(object.PathOf(key), i));
  }
}

// A list of zones at `key`. `within`, when given, is the set the zones must belong to.
std::optional<ZoneSet> ReadZones(JsonObject& object, std::string_view key, Need need,
                                 const std::optional<ZoneSet>& within) {
  ZoneSet zones;
  bool present = false;
  bool ok = true;
  ForEachItem(object, key, need, true, [&](const json& item, const std::string& path) {
    present = true;
    std::optional<Zone> zone = CodeAt<Zone>(item, path, object.problems());
    if (!zone) {
      ok = false;
      return;
    }
    if (zones.Contains(*zone)) {
      object.problems().Add(path, "'" + std::string(domain::CodeName(*zone)) + "' is listed twice");
      ok = false;
    }
    if (within && !within->Contains(*zone)) {
      object.problems().Add(
          path, "'" + std::string(domain::CodeName(*zone)) + "' is not one of the areas to treat");
      ok = false;
    }
    zones.Insert(*zone);
  });
  if (!present || !ok) return std::nullopt;
  return zones;
}

void ReadPatient(JsonObject& root, domain::Intake& intake, bool& birth_ok) {
  const json* patient_json = root.Field("patient", Need::kRequired);
  if (patient_json == nullptr) return;
  std::optional<JsonObject> patient =
      JsonObject::Open(*patient_json, root.PathOf("patient"), root.problems());
  if (!patient) return;
  if (std::optional<CivilDate> birth = PlausibleDate(*patient, "birth_date", Need::kRequired)) {
    intake.birth_date = *birth;
    birth_ok = true;
  }
  if (auto type = patient->Integer("fitzpatrick", Need::kRequired, 1, 6)) {
    intake.fitzpatrick = static_cast<int>(*type);
  }
  patient->RejectUnknownKeys();
}

void ReadConcerns(JsonObject& root, domain::Intake& intake, const std::optional<ZoneSet>& treated) {
  ForEachItem(
      root, "concerns", Need::kRequired, true, [&](const json& item, const std::string& path) {
        std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        domain::ConcernEntry concern;
        std::optional<domain::Concern> code =
            object->Code<domain::Concern>("code", Need::kRequired);
        std::optional<domain::ConcernSubtype> subtype =
            object->Code<domain::ConcernSubtype>("subtype", Need::kOptional);
        if (code && subtype && !domain::SubtypesOf(*code).Contains(*subtype)) {
          root.problems().Add(object->PathOf("subtype"),
                              "'" + std::string(domain::CodeName(*subtype)) +
                                  "' is not a subtype of " + std::string(domain::CodeName(*code)));
        }
        std::optional<int64_t> severity = object->Integer("severity", Need::kRequired, 1, 4);
        std::optional<ZoneSet> areas = ReadZones(*object, "areas", Need::kOptional, treated);
        object->RejectUnknownKeys();
        if (!code || !severity || !treated) return;
        concern.code = *code;
        concern.subtype = subtype;
        concern.severity = static_cast<int>(*severity);
        concern.areas = areas.value_or(*treated);
        intake.concerns.push_back(concern);
      });
}

void ReadActive(JsonObject& root, domain::Intake& intake) {
  ForEachItem(
      root, "active", Need::kOptional, false, [&](const json& item, const std::string& path) {
        std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        std::optional<domain::ActiveCode> code =
            object->Code<domain::ActiveCode>("code", Need::kRequired);
        std::optional<ZoneSet> areas = ReadZones(*object, "areas", Need::kOptional, std::nullopt);
        object->RejectUnknownKeys();
        if (code) intake.active.push_back({*code, areas});
      });
}

void ReadMedications(JsonObject& root, domain::Intake& intake) {
  ForEachItem(
      root, "medications", Need::kOptional, false, [&](const json& item, const std::string& path) {
        std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        std::optional<domain::MedicationCode> code =
            object->Code<domain::MedicationCode>("code", Need::kRequired);
        std::optional<CivilDate> last_dose = PlausibleDate(*object, "last_dose", Need::kOptional);
        std::optional<CivilDate> last_use = PlausibleDate(*object, "last_use", Need::kOptional);
        if (last_dose && last_use) {
          root.problems().Add(object->PathOf("last_use"), "give last_dose or last_use, not both");
        }
        object->RejectUnknownKeys();
        if (code) intake.medications.push_back({*code, last_dose ? last_dose : last_use});
      });
}

void ReadProcedures(JsonObject& root, domain::Intake& intake) {
  ForEachItem(
      root, "procedures", Need::kOptional, false, [&](const json& item, const std::string& path) {
        std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        std::optional<domain::ProcedureCode> code =
            object->Code<domain::ProcedureCode>("code", Need::kRequired);
        std::optional<CivilDate> date = PlausibleDate(*object, "date", Need::kRequired);
        std::optional<ZoneSet> areas = ReadZones(*object, "areas", Need::kOptional, std::nullopt);
        object->RejectUnknownKeys();
        if (code && date) intake.procedures.push_back({*code, *date, areas});
      });
}

void ReadHistoryAndAllergies(JsonObject& root, domain::Intake& intake) {
  ForEachItem(root, "history", Need::kOptional, false,
              [&](const json& item, const std::string& path) {
                if (auto code = CodeAt<domain::HistoryCode>(item, path, root.problems())) {
                  intake.history.Insert(*code);
                }
              });
  ForEachItem(
      root, "allergies", Need::kOptional, false, [&](const json& item, const std::string& path) {
        if (!item.is_string()) {
          root.problems().Add(path, "must be a string, not " + std::string(JsonTypeName(item)));
          return;
        }
        const std::string& name = item.get_ref<const std::string&>();
        if (name.empty() || name.size() > 200) {
          root.problems().Add(path, "must be 1-200 bytes");
          return;
        }
        if (auto code = domain::ParseCode<domain::AllergyCode>(name)) {
          intake.allergies.Insert(*code);
        } else {
          intake.other_allergies.push_back(name);
        }
      });
}

}  // namespace

base::Result<domain::Intake> ParseIntake(const json& document, CivilDate today) {
  Problems problems;
  std::optional<JsonObject> root = JsonObject::Open(document, "", problems);
  if (!root) return base::Fail(std::move(problems).ToStatus());

  domain::Intake intake;
  const std::optional<CivilDate> assessed = PlausibleDate(*root, "assessed_on", Need::kOptional);
  const bool assessed_ok = assessed || root->Field("assessed_on", Need::kOptional) == nullptr;
  intake.assessed_on = assessed.value_or(today);
  intake.planned_date =
      PlausibleDate(*root, "planned_date", Need::kOptional).value_or(intake.assessed_on);
  bool birth_ok = false;
  ReadPatient(*root, intake, birth_ok);
  if (birth_ok && assessed_ok && intake.birth_date > intake.assessed_on) {
    problems.Add("/patient/birth_date",
                 "is after the assessment date " + intake.assessed_on.ToString());
  }
  const std::optional<ZoneSet> treated = ReadZones(*root, "areas", Need::kRequired, std::nullopt);
  if (treated) intake.areas = *treated;
  ReadConcerns(*root, intake, treated);
  ReadHistoryAndAllergies(*root, intake);
  ReadActive(*root, intake);
  ReadMedications(*root, intake);
  ReadProcedures(*root, intake);
  intake.pregnant = root->Bool("pregnant", Need::kOptional).value_or(false);
  intake.breastfeeding = root->Bool("breastfeeding", Need::kOptional).value_or(false);
  root->RejectUnknownKeys();
  if (!problems.empty()) return base::Fail(std::move(problems).ToStatus());
  return intake;
}

base::Result<domain::Intake> ParseIntakeText(std::string_view text, CivilDate today) {
  NP_ASSIGN_OR_RETURN(json document, ParseStrictJson(text));
  return ParseIntake(document, today);
}

namespace {

template <typename E>
json CodeList(domain::CodeSet<E> codes) {
  json out = json::array();
  codes.ForEach([&](E code) { out.push_back(domain::CodeName(code)); });
  return out;
}

}  // namespace

json IntakeToJson(const domain::Intake& intake) {
  json out = {
      {"assessed_on", intake.assessed_on.ToString()},
      {"planned_date", intake.planned_date.ToString()},
      {"patient",
       {{"birth_date", intake.birth_date.ToString()}, {"fitzpatrick", intake.fitzpatrick}}},
      {"areas", CodeList(intake.areas)},
      {"concerns", json::array()},
      {"history", CodeList(intake.history)},
      {"active", json::array()},
      {"medications", json::array()},
      {"procedures", json::array()},
      {"allergies", CodeList(intake.allergies)},
      {"pregnant", intake.pregnant},
      {"breastfeeding", intake.breastfeeding},
  };
  for (const domain::ConcernEntry& concern : intake.concerns) {
    json item = {{"code", domain::CodeName(concern.code)},
                 {"severity", concern.severity},
                 {"areas", CodeList(concern.areas)}};
    if (concern.subtype) item["subtype"] = domain::CodeName(*concern.subtype);
    out["concerns"].push_back(std::move(item));
  }
  for (const domain::ActiveEntry& active : intake.active) {
    json item = {{"code", domain::CodeName(active.code)}};
    if (active.areas) item["areas"] = CodeList(*active.areas);
    out["active"].push_back(std::move(item));
  }
  for (const domain::MedicationEntry& medication : intake.medications) {
    json item = {{"code", domain::CodeName(medication.code)}};
    if (medication.last_taken) item["last_dose"] = medication.last_taken->ToString();
    out["medications"].push_back(std::move(item));
  }
  for (const domain::ProcedureEntry& procedure : intake.procedures) {
    json item = {{"code", domain::CodeName(procedure.code)}, {"date", procedure.date.ToString()}};
    if (procedure.areas) item["areas"] = CodeList(*procedure.areas);
    out["procedures"].push_back(std::move(item));
  }
  for (const std::string& other : intake.other_allergies) out["allergies"].push_back(other);
  return out;
}

}  // namespace needlepoint::contract
