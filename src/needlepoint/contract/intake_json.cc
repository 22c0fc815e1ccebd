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

// A code of vocabulary E from an array element or field value at `path`: its wire name, or —
// for the vocabularies people write in their own words — any spelling of it or an alias.
template <typename E>
std::optional<E> ReadCode(const json& value, const std::string& path, Problems& problems,
                          const domain::Aliases* aliases) {
  if constexpr (domain::kHasAliases<E>) {
    if (aliases != nullptr) {
      if (!value.is_string()) return CodeAt<E>(value, path, problems);  // reports the type
      const std::string& name = value.get_ref<const std::string&>();
      const domain::AliasTable<E>& table = aliases->For<E>();
      std::optional<E> code = table.Resolve(name);
      if (!code) problems.Add(path, domain::UnknownCodeMessage<E>(name, table));
      return code;
    }
  }
  return CodeAt<E>(value, path, problems);
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

// Reads the patient; the record's values (IntakeOptions) stand in for omitted ones. Returns
// whether the birth date is known.
bool ReadPatient(JsonObject& root, const IntakeOptions& options, domain::Intake& intake) {
  const bool record_complete = options.record_birth_date && options.record_fitzpatrick;
  const json* patient_json =
      root.Field("patient", record_complete ? Need::kOptional : Need::kRequired);
  std::optional<JsonObject> patient;
  if (patient_json != nullptr) {
    patient = JsonObject::Open(*patient_json, root.PathOf("patient"), root.problems());
    if (!patient) return false;
  }
  bool birth_ok = false;
  if (options.record_birth_date) {
    intake.birth_date = *options.record_birth_date;
    birth_ok = true;
  }
  if (options.record_fitzpatrick) intake.fitzpatrick = *options.record_fitzpatrick;
  if (!patient) return birth_ok;
  const Need birth_need = options.record_birth_date ? Need::kOptional : Need::kRequired;
  const bool birth_given = patient->Field("birth_date", Need::kOptional) != nullptr;
  if (std::optional<CivilDate> birth = PlausibleDate(*patient, "birth_date", birth_need)) {
    intake.birth_date = *birth;
    birth_ok = true;
  } else if (birth_given) {
    birth_ok = false;
  }
  const Need type_need = options.record_fitzpatrick ? Need::kOptional : Need::kRequired;
  if (auto type = patient->Integer("fitzpatrick", type_need, 1, 6)) {
    intake.fitzpatrick = static_cast<int>(*type);
  }
  patient->RejectUnknownKeys();
  return birth_ok;
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

// The code at `key` of `object`, through the aliases where the vocabulary has them.
template <typename E>
std::optional<E> CodeField(JsonObject& object, std::string_view key,
                           const domain::Aliases* aliases) {
  const json* value = object.Field(key, Need::kRequired);
  if (value == nullptr) return std::nullopt;
  return ReadCode<E>(*value, object.PathOf(key), object.problems(), aliases);
}

// A history date that must not lie after the assessment (it is history), checked once
// assessed_on is known.
struct HistoryDate {
  CivilDate date;
  std::string path;
  std::string what;
};

void ReadActive(JsonObject& root, const domain::Aliases* aliases, domain::Intake& intake) {
  ForEachItem(
      root, "active", Need::kOptional, false, [&](const json& item, const std::string& path) {
        std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
        if (!object) return;
        std::optional<domain::ActiveCode> code =
            CodeField<domain::ActiveCode>(*object, "code", aliases);
        std::optional<ZoneSet> areas = ReadZones(*object, "areas", Need::kOptional, std::nullopt);
        object->RejectUnknownKeys();
        if (code) intake.active.push_back({*code, areas});
      });
}

void ReadMedications(JsonObject& root, std::string_view key, const domain::Aliases* aliases,
                     std::vector<domain::MedicationEntry>& out, std::vector<HistoryDate>& dates) {
  ForEachItem(root, key, Need::kOptional, false, [&](const json& item, const std::string& path) {
    std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
    if (!object) return;
    std::optional<domain::MedicationCode> code =
        CodeField<domain::MedicationCode>(*object, "code", aliases);
    std::optional<CivilDate> last_dose = PlausibleDate(*object, "last_dose", Need::kOptional);
    std::optional<CivilDate> last_use = PlausibleDate(*object, "last_use", Need::kOptional);
    if (last_dose && last_use) {
      root.problems().Add(object->PathOf("last_use"), "give last_dose or last_use, not both");
    }
    if (last_dose) dates.push_back({*last_dose, object->PathOf("last_dose"), "a last dose"});
    if (last_use) dates.push_back({*last_use, object->PathOf("last_use"), "a last use"});
    object->RejectUnknownKeys();
    if (code) out.push_back({*code, last_dose ? last_dose : last_use});
  });
}

void ReadProcedures(JsonObject& root, std::string_view key,
                    std::vector<domain::ProcedureEntry>& out, std::vector<HistoryDate>& dates) {
  ForEachItem(root, key, Need::kOptional, false, [&](const json& item, const std::string& path) {
    std::optional<JsonObject> object = JsonObject::Open(item, path, root.problems());
    if (!object) return;
    std::optional<domain::ProcedureCode> code =
        object->Code<domain::ProcedureCode>("code", Need::kRequired);
    std::optional<CivilDate> date = PlausibleDate(*object, "date", Need::kRequired);
    std::optional<ZoneSet> areas = ReadZones(*object, "areas", Need::kOptional, std::nullopt);
    object->RejectUnknownKeys();
    if (date) dates.push_back({*date, object->PathOf("date"), "a past procedure"});
    if (code && date) out.push_back({*code, *date, areas});
  });
}

// A list of free-text strings of 1-200 bytes at `key`.
std::vector<std::string> ReadTexts(JsonObject& root, std::string_view key) {
  std::vector<std::string> texts;
  ForEachItem(root, key, Need::kOptional, false, [&](const json& item, const std::string& path) {
    if (!item.is_string()) {
      root.problems().Add(path, "must be a string, not " + std::string(JsonTypeName(item)));
      return;
    }
    const std::string& text = item.get_ref<const std::string&>();
    if (text.empty() || text.size() > 200) {
      root.problems().Add(path, "must be 1-200 bytes");
      return;
    }
    texts.push_back(text);
  });
  return texts;
}

void ReadHistoryAndAllergies(JsonObject& root, const domain::Aliases* aliases,
                             domain::Intake& intake) {
  ForEachItem(
      root, "history", Need::kOptional, false, [&](const json& item, const std::string& path) {
        if (auto code = ReadCode<domain::HistoryCode>(item, path, root.problems(), aliases)) {
          intake.history.Insert(*code);
        }
      });
  for (std::string& name : ReadTexts(root, "allergies")) {
    // An allergy the protocol acts on, however it is written; any other is kept, not acted on.
    std::optional<domain::AllergyCode> code = aliases != nullptr
                                                  ? aliases->allergies.Resolve(name)
                                                  : domain::ParseCode<domain::AllergyCode>(name);
    if (code) {
      intake.allergies.Insert(*code);
    } else {
      intake.other_allergies.push_back(std::move(name));
    }
  }
  intake.other_medications = ReadTexts(root, "other_medications");
  intake.other_conditions = ReadTexts(root, "other_conditions");
}

void CheckDates(const domain::Intake& intake, bool birth_ok, const std::vector<HistoryDate>& dates,
                const IntakeOptions& options, Problems& problems) {
  const std::string assessed = intake.assessed_on.ToString();
  if (options.latest_assessment && intake.assessed_on > *options.latest_assessment) {
    problems.Add("/assessed_on",
                 "is in the future: today is " + options.latest_assessment->ToString());
  }
  if (intake.planned_date < intake.assessed_on) {
    problems.Add("/planned_date",
                 "the first session cannot be before the assessment on " + assessed);
  }
  if (birth_ok && intake.birth_date > intake.assessed_on) {
    problems.Add("/patient/birth_date", "is after the assessment date " + assessed);
  }
  for (const HistoryDate& date : dates) {
    if (date.date > intake.assessed_on) {
      problems.Add(date.path,
                   "is after the assessment on " + assessed + ": " + date.what + " is history");
    }
  }
}

}  // namespace

namespace {

// Refuses every date of `dates` after `latest`.
void CheckHistoryDates(const std::vector<HistoryDate>& dates, CivilDate latest,
                       Problems& problems) {
  for (const HistoryDate& date : dates) {
    if (date.date > latest) {
      problems.Add(date.path, "is after " + latest.ToString() + ": " + date.what + " is history");
    }
  }
}

}  // namespace

std::vector<domain::MedicationEntry> ReadMedicationItems(JsonObject& object, std::string_view key,
                                                         const domain::Aliases* aliases,
                                                         CivilDate latest) {
  std::vector<domain::MedicationEntry> out;
  std::vector<HistoryDate> dates;
  ReadMedications(object, key, aliases, out, dates);
  CheckHistoryDates(dates, latest, object.problems());
  return out;
}

std::vector<domain::ProcedureEntry> ReadProcedureItems(JsonObject& object, std::string_view key,
                                                       CivilDate latest) {
  std::vector<domain::ProcedureEntry> out;
  std::vector<HistoryDate> dates;
  ReadProcedures(object, key, out, dates);
  CheckHistoryDates(dates, latest, object.problems());
  return out;
}

std::vector<std::string> ReadFreeTextItems(JsonObject& object, std::string_view key) {
  return ReadTexts(object, key);
}

std::optional<ZoneSet> ReadZoneItems(JsonObject& object, std::string_view key, Need need) {
  return ReadZones(object, key, need, std::nullopt);
}

base::Result<domain::Intake> ParseIntake(const json& document, const IntakeOptions& options) {
  Problems problems;
  domain::Intake intake;
  if (std::optional<JsonObject> root = JsonObject::Open(document, "", problems)) {
    const std::optional<CivilDate> assessed = PlausibleDate(*root, "assessed_on", Need::kOptional);
    const bool assessed_ok = assessed || root->Field("assessed_on", Need::kOptional) == nullptr;
    intake.assessed_on = assessed.value_or(options.today);
    const std::optional<CivilDate> planned = PlausibleDate(*root, "planned_date", Need::kOptional);
    const bool planned_ok = planned || root->Field("planned_date", Need::kOptional) == nullptr;
    intake.planned_date = planned.value_or(intake.assessed_on);
    const bool birth_ok = ReadPatient(*root, options, intake);
    const std::optional<ZoneSet> treated = ReadZones(*root, "areas", Need::kRequired, std::nullopt);
    if (treated) intake.areas = *treated;
    ReadConcerns(*root, intake, treated);
    ReadHistoryAndAllergies(*root, options.aliases, intake);
    ReadActive(*root, options.aliases, intake);
    std::vector<HistoryDate> dates;
    ReadMedications(*root, "medications", options.aliases, intake.medications, dates);
    ReadProcedures(*root, "procedures", intake.procedures, dates);
    intake.pregnant = root->Bool("pregnant", Need::kOptional).value_or(false);
    intake.breastfeeding = root->Bool("breastfeeding", Need::kOptional).value_or(false);
    root->RejectUnknownKeys();
    // Dates are judged against each other only once assessed_on itself is sound.
    if (assessed_ok && planned_ok && !options.stored) {
      CheckDates(intake, birth_ok, dates, options, problems);
    }
  }
  if (problems.empty()) return intake;
  base::Status status = std::move(problems).ToStatus();
  if (options.path_prefix.empty()) return base::Fail(std::move(status));
  std::vector<base::FieldProblem> prefixed;
  for (const base::FieldProblem& problem : status.problems()) {
    prefixed.push_back(
        {options.path_prefix + (problem.path == "/" ? "" : problem.path), problem.message});
  }
  return base::Fail(base::Status::Invalid(std::move(prefixed), status.message()));
}

base::Result<domain::Intake> ParseIntakeText(std::string_view text, const IntakeOptions& options) {
  NP_ASSIGN_OR_RETURN(json document, ParseStrictJson(text));
  return ParseIntake(document, options);
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
  if (!intake.other_medications.empty()) out["other_medications"] = intake.other_medications;
  if (!intake.other_conditions.empty()) out["other_conditions"] = intake.other_conditions;
  return out;
}

}  // namespace needlepoint::contract
