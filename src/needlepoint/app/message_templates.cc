#include "needlepoint/app/message_templates.h"

#include <array>
#include <optional>
#include <string_view>

namespace needlepoint::app {
namespace {

using domain::MessageKind;

constexpr std::string_view kPlaceholders[] = {"clinic", "first_name", "date",
                                              "time",   "portal_url", "link"};

// Calls `visit` with each placeholder name in `text`, or with nullopt for a brace that does
// not open a well-formed placeholder.
template <typename Visit>
void ForEachPlaceholder(std::string_view text, Visit visit) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      visit(std::optional<std::string_view>());
      continue;
    }
    if (text[i] != '{') continue;
    const size_t end = text.find('}', i + 1);
    if (end == std::string_view::npos) {
      visit(std::optional<std::string_view>());
      return;
    }
    visit(std::optional<std::string_view>(text.substr(i + 1, end - i - 1)));
    i = end;
  }
}

bool Known(std::string_view name) {
  for (std::string_view known : kPlaceholders) {
    if (known == name) return true;
  }
  return false;
}

}  // namespace

std::string LongDate(base::CivilDate date) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return std::string(kDays[static_cast<size_t>(date.iso_weekday() - 1)]) + " " +
         std::to_string(date.day()) + " " +
         std::string(kMonths[static_cast<size_t>(date.month() - 1)]) + " " +
         std::to_string(date.year());
}

domain::MessageTemplate DefaultTemplate(MessageKind kind) {
  const std::string appointment = "Your appointment at {clinic}";
  const std::string note = "A message from {clinic}";
  switch (kind) {
    case MessageKind::kVisitReminder:
      return {kind, appointment,
              "Hello {first_name},\n\nThis is a reminder of your appointment at {clinic} on "
              "{date} at {time}.\n\nIf you need to change it, please contact the clinic. Your "
              "appointments are in the patient portal: {portal_url}\n"};
    case MessageKind::kPrep14d:
    case MessageKind::kPrep7d:
      return {kind, appointment,
              "Hello {first_name},\n\nYour next appointment at {clinic} is on {date} at "
              "{time}.\n\nThe patient portal lists how to get ready for it, and some steps start "
              "from today: {portal_url}\n\nIf you have questions, please contact the clinic.\n"};
    case MessageKind::kPrep1d:
      return {kind, appointment,
              "Hello {first_name},\n\nA reminder that your appointment at {clinic} is tomorrow, "
              "{date}, at {time}.\n\nPlease check the steps for the day before and the day "
              "itself in the patient portal: {portal_url}\n"};
    case MessageKind::kAftercareEvening:
      return {kind, note,
              "Hello {first_name},\n\nThank you for visiting {clinic} today. Your instructions "
              "for the coming days are in the patient portal: {portal_url}\n\nIf anything worries "
              "you, please contact the clinic.\n"};
    case MessageKind::kAftercareDay1:
    case MessageKind::kAftercareDay3:
      return {kind, note,
              "Hello {first_name},\n\nA short note from {clinic} to see how you are doing. Your "
              "instructions are in the patient portal: {portal_url}\n\nIf anything worries you, "
              "please contact the clinic.\n"};
    case MessageKind::kAftercareDay7:
      return {kind, note,
              "Hello {first_name},\n\nIt has been a week since your visit to {clinic}. How are "
              "you doing?\n\nPlease contact the clinic straight away if you notice anything "
              "unusual or worrying, for example pain, swelling or redness that is getting "
              "worse, or a fever. The patient portal lists the warning signs to look out for: "
              "{portal_url}\n"};
    case MessageKind::kPhotoFollowUp:
      return {kind, "Your follow-up at {clinic}",
              "Hello {first_name},\n\nFrom {date} it is time for your follow-up photos at "
              "{clinic}. Please contact the clinic to arrange a short visit, or see the patient "
              "portal: {portal_url}\n"};
    case MessageKind::kMaintenanceRecall:
      return {kind, note,
              "Hello {first_name},\n\nFrom {date} it is a good time to plan your next visit to "
              "{clinic}. Please contact the clinic, or see the patient portal: {portal_url}\n"};
    case MessageKind::kPortalInvitation:
      return {kind, "Your {clinic} patient portal",
              "Hello {first_name},\n\n{clinic} invites you to its patient portal, where you can "
              "see your appointments and instructions.\n\nSet your password with this link "
              "(valid for 72 hours, usable once):\n{link}\n\nIf you did not expect this message, "
              "you can ignore it.\n"};
    case MessageKind::kUrgentConcern:
      return {kind, "Urgent: a patient report at {clinic} needs you now",
              "Hello,\n\nA patient of {clinic} has reported a concern after a session that the "
              "triage marks urgent, and has been told to call the clinic now.\n\nPlease look at "
              "it straight away (you will be asked to sign in):\n{link}\n"};
  }
  return {kind, note, "Hello {first_name},\n\n{portal_url}\n"};
}

RenderedMessage Render(const domain::MessageTemplate& t, const MessageFields& f) {
  auto fill = [&](std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      const size_t end = text[i] == '{' ? text.find('}', i + 1) : std::string_view::npos;
      if (end == std::string_view::npos) {
        out += text[i];
        continue;
      }
      const std::string_view name = text.substr(i + 1, end - i - 1);
      if (name == "clinic") {
        out += f.clinic;
      } else if (name == "first_name") {
        out += f.first_name;
      } else if (name == "date") {
        out += f.date;
      } else if (name == "time") {
        out += f.time;
      } else if (name == "portal_url") {
        out += f.portal_url;
      } else if (name == "link") {
        out += f.link;
      } else {
        out += text.substr(i, end - i + 1);
      }
      i = end;
    }
    return out;
  };
  return {fill(t.subject), fill(t.body)};
}

std::vector<base::FieldProblem> TemplateProblems(const domain::MessageTemplate& t,
                                                 const std::string& path) {
  std::vector<base::FieldProblem> problems;
  if (t.subject.empty() || t.subject.size() > 150) {
    problems.push_back({path + "/subject", "must be 1 to 150 bytes"});
  }
  if (t.subject.find_first_of("\r\n") != std::string::npos) {
    problems.push_back({path + "/subject", "must be one line"});
  }
  ForEachPlaceholder(t.subject, [&](std::optional<std::string_view> name) {
    if (!name || *name != "clinic") {
      problems.push_back({path + "/subject",
                          "may use only {clinic}: a subject is shown on lock screens and in "
                          "inboxes, so it never carries anything about the patient"});
    }
  });
  if (t.body.empty() || t.body.size() > 10'000) {
    problems.push_back({path + "/body", "must be 1 to 10000 bytes"});
  }
  bool has_link = false;
  ForEachPlaceholder(t.body, [&](std::optional<std::string_view> name) {
    if (!name || !Known(*name)) {
      problems.push_back({path + "/body", "unknown placeholder '{" +
                                              std::string(name.value_or("")).substr(0, 40) +
                                              "}' (known: {clinic}, {first_name}, {date}, "
                                              "{time}, {portal_url}, {link})"});
    } else if (*name == "link") {
      has_link = true;
    }
  });
  const bool linked =
      t.kind == MessageKind::kPortalInvitation || t.kind == MessageKind::kUrgentConcern;
  if (linked && !has_link) {
    problems.push_back({path + "/body", "must contain {link}: it is what the message is for"});
  }
  if (!linked && has_link) {
    problems.push_back(
        {path + "/body", "{link} belongs in a portal invitation or an urgent concern only"});
  }
  return problems;
}

}  // namespace needlepoint::app
