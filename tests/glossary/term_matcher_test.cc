#include "talign/glossary/term_matcher.h"

#include <gtest/gtest.h>

#include <chrono>

#include "talign/glossary/glossary_yaml.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

// Entries as the desk glossary writes them (glossary/news.fr-en.yaml).
const char kGlossary[] = R"(languages: {source: fr, target: en}
terms:
  - source: taliban
    target: Taliban
    forbidden: [Talibans, talibans, Taleban]
    case_sensitive: true
  - source: accord de Doha
    target: [Doha agreement, Doha accord]
  - source: États-Unis
    target: [United States, US, U.S.]
    case_sensitive: true
  - source: mollah
    target: mullah
    forbidden: [mollah, mollahs]
  - source: retrait
    target: [withdrawal, pullout]
    forbidden: [retreat]
  - source: négociations interafghanes
    target: intra-Afghan negotiations
    forbidden: [inter-Afghan]
  - source: trêve
    target: [truce, ceasefire]
  - source: forces de sécurité afghanes
    target: Afghan security forces
  - source: travail
    target: work
)";

const Glossary& TestGlossary() {
  static const Glossary* glossary = new Glossary(ParseGlossary(kGlossary, "test.yaml"));
  return *glossary;
}

// Loading Hunspell dictionaries takes a tenth of a second: one matcher for all tests.
const TermMatcher& Matcher() {
  static const TermMatcher* matcher =
      new TermMatcher(TestGlossary(), testing::Resources("fr"), testing::Resources("en"));
  return *matcher;
}

// "id:surface" for each match, in order.
std::vector<std::string> Found(TermSide side, const std::string& text) {
  std::vector<std::string> found;
  for (const TermMatch& m : Matcher().Find(side, text)) {
    found.push_back(TestGlossary().terms[m.term].id + ":" + m.surface);
  }
  return found;
}

struct MatchCase {
  TermSide side;
  const char* text;
  std::vector<std::string> found;
};

const MatchCase kCases[] = {
    // Source forms: inflection, case, accents, elision.
    {TermSide::kSource, "des militants talibans", {"taliban:talibans"}},
    {TermSide::kSource, "une combattante talibane", {"taliban:talibane"}},
    {TermSide::kSource, "Talibans et gouvernement", {"taliban:Talibans"}},
    {TermSide::kSource, "les taliban en vue d'un retrait", {"taliban:taliban", "retrait:retrait"}},
    {TermSide::kSource, "le Talibanistan", {}},
    {TermSide::kSource, "depuis l'accord de Doha", {"accord-de-doha:accord de Doha"}},
    {TermSide::kSource, "depuis l’accord de Doha", {"accord-de-doha:accord de Doha"}},
    {TermSide::kSource, "les accords de Doha", {"accord-de-doha:accords de Doha"}},
    {TermSide::kSource, "l'accord des Doha", {}},  // function words compare exactly
    {TermSide::kSource, "l'accord, de Doha", {}},  // punctuation breaks a form
    {TermSide::kSource, "l'accord signé samedi à Doha", {}},
    {TermSide::kSource, "Les Etats-Unis ont frappé", {"etats-unis:Etats-Unis"}},
    {TermSide::kSource, "les ÉTATS-UNIS", {"etats-unis:ÉTATS-UNIS"}},
    {TermSide::kSource, "une trève partielle", {"treve:trève"}},  // the seed's misspelling
    {TermSide::kSource,
     "les forces de sécurité afghane",
     {"forces-de-securite-afghanes:forces de sécurité afghane"}},
    {TermSide::kSource, "les mollahs", {"mollah:mollahs"}},
    {TermSide::kSource, "de gros travaux", {"travail:travaux"}},  // Hunspell lemma
    {TermSide::kSource,
     "les négociations\u00a0interafghanes",
     {"negociations-interafghanes:négociations\u00a0interafghanes"}},
    // Target forms: whole words, inflection-aware, case per entry.
    {TermSide::kTarget, "the Doha agreements", {"accord-de-doha:Doha agreements"}},
    {TermSide::kTarget, "the doha accord", {"accord-de-doha:doha accord"}},
    {TermSide::kTarget, "the Taliban's spokesman", {"taliban:Taliban"}},
    {TermSide::kTarget, "Taliban fighters", {"taliban:Taliban"}},
    {TermSide::kTarget, "the taliban", {}},                             // case_sensitive
    {TermSide::kTarget, "TALIBAN LEADER KILLED", {"taliban:TALIBAN"}},  // capitals hide case
    {TermSide::kTarget, "in Talibanistan", {}},                         // never inside another word
    {TermSide::kTarget, "US forces", {"etats-unis:US"}},
    {TermSide::kTarget, "U.S. forces", {"etats-unis:U.S."}},
    {TermSide::kTarget, "told us", {}},  // case_sensitive keeps the pronoun out
    {TermSide::kTarget, "the Mullahs", {"mollah:Mullahs"}},
    {TermSide::kTarget, "a withdrawal of troops", {"retrait:withdrawal"}},
    {TermSide::kTarget, "a partial truce", {"treve:truce"}},
    {TermSide::kTarget, "a ceasefire", {"treve:ceasefire"}},
    {TermSide::kTarget,
     "intra-Afghan negotiations",
     {"negociations-interafghanes:intra-Afghan negotiations"}},
    {TermSide::kTarget, "intra Afghan negotiations", {}},  // the hyphen is part of the form
    // Forbidden forms: whole words exactly as written, case per entry, no inflection.
    {TermSide::kForbidden, "the Talibans said", {"taliban:Talibans"}},
    {TermSide::kForbidden, "the Taliban said", {}},
    {TermSide::kForbidden, "the Taliban's envoy", {}},
    {TermSide::kForbidden, "the TALIBANS", {"taliban:TALIBANS"}},  // capitals: read as Talibans
    {TermSide::kForbidden, "the Mollah said", {"mollah:Mollah"}},
    {TermSide::kForbidden, "the mollahs", {"mollah:mollahs"}},
    {TermSide::kForbidden, "a retreat", {"retrait:retreat"}},
    {TermSide::kForbidden, "the retreats", {}},  // no inflection added
    {TermSide::kForbidden, "the retreating army", {}},
    {TermSide::kForbidden, "inter-Afghan talks", {"negociations-interafghanes:inter-Afghan"}},
    {TermSide::kForbidden, "international talks", {}},
};

TEST(TermMatcherTest, MatchesBySpecRules) {
  for (const MatchCase& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Found(c.side, c.text), c.found);
  }
}

// The usage example at the top of term_matcher.h.
TEST(TermMatcherTest, HeaderExample) {
  const TermMatcher& matcher = Matcher();
  std::vector<TermMatch> m =
      matcher.Find(TermSide::kSource, "Les talibans ont signé l'accord de Doha.", 3);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].segment, 3u);
  EXPECT_EQ(m[0].surface, "talibans");
  EXPECT_EQ(m[1].surface, "accord de Doha");
  EXPECT_EQ(matcher.Find(TermSide::kTarget, "the Doha agreements", 3).size(), 1u);
  EXPECT_EQ(matcher.Find(TermSide::kForbidden, "the Talibans said", 3).size(), 1u);
}

TEST(TermMatcherTest, ReportsSegmentAndByteRange) {
  std::string text = "Depuis l'accord de Doha, les talibans";
  std::vector<TermMatch> matches = Matcher().Find(TermSide::kSource, text, 7);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].segment, 7u);
  EXPECT_EQ(matches[0].range, (ByteRange{9, 23}));
  EXPECT_EQ(text.substr(matches[1].range.begin, matches[1].range.size()), "talibans");
}

TEST(TermMatcherTest, MatchesWithoutHunspell) {
  LanguageResources fr(Language::Parse("fr"), {});
  LanguageResources en(Language::Parse("en"), {});
  TermMatcher snowball_only(TestGlossary(), fr, en);
  EXPECT_EQ(snowball_only.Find(TermSide::kSource, "une talibane").size(), 1u);
  EXPECT_EQ(snowball_only.Find(TermSide::kTarget, "Doha agreements").size(), 1u);
}

// A glossary of 20,000 entries must not slow matching down: the index is keyed by the
// first word, so each token looks up a few keys whatever the glossary's size.
TEST(TermMatcherTest, CostPerTokenDoesNotGrowWithTheGlossary) {
  Glossary big = TestGlossary();
  for (int i = 0; i < 20000; ++i) {
    Term term;
    term.sources = {"terme" + std::to_string(i) + " de test"};
    term.targets = {"term" + std::to_string(i)};
    big.terms.push_back(term);
  }
  // Hunspell's lookups are slow enough to hide the index: Snowball only.
  LanguageResources fr(Language::Parse("fr"), {});
  LanguageResources en(Language::Parse("en"), {});
  TermMatcher matcher(big, fr, en);
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Les talibans ont signé l'accord de Doha avec Washington. ";
  auto start = std::chrono::steady_clock::now();
  std::vector<TermMatch> matches = matcher.Find(TermSide::kSource, text);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(matches.size(), 400u);
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
}

}  // namespace
}  // namespace talign
