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

// Two sentences without a counterpart folded into one bead (doc-test 09 with a foreign
// sentence planted before the translator's own added one): the run of both is reported, not
// the sentence that translates the bead's source.
TEST(BeadChecksTest, RunOfSentencesFoldedIntoOneBead) {
  std::vector<std::string> src = {
      "Les Israéliens devraient également penser à l'avenir.",
      "Avec le reste du monde arabe qui devient plus démocratique, priver les Palestiniens de leur "
      "droit à l'autodétermination pourrait créer une poudrière qui est vouée à exploser un jour "
      "dans les territoires occupés par Israël - un peu comme le bus qui a explosé à Tel-Aviv "
      "cette semaine.",
      "La répression affaiblit déjà la démocratie dans l'état juif, et la démographie exacerbe ce "
      "problème à mesure que la population arabe augmente.",
      "Les missions sanglantes contre Gaza tous les deux ou trois ans pour sonner le Hamas auront "
      "un prix sur le plan diplomatique.",
      "Les deux côtés ont besoin d'être poussés par ceux de l'extérieur.",
      "La réponse demeure celle prônée par les personnes raisonnables que l'on trouve de chaque "
      "côté, et par la plupart du monde extérieur et par ce journal: deux états, avec une cession "
      "de territoire par Israël en échange de la sécurité.",
      "Un espoir, petit et à court terme, est que le cessez-le-feu donnera l'occasion aux "
      "personnes extérieures de défendre cette cause.",
      "Les Arabes des pays extérieurs devraient également faire pression sur le Hamas et le Fatah "
      "pour qu'ils s'unissent.",
      "Cela contribuerait bien plus à la création d'un état palestinien que la proposition "
      "prochaine d'un pseudo état à l'ONU.",
      "M. Obama a également tout intérêt à ce qu'Israël accepte de négocier.",
  };
  std::vector<std::string> tgt = {
      "Israelis too should look to the longer term.",
      "With the rest of the Arab world becoming more democratic, depriving Palestinians of their "
      "right to self-determination is creating a powder keg that is bound one day to explode in "
      "the territories occupied by Israel - much as a bus exploded in Tel Aviv this week; "
      "Repression is already undermining democracy in the Jewish state, and demography exacerbates "
      "this as the Arab population swells.",
      "Bloody missions against Gaza every few years to knock back Hamas will exact a growing "
      "diplomatic toll.",
      "Both sides need prodding by outsiders",
      "The answer remains the one trumpeted by sensible people on both sides, most of the outside "
      "world and this newspaper: two states, with Israel ceding territory for security.",
      "The hope - a small one in the short term - is that the ceasefire will give a little more "
      "leverage to outsiders pushing that cause.",
      "This phenomenon gained momentum following the November 2010 elections, which saw 675 new "
      "Republican representatives added in 26 States; as a result, 180 bills restricting the "
      "exercise of the right to vote in 41 States were introduced in 2011 alone.",
      "Egypt, which must now set about stopping the flow of arms into Gaza, along with Turkey and "
      "Qatar, is better placed than ever to persuade Hamas to accept the idea of a Jewish state "
      "based on the 1967 boundaries with land swaps and a shared Jerusalem.",
      "Arab outsiders should also press Hamas and Fatah to come together.",
      "That would do more to create a Palestinian state than the imminent bid for virtual "
      "statehood at the UN.",
      "Mr Obama also has a part in getting Israel to the table.",
  };
  Alignment alignment{{{{0}, {0}, 0},
                       {{1, 2}, {1}, 0},
                       {{3}, {2}, 0},
                       {{4}, {3}, 0},
                       {{5}, {4}, 0},
                       {{6}, {5}, 0},
                       {{7}, {6, 7, 8}, 0},
                       {{8}, {9}, 0},
                       {{9}, {10}, 0}}};
  EXPECT_EQ(Messages(MakeAdditionCheck(), src, tgt, alignment),
            std::vector<std::string>{"addition: target has no source: «This phenomenon gained "
                                     "momentum following the November 2010 …» and 1 more "
                                     "sentence"});
  EXPECT_TRUE(Messages(MakeOmissionCheck(), src, tgt, alignment).empty());
}

// A sentence of the seed's English folded before or after the translation of the seed's third
// sentence: the sentence reported is the one the source does not translate, although the
// translation has more names and figures the source does not write alike ("US", "Saturday").
TEST(BeadChecksTest, TheFoldedSentenceIsTheOneTheSourceDoesNotTranslate) {
  const std::vector<std::string> src = {
      "C'est la première frappe américaine depuis l'accord signé samedi par Washington et les "
      "taliban en vue d'un retrait militaire américain du pays."};
  const std::string added =
      "The agreement includes a commitment by the government in Kabul to release 5,000 Taliban "
      "prisoners in exchange for 1,000 captives.";
  const std::string translation =
      "It was the first US strike since Washington and the Taliban signed an agreement on "
      "Saturday paving the way for a US military withdrawal from the country.";
  const std::string expected =
      "addition: target has no source: «The agreement includes a commitment by the government "
      "in Kab…»";
  for (bool added_first : {true, false}) {
    SCOPED_TRACE(added_first ? "added first" : "added last");
    std::vector<std::string> tgt = {added, translation};
    if (!added_first) std::swap(tgt[0], tgt[1]);
    EXPECT_EQ(Messages(MakeAdditionCheck(), src, tgt, Alignment{{{{0}, {0, 1}, 0}}}),
              std::vector<std::string>{expected});
  }
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
