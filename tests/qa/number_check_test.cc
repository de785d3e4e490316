// number-mismatch on real beads: the traps of issue 4 and the seed story.
#include "talign/qa/number_check.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/run_checks.h"

namespace talign {
namespace {

struct NumberCase {
  const char* src;
  const char* tgt;
  const char* message;  // "" when the bead is clean
};

const NumberCase kCases[] = {
    {"un retrait d'ici 14 mois du contingent américain",
     "the withdrawal of the US contingent within 4 months",
     "numbers differ: source has `14`, target has `4`"},
    {"libérer 5 000 prisonniers talibans", "release 50,000 Taliban prisoners",
     "numbers differ: source has `5 000`, target has `50,000`"},
    {"libérer 5 000 prisonniers talibans en échange de 1 000 captifs.",
     "release 5,000 Taliban prisoners in exchange for 1,000 captives.", ""},
    {"Une dette de 2 000 milliards de dollars.", "A debt of $2 trillion.", ""},
    {"une hausse de 3,5 % en un an", "a 3.5% rise in a year", ""},
    {"dix-huit ans de présence militaire", "eighteen years of military presence", ""},
    {"dix-huit ans de présence militaire", "eighty years of military presence",
     "numbers differ: source has `dix-huit`, target has `eighty`"},
    {"une semaine avant la signature", "a week before the signing", ""},
    {"Un référendum devrait être organisé dans les quinze jours.",
     "A referendum is due to be held within the next two weeks.", ""},
    {"une semaine avant la signature", "two weeks before the signing",
     "target has `two`, not in the source"},
    {"dans le district d'Alingar, le 2 mars 2020.", "in Alingar district, on March 2, 2020.", ""},
    {"le 2 mars 2020.", "on March 3, 2020.", "numbers differ: source has `2`, target has `3`"},
    {"ce mercredi 4 mars", "on Wednesday, March 4", ""},
    {"Au moins 20 soldats ont été tués.", "At least 20 soldiers were killed.", ""},
    {"Au moins 20 soldats ont été tués.", "At least 12 soldiers were killed.",
     "numbers differ: source has `20`, target has `12`"},
    {"Un accord qui inclut l'engagement de libérer des prisonniers.",
     "The agreement includes a commitment to release prisoners.", ""},
    {"C'est la première frappe américaine.", "It was the first US strike.", ""},
    {"la pandémie de COVID-19 au sommet du G7", "the Covid pandemic at the summit", ""},
    {"Depuis le début des années 70", "since the early 1970s", ""},
    {"17 millions de dollars d'investissement", "17 billion dollars of investment",
     "numbers differ: source has `17 millions`, target has `17 billion`"},
    {"Mais en 1963, tous les travaux furent stoppés.", "In 1962 further research was stopped.",
     "numbers differ: source has `1963`, target has `1962`"},
    {"à 18h30", "at 6:30 pm", ""},
    {"les 1,7 million d'habitants de Gaza", "Gaza's 1.7m people", ""},
    {"en 2012, puis en 2012 encore", "in 2012, and again that year", ""},
    // newstest2013 beads: a number word fused into an adjective, a vague "N ou M", a range
    // said the English way, a number word misspelt in the source: silent.
    {"Il serait intéressant de voir comment cela pourrait aider à définir les emplacements.",
     "It would be nice to see how this will help in three-dimensional determination of the "
     "position.",
     ""},
    {"Les missions sanglantes contre Gaza tous les deux ou trois ans auront un prix.",
     "Bloody missions against Gaza every few years will exact a growing diplomatic toll.", ""},
    {"\"Ils nous demandent 100, 200 roubles, de quoi s'acheter des cigarettes, du thé\"",
     "\"They ask for a hundred or two for cigarettes, tea,\"", ""},
    {"Malheureusement, ils mourraient tout simplement au bout de quattre jours.",
     "And the problem was that they simply died after four days.", ""},
    // ... while the same shapes with a number of their own are reported.
    {"Les Allemands se heurtent donc à plusieurs fronts.",
     "The Germans thus find themselves caught between two fronts.",
     "target has `two`, not in the source"},
    {"Une visite de deux jours.", "A three-day visit.", "source has `deux`, not in the target"},
    {"Une hausse de 10 ou 15 salariés.", "A rise of 10 or 18 employees.",
     "numbers differ: source has `15`, target has `18`"},
    {"Malheureusement, ils mourraient au bout de quattre jours.", "They died after five days.",
     "target has `five`, not in the source"},
    {"Cinquante chanteuses et chanteurs de 23 à 69 ans sont venus.",
     "The fifteen singers, aging from 23 to 69 years old, came.",
     "numbers differ: source has `Cinquante`, target has `fifteen`"},
};

TEST(NumberCheckTest, RealBeads) {
  for (const NumberCase& c : kCases) {
    SCOPED_TRACE(std::string(c.src) + " | " + c.tgt);
    std::vector<Finding> findings =
        testing::FindingsOnOneBead(MakeNumberMismatchCheck(), c.src, c.tgt);
    if (std::string(c.message).empty()) {
      for (const Finding& f : findings) ADD_FAILURE() << f.message;
      continue;
    }
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].check, "number-mismatch");
    EXPECT_EQ(findings[0].severity, Severity::kError);
    EXPECT_EQ(findings[0].message, c.message);
  }
}

TEST(NumberCheckTest, OneSidedBeadsAreLeftToOmissionAndAddition) {
  std::vector<Segment> src = testing::Segments({"Au moins 20 soldats ont été tués."});
  std::vector<Segment> tgt = testing::Segments({"Twelve died."});
  Alignment alignment{{{{0}, {}, 0}, {{}, {0}, 0}}};
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeNumberMismatchCheck());
  EXPECT_TRUE(RunChecks(checks, testing::WithLanguages({src, tgt, alignment})).empty());
}

// Issue 12's false alarms (must stay silent), planted errors (must be found) and unit
// conversions (a warning naming both quantities), in several language pairs.
struct PairCase {
  const char* src_lang;
  const char* tgt_lang;
  const char* src;
  const char* tgt;
  const char* severity;  // "" when the bead is clean
  const char* message;   // a part the message must hold
};

const PairCase kPairCases[] = {
    {"fr", "en", "Un contrat de 6 M$.", "A $6m contract.", "", ""},
    {"fr", "en", "Un plan de 700 Md$.", "A $700-billion plan.", "", ""},
    {"fr", "en", "Une dette de 708 M£.", "A debt of £708 million.", "", ""},
    {"fr", "en", "Il a passé 12 ans et demi en prison.", "He spent 12.5 years in prison.", "", ""},
    {"fr", "en", "Nous nous sommes qualifiés pour les 8es de finale.",
     "We qualified for the last 16.", "", ""},
    {"fr", "en", "Il coûte 37 $ pour 24h.", "It costs 37 dollars a day.", "", ""},
    {"fr", "en", "Un faux enregistrement pour seulement 1 500 roubles.",
     "A fake registration costs only one and a half thousand.", "", ""},
    {"fr", "en", "Les jours se suivent mais ne se ressemblent pas.", "No two days are alike.", "",
     ""},
    {"de", "fr", "Die Stadt hat 2,4 Millionen Einwohner.",
     "La ville compte 2,4 millions d'habitants.", "", ""},
    {"es", "en", "Costó 3.500 millones de dólares.", "It cost 3.5 billion dollars.", "", ""},
    {"es", "en", "Pasó tres años y medio en la cárcel.", "He spent three and a half years in jail.",
     "", ""},
    {"fr", "en", "Trente ans de guerre.", "Three decades of war.", "", ""},
    {"fr", "en", "Le colis pèse 922 kg.", "The parcel weighs 2,032 pounds.", "warning", "`922 kg`"},
    {"fr", "en", "Une bière coûte 10 € chacune.", "A beer costs £9 each.", "warning", "`£9`"},
    {"fr", "en", "Un contrat de 6 M$.", "A $9m contract.", "error", "`6 M$`"},
    {"fr", "en", "Il a passé 12 ans et demi en prison.", "He spent 13.5 years in prison.", "error",
     "13.5"},
    {"de", "fr", "Die Stadt hat 2,4 Millionen Einwohner.",
     "La ville compte 4,2 millions d'habitants.", "error", "4,2"},
    {"es", "en", "Costó 3.500 millones de dólares.", "It cost 35 million dollars.", "error",
     "35 million"},
    {"fr", "en", "Le colis pèse 922 kg.", "The parcel weighs 922 g.", "error", "922"},
    // Feet and inches against metres: one quantity in two units, converted.
    {"fr", "en", "Le pivot mesure 2,01 mètres.", "The center is 6 ft 7 in tall.", "warning",
     "source has `2,01 mètres`, target has `6 ft 7 in`"},
    {"fr", "en", "Le pivot mesure 2,01 mètres.", "The center is 6′7″ tall.", "warning",
     "source has `2,01 mètres`, target has `6′7″`"},
    {"fr", "en", "Le pivot mesure 2,01 mètres.", "The center is 6'7\" tall.", "warning",
     "target has `6'7\"`"},
    {"fr", "en", "J'ai un joueur costaud pour toi, il mesure deux mètres.",
     "I've got a very strong player for you, 6'7\" tall.", "warning",
     "source has `deux mètres`, target has `6'7\"`"},
    {"fr", "en", "La salle fait 3 mètres de haut.", "The room is 9 feet 10 inches high.", "warning",
     "target has `9 feet 10 inches`"},
    {"fr", "en", "Le pivot mesure 2,01 mètres.", "The center is 7 ft 7 in tall.", "error",
     "target has `7 ft 7 in`"},
    {"fr", "en", "Cinq personnes sur 10 ont voté.", "Five in 10 people voted.", "", ""},
    {"fr", "en", "Cette fusée avait une longueur de 80 cm.",
     "The rocket measured around 80 cm in length.", "", ""},
};

TEST(NumberCheckTest, IssueTwelvePairs) {
  for (const PairCase& c : kPairCases) {
    SCOPED_TRACE(std::string(c.src) + " | " + c.tgt);
    std::vector<Finding> findings =
        testing::FindingsOnOneBead(MakeNumberMismatchCheck(), c.src, c.tgt, c.src_lang, c.tgt_lang);
    if (std::string(c.severity).empty()) {
      for (const Finding& f : findings) ADD_FAILURE() << f.message;
      continue;
    }
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(SeverityName(findings[0].severity), c.severity);
    EXPECT_NE(findings[0].message.find(c.message), std::string::npos) << findings[0].message;
  }
}

}  // namespace
}  // namespace talign
