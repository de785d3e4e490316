// The rule pass on its own: each check at a given boundary candidate.
#include "talign/text/segmentation_rules.h"

#include <gtest/gtest.h>

#include <string>

namespace talign {
namespace {

TEST(SegmentationRules, HeaderExample) {
  const SegmentationRules& fr = RulesFor("fr");
  EXPECT_TRUE(ContinuesSentence("M. Dupont est venu.", /*sentence_begin=*/0, /*next=*/3, fr));
}

TEST(SegmentationRules, TablesPerLanguage) {
  EXPECT_EQ(RulesFor("fr").abbreviations.at("Mme"), AbbreviationKind::kNeverEnds);
  EXPECT_EQ(RulesFor("en").abbreviations.at("No"), AbbreviationKind::kBeforeNumber);
  EXPECT_EQ(RulesFor("en").abbreviations.at("Inc"), AbbreviationKind::kUnlessStarter);
  EXPECT_EQ(RulesFor("fr").abbreviations.count("etc"), 0u);  // ends a sentence before a capital
  EXPECT_TRUE(RulesFor("fr").sentence_starters.count("L'"));
  EXPECT_TRUE(RulesFor("de").abbreviations.empty());
}

// `|` marks the candidate: the text after it is where the next sentence would start.
struct BoundaryCase {
  const char* lang;
  std::string text;
  bool continues;
};

TEST(ContinuesSentence, Table) {
  const BoundaryCase cases[] = {
      {"fr", "M. |Dupont", true},
      {"fr", "les régimes sociaux. |Elle", false},  // "aux." is only the end of the word
      {"fr", "en 44 av. |J.-C.", true},
      {"fr", "en 44 av. J.-C. |Son fils", false},
      {"fr", "la p. |55", true},
      {"fr", "la p. |Puis", false},
      {"fr", "« Un accord ? » |a-t-il demandé", true},
      {"fr", "Il hésita… |Puis", false},
      {"fr", "1. |Le premier point", true},
      {"fr", "en 2019. |Le premier point", false},
      {"en", "in the U.S. |How", false},
      {"en", "in the U.S. |Government", true},
      {"en", "Jonas E. |Smith", true},
      {"en", "you and I. |Did", false},
      {"en", "Briggs & Co. |It closed", false},
      {"en", "Briggs & Co. |Ltd", true},
      {"en", "\"This is great.\" |She", false},
      {"en", "stairways [...]\" |(Smith 55)", true},
      {"en", "weakened . . . |I", true},
      {"en", "compounds. . . . |The", false},
      {"en", "resold for... |1.6 million", true},
      {"en", "in the village of Esitjeni. |70 of these", false},
      {"en", "Hello world.|Today", false},
      {"en", "Jane.|Doe@example.com", true},
  };
  for (const BoundaryCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::string text = c.text;
    const std::size_t next = text.find('|');
    text.erase(next, 1);
    EXPECT_EQ(ContinuesSentence(text, 0, next, RulesFor(c.lang)), c.continues);
  }
}

TEST(SkipClosingPunctuation, MovesPastQuotesThatCloseTheSentence) {
  const std::string attack = "l'attaque. » Les";
  EXPECT_EQ(SkipClosingPunctuation(attack, 11, false), attack.find("Les"));
  const std::string great = "great.\" She";
  EXPECT_EQ(SkipClosingPunctuation(great, 6, /*quote_open=*/true), great.find("She"));
  const std::string glued = "great. \"She";  // a quote glued to a word opens
  EXPECT_EQ(SkipClosingPunctuation(glued, 7, true), 7u);
  // French news often spaces ASCII quotes: only an open quotation can be closed.
  const std::string spaced = "sept ans. \" Ils";
  EXPECT_EQ(SkipClosingPunctuation(spaced, 10, /*quote_open=*/false), 10u);
  EXPECT_EQ(SkipClosingPunctuation(spaced, 10, /*quote_open=*/true), spaced.find("Ils"));
}

TEST(IsGluedBoundary, Table) {
  EXPECT_TRUE(IsGluedBoundary("Hello world.Today", 12));
  EXPECT_TRUE(IsGluedBoundary("bought 1,000.That", 13));
  EXPECT_FALSE(IsGluedBoundary("Jane.Doe@example.com", 5));
  EXPECT_FALSE(IsGluedBoundary("see www.example.org/Page.Html", 25));
  EXPECT_FALSE(IsGluedBoundary("the U.S.Army", 8));
}

TEST(ListMarkers, Table) {
  EXPECT_EQ(ListMarkerEnd("1.) The", 0, false), 3u);
  EXPECT_EQ(ListMarkerEnd("b) The", 0, false), 2u);
  EXPECT_EQ(ListMarkerEnd("\u2022 10. The", 0, false), 7u);
  EXPECT_EQ(ListMarkerEnd("2020. The", 0, false), std::nullopt);
  EXPECT_EQ(ListMarkerEnd("- item", 0, false), std::nullopt);
  EXPECT_EQ(ListMarkerEnd("- item", 0, /*line_start=*/true), 1u);
  const std::string items = "1. The first item 2. The second item 4. No";
  EXPECT_TRUE(StartsNextListItem(items, 0, items.find("2.")));
  EXPECT_FALSE(StartsNextListItem(items, 0, items.find("4.")));
  EXPECT_FALSE(StartsNextListItem(items, items.find("The"), items.find("2.")));
}

TEST(EndsClauseTest, ClauseMarksThroughClosingQuotesAndBrackets) {
  EXPECT_TRUE(EndsClause("Nun begannen die Erkundungen : "));
  EXPECT_TRUE(EndsClause("Le nom d'« Austria Peak » ;"));
  EXPECT_TRUE(EndsClause("Son information, « dit-il », »"));
  EXPECT_TRUE(EndsClause("( Grenoble-Paris : )"));
  EXPECT_FALSE(EndsClause("Es wurde Zeit ."));
  EXPECT_FALSE(EndsClause("« Il n'y a pas d'arête nord. »"));
  EXPECT_FALSE(EndsClause("Himalaya-Chronik 1956"));  // a heading
  EXPECT_FALSE(EndsClause(""));
}

}  // namespace
}  // namespace talign
