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

// Lines of clean newstest2013 articles (doc-test) left on their own by the aligner or the
// translator: each must stay silent; the story's own sentences next to them are reported.
TEST(BeadChecksTest, CleanArticleLinesStaySilent) {
  struct Row {
    bool source;  // a 1-0 bead of this line, else 0-1
    const char* line;
    bool reported;
  };
  const Row rows[] = {
      {true, "Bien plus.", false},  // folded into the next sentence by the translator
      {false, "This article was translated from the French.", false},
      {false, "(Translated by the international desk.)", false},
      {false, "Sign up for our daily newsletter", false},
      {true, "Cet article a été traduit de l'anglais par la rédaction.", false},
      {true, "L'embonpoint et l'obésité favorisent aussi l'apparition de la maladie, selon la SCC.",
       true},
      {false, "And the children of Montezuma go on the warpath.", true},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.line);
    std::vector<std::string> side = {row.line};
    Alignment alignment{{row.source ? Bead{{0}, {}, 0} : Bead{{}, {0}, 0}}};
    std::vector<std::string> found = row.source
                                         ? Messages(MakeOmissionCheck(), side, {}, alignment)
                                         : Messages(MakeAdditionCheck(), {}, side, alignment);
    EXPECT_EQ(found.size(), row.reported ? 1u : 0u);
  }
}

// A sentence without a counterpart that the aligner folded into its neighbour's bead
// (doc-test with one English sentence deleted) is reported, the one whose figures and names
// the other side lacks ("Colorado"); a translator's split of one sentence into two is not.
TEST(BeadChecksTest, SentenceFoldedIntoANeighbouringBead) {
  std::vector<std::string> src = {
      "Les services de police ont cessé d'inculper des adultes de 21 ans et plus pour "
      "possession mineure de marijuana, car la loi entrera en vigueur dans les semaines à "
      "venir.",
      "Mais les procureurs qui se trouvent dans les circonscriptions plus conservatrices du "
      "Colorado ont appelé à accélérer les affaires de marijuana existantes et continuent "
      "d'inculper les personnes qui en possèdent.",
      "C'est un excellent homme d'État et, par-dessus tout, il sait écouter ; cependant, ce "
      "n'est pas toujours l'image qu'ont les gens de leur ancien gouverneur."};
  std::vector<std::string> tgt = {
      "Police departments have stopped charging adults 21 years and older for small-scale "
      "possession that will be legally sanctioned once the laws take effect in the coming weeks.",
      "He's an excellent statesman and, above all, he's someone who knows how to listen.",
      "But on the other side of the state, that is not the impression many people have of their "
      "former governor."};
  Alignment alignment{{{{0, 1}, {0}, 0}, {{2}, {1, 2}, 0}}};
  EXPECT_EQ(Messages(MakeOmissionCheck(), src, tgt, alignment),
            std::vector<std::string>{"omission: source not translated: «Mais les procureurs qui "
                                     "se trouvent dans les circonscription…»"});
  EXPECT_TRUE(Messages(MakeAdditionCheck(), src, tgt, alignment).empty());
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
