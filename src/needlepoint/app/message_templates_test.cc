#include "needlepoint/app/message_templates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace needlepoint::app {
namespace {

using domain::MessageKind;

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::vector<std::string> Paths(const std::vector<base::FieldProblem>& problems) {
  std::vector<std::string> paths;
  for (const base::FieldProblem& p : problems) paths.push_back(p.path);
  return paths;
}

const MessageFields kFields{.clinic = "Harbour Skin",
                            .first_name = "Ada",
                            .date = "Monday 1 March 2027",
                            .time = "09:30",
                            .portal_url = "https://portal.example/",
                            .link = "https://portal.example/invite#1.abc"};

TEST(DefaultTemplates, AreValidAndTheirSubjectsSayNothingClinical) {
  for (MessageKind kind : domain::AllCodes<MessageKind>()) {
    const domain::MessageTemplate t = DefaultTemplate(kind);
    EXPECT_EQ(t.kind, kind);
    EXPECT_TRUE(TemplateProblems(t, "").empty()) << domain::CodeName(kind);
    const std::string subject = Lower(Render(t, kFields).subject);
    EXPECT_NE(subject.find("harbour skin"), std::string::npos) << subject;
    for (const char* word : {"microneedl", "treatment", "session", "aftercare", "prep", "acne",
                             "scar", "ada", "09:30", "march", "needle", "skin type"}) {
      EXPECT_EQ(subject.find(word), std::string::npos) << domain::CodeName(kind) << ": " << word;
    }
  }
}

TEST(Render, FillsEveryPlaceholderAndLeavesOtherBracesAlone) {
  const RenderedMessage rendered =
      Render({MessageKind::kVisitReminder, "Your appointment at {clinic}",
              "Hello {first_name}, {date} at {time}. {portal_url} {unknown}"},
             kFields);
  EXPECT_EQ(rendered.subject, "Your appointment at Harbour Skin");
  EXPECT_EQ(rendered.text,
            "Hello Ada, Monday 1 March 2027 at 09:30. https://portal.example/ {unknown}");
}

TEST(TemplateProblems, SubjectsMayNameOnlyTheClinic) {
  for (const char* subject :
       {"Hi {first_name}", "Your visit on {date}", "At {time}", "{portal_url}", "{link}",
        "Bad {brace", "Bad } brace", "Your {procedure}"}) {
    const auto problems =
        TemplateProblems({MessageKind::kVisitReminder, subject, "Hello {first_name}"}, "");
    ASSERT_FALSE(problems.empty()) << subject;
    EXPECT_EQ(Paths(problems), std::vector<std::string>{"/subject"}) << subject;
  }
  EXPECT_TRUE(
      TemplateProblems({MessageKind::kVisitReminder, "See you at {clinic}", "Hi"}, "").empty());
}

TEST(TemplateProblems, RefusesLineBreaksEmptyAndOversizedText) {
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep7d, "Line\nBcc: x", "Hi"}, "")),
            std::vector<std::string>{"/subject"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep7d, "", "Hi"}, "")),
            std::vector<std::string>{"/subject"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep7d, "Hi", ""}, "")),
            std::vector<std::string>{"/body"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep7d, std::string(151, 'x'), "Hi"}, "")),
            std::vector<std::string>{"/subject"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep7d, "Hi", std::string(10'001, 'x')}, "")),
            std::vector<std::string>{"/body"});
}

TEST(TemplateProblems, BodiesUseKnownPlaceholdersAndTheLinkOnlyInInvitations) {
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep1d, "Hi", "Dear {patient_name}"}, "")),
            std::vector<std::string>{"/body"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPrep1d, "Hi", "Click {link}"}, "")),
            std::vector<std::string>{"/body"});
  EXPECT_EQ(Paths(TemplateProblems({MessageKind::kPortalInvitation, "Hi", "No link here"}, "")),
            std::vector<std::string>{"/body"});
  EXPECT_TRUE(
      TemplateProblems({MessageKind::kPortalInvitation, "Hi", "Set it: {link}"}, "").empty());
}

TEST(LongDate, NamesTheWeekdayAndMonth) {
  EXPECT_EQ(LongDate(*base::CivilDate::FromYmd(2027, 3, 1)), "Monday 1 March 2027");
  EXPECT_EQ(LongDate(*base::CivilDate::FromYmd(2026, 12, 27)), "Sunday 27 December 2026");
}

}  // namespace
}  // namespace needlepoint::app
