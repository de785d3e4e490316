// untranslated on real beads: copies, French left in the English, names not flagged.
#include "talign/qa/untranslated_check.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/language_profile.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

struct UntranslatedCase {
  const char* src;
  const char* tgt;
  const char* message;  // "" when clean
};

const UntranslatedCase kCases[] = {
    {"Les États-Unis restent attachés au processus de paix.",
     "Les Etats-Unis restent attachés au processus de paix.", "the target is the source, copied"},
    {"Les États-Unis restent attachés au processus de paix.",
     "Il s'agissait d'une frappe défensive pour interrompre l'attaque.",
     "the target is still in the source language (fr)"},
    {"Le long chemin vers la lecture", "Le long chemin vers la lecture",
     "the target is the source, copied"},
    {"Les États-Unis restent attachés au processus de paix.",
     "The United States remains committed to the peace process.", ""},
    {"Ashraf Ghani", "Ashraf Ghani", ""},  // names only
    {"Donald Trump, Washington, 2020.", "Donald Trump, Washington, 2020.", ""},
    {"Publicité", "Publicité", ""},  // too short to judge
    {"Voir https://www.rfi.fr/fr/afrique", "See https://www.rfi.fr/fr/afrique", ""},
    // English quoting a French title keeps its English frame.
    {"Le film « La Vie en rose » est sorti en 2007.",
     "The film \"La Vie en rose\" came out in 2007.", ""},
    {"Selon lui, les talibans « attaquaient activement un barrage ».",
     "According to him, the Taliban \"were actively attacking a checkpoint\".", ""},
};

TEST(UntranslatedCheckTest, RealBeads) {
  for (const UntranslatedCase& c : kCases) {
    SCOPED_TRACE(std::string(c.src) + " | " + c.tgt);
    std::vector<Finding> findings =
        testing::FindingsOnOneBead(MakeUntranslatedCheck(), c.src, c.tgt);
    if (std::string(c.message).empty()) {
      for (const Finding& f : findings) ADD_FAILURE() << f.message;
      continue;
    }
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::kError);
    EXPECT_EQ(findings[0].message, c.message);
  }
}

TEST(LanguageProfileTest, HeaderExample) {
  LanguageVotes v = CountStopWords("Il s'agissait d'une frappe défensive.",
                                   testing::Resources("fr"), testing::Resources("en"));
  EXPECT_EQ(v.first, 4);
  EXPECT_EQ(v.second, 0);
}

}  // namespace
}  // namespace talign
