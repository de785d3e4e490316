// omission, addition and length-ratio: furniture skipped, real sentences reported.
#include "talign/qa/bead_checks.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/run_checks.h"

namespace talign {
namespace {

std::vector<std::string> Messages(std::unique_ptr<Check> check, const std::vector<std::string>& src,
                                  const std::vector<std::string>& tgt, const Alignment& alignment) {
  std::vector<Segment> s = testing::Segments(src), t = testing::Segments(tgt);
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::move(check));
  std::vector<std::string> messages;
  for (const Finding& f : RunChecks(checks, testing::WithLanguages({s, t, alignment}))) {
    EXPECT_EQ(f.severity, Severity::kWarning);
    messages.push_back(f.check + ": " + f.message);
  }
  return messages;
}

TEST(BeadChecksTest, OmissionSkipsFurnitureAndReportsRealSentences) {
  std::vector<std::string> src = {"Publicité Lire la suite",
                                  "Au moins 20 soldats et policiers afghans ont été tués."};
  Alignment alignment{{{{0}, {}, 0}, {{1}, {}, 0}}};
  EXPECT_EQ(Messages(MakeOmissionCheck(), src, {}, alignment),
            std::vector<std::string>{
                "omission: source not translated: «Au moins 20 soldats et policiers afghans ont "
                "été tués.»"});
}

TEST(BeadChecksTest, AdditionSkipsFurnitureAndTheSourceLanguage) {
  std::vector<std::string> tgt = {
      "Advertisement", "The Taliban denied it on Thursday.",
      "Il s'agissait d'une frappe défensive pour interrompre l'attaque."};
  Alignment alignment{{{{}, {0}, 0}, {{}, {1}, 0}, {{}, {2}, 0}}};
  EXPECT_EQ(Messages(MakeAdditionCheck(), {}, tgt, alignment),
            std::vector<std::string>{
                "addition: target has no source: «The Taliban denied it on Thursday.»"});
}

TEST(BeadChecksTest, LengthRatioOnlyForSidesThatCannotMatch) {
  std::vector<std::string> src = {
      "Le chef de l'ISC (Institution supérieure de contrôle des finances publiques) a déclaré "
      "que l'audit du système Svarc avait échoué à cause des hommes politiques.",
      "Ces attaques sont intervenues juste après une inhabituelle conversation au téléphone de "
      "Donald Trump avec le principal représentant des talibans, le mollah Abdul Ghani Baradar.",
      "Pourquoi?"};
  std::vector<std::string> tgt = {"NKU Head: Svarc System audit has failed because of politicians.",
                                  "Trump called Baradar.", "Why?"};
  Alignment alignment{{{{0}, {0}, 0}, {{1}, {1}, 0}, {{2}, {2}, 0}}};
  EXPECT_EQ(Messages(MakeLengthRatioCheck(), src, tgt, alignment),
            std::vector<std::string>{
                "length-ratio: sides too unequal to translate each other: 152 vs 19 characters"});
}

}  // namespace
}  // namespace talign
