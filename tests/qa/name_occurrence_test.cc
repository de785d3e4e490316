// term-missing follows a longer proper name: a glossary common noun capitalised inside a
// name ("l'Accord de Paris") is the name's word, translated as the name is; the same noun in
// running text, at a sentence start, or a glossary name ("États-Unis") is still required.
#include "talign/qa/name_occurrence.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/qa/run_checks.h"
#include "talign/qa/term_checks.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

struct NameCase {
  const char* src;
  const char* tgt;
  std::vector<std::string> missing;  // terms reported missing
};

std::vector<std::string> MissingTerms(const Glossary& glossary, const std::string& src_lang,
                                      const NameCase& c) {
  const TermMatcher matcher(glossary, testing::Resources(src_lang), testing::Resources("en"));
  std::vector<Segment> src = testing::Segments({c.src});
  std::vector<Segment> tgt = testing::Segments({c.tgt});
  Alignment alignment = testing::BeadsFromText("[0]:[0]");
  CheckContext context =
      testing::WithLanguages({src, tgt, alignment, &glossary, &matcher}, src_lang, "en");
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeTermMissingCheck());
  std::vector<std::string> missing;
  for (const Finding& f : RunChecks(checks, context)) missing.push_back(f.term);
  return missing;
}

TEST(NameOccurrenceTest, FrenchTermInsideANameFollowsTheName) {
  const Glossary glossary = ParseGlossary(R"(languages: {source: fr, target: en}
terms:
  - source: accord
    target: [agreement, deal, accord]
  - source: banque
    target: [bank]
  - source: guerre
    target: [war]
  - source: États-Unis
    target: [United States, US]
)",
                                          "names.yaml");
  const NameCase cases[] = {
      // Names: the translation is the name's.
      {"La France a été le premier pays à ratifier l'Accord de Paris sur le climat.",
       "France was the first country to ratify the Paris climate pact.",
       {}},
      {"Le Mexique veut renégocier l'Accord de libre-échange avec les États-Unis, dit-il.",
       "Mexico wants to renegotiate Nafta with the US, he said.",
       {"accord"}},
      {"Le rapport de la Banque Mondiale paraîtra jeudi.",
       "The World Bank's report comes out on Thursday.",
       {}},
      {"Des élèves ont visité le musée de la Grande Guerre à Meaux.",
       "Pupils visited the museum of the First World conflict in Meaux.",
       {}},
      // Common nouns, a sentence start, a glossary name: still required. So is a name
      // capitalised on its first word only: nothing tells it from the noun.
      {"Le Mexique veut renégocier l'Accord de libre-échange avec les États-Unis, dit-il.",
       "Mexico wants to renegotiate Nafta with the US, he said.",
       {"accord"}},
      {"Les négociateurs ont signé un accord de paix à Doha.",
       "The negotiators signed a peace pact in Doha.",
       {"accord"}},
      {"Accord de principe à Bruxelles sur la dette grecque.",
       "Outline pact in Brussels on Greek debt.",
       {"accord"}},
      {"La banque de Paris a fermé ses guichets.",
       "The Paris lender closed its counters.",
       {"banque"}},
      {"Washington et les États-Unis Mexicains ont signé.",
       "Washington and Mexico signed.",
       {"États-Unis"}},
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.src);
    EXPECT_EQ(MissingTerms(glossary, "fr", c), c.missing);
  }
}

// German capitalises every noun (its settings.tsv says so): capitals mark no name there.
TEST(NameOccurrenceTest, CapitalisedNounsAreNoSignalInGerman) {
  const Glossary glossary = ParseGlossary(R"(languages: {source: de, target: en}
terms:
  - source: regierung
    target: [government]
)",
                                          "names.yaml");
  const NameCase c{"Die Mitglieder der Regierung Merkel trafen sich am Montag.",
                   "Members of Merkel's cabinet met on Monday.",
                   {"regierung"}};
  EXPECT_EQ(MissingTerms(glossary, "de", c), c.missing);
}

}  // namespace
}  // namespace talign
