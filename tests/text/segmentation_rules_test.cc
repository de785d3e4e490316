// The rule pass on its own: each check at a given boundary candidate.
#include "talign/text/segmentation_rules.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace talign {
namespace {

// The rules of a language, read once from its data.
const SegmentationRules& Rules(const std::string& code) {
  static std::map<std::string, SegmentationRules> rules;
  auto found = rules.find(code);
  if (found == rules.end()) {
    found =
        rules.emplace(code, SegmentationRules(LanguageResources(Language::Parse(code), {}))).first;
  }
  return found->second;
}

TEST(SegmentationRules, HeaderExample) {
  SegmentationRules fr(LanguageResources(Language::Parse("fr"), {}));
  EXPECT_TRUE(ContinuesSentence("M. Dupont est venu.", /*sentence_begin=*/0, /*next=*/3, fr));
}

// Every language with data: one abbreviation of each kind and a sentence starter.
TEST(SegmentationRules, TablesPerLanguage) {
  using Kind = AbbreviationKind;
  struct Row {
    const char* code;
    const char* never_ends;
    const char* before_number;
    const char* unless_starter;
    const char* starter;
  };
  const Row rows[] = {
      {"fr", "Mme", "janv", "Cie", "L'"}, {"en", "Mr", "No", "Jr", "The"},
      {"de", "z.B", "Nr", "usw", "Der"},  {"es", "Sra", "pág", "etc", "El"},
      {"it", "Dott", "pag", "ecc", "Il"}, {"pt", "Sr", "pág", "Ltda", "O"},
      {"nl", "bijv", "nr", "enz", "Het"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.code);
    const SegmentationRules& rules = Rules(r.code);
    EXPECT_EQ(rules.abbreviations.at(r.never_ends), Kind::kNeverEnds);
    EXPECT_EQ(rules.abbreviations.at(r.before_number), Kind::kBeforeNumber);
    EXPECT_EQ(rules.abbreviations.at(r.unless_starter), Kind::kUnlessStarter);
    EXPECT_TRUE(rules.sentence_starters.count(r.starter));
  }
  EXPECT_EQ(Rules("fr").abbreviations.count("etc"), 0u);  // ends a sentence before a capital
  EXPECT_EQ(Rules("en").abbreviations.count("Inc"), 0u);  // closes a name: a capital starts
  EXPECT_TRUE(Rules("de").ordinal_before.count("am"));
  EXPECT_TRUE(Rules("sw").abbreviations.empty());  // no data: ICU and general rules only
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
      {"en", "led by Goldman, Sachs & Co. |Georgia-Pacific owns", false},
      {"en", "Martin Luther King Jr. |Day", true},
      {"en", "Chairman Jos. |A. Bank", true},
      {"en", "in Owings Mills, Md. |The", false},
      {"en", "trader. |-- Chemical named", false},
      {"en", "the list, etc. |-- and more", true},
      {"de", "am 3. |Oktober 2020", true},
      {"de", "in der 89. |Minute", true},
      {"de", "Die 3. |Liga hat", true},
      {"de", "ihres 38. |Geburtstags", true},
      {"de", "am Freitag, 5. |Oktober", true},
      {"de", "Platz 5. |Einen starken Eindruck", false},
      {"de", "im Jahr 2018. |Die", false},
      {"de", "Der Film ist ab 18. |Das", false},
      {"de", "Studienleiterin Dr. |Ulrike", true},
      {"de", "2 Mio. |Euro", true},
      {"de", "usw. |Dann", false},
      {"es", "el Sr. |Peña Nieto", true},
      {"es", "la Dra. |Martel", true},
      {"es", "entre EE. |UU. y", true},
      {"es", "mismo tiempo. |- Normalmente", false},
      {"es", "lo sobreestiman? |- Claro", false},
      {"es", "¿Dónde está? |¿Qué hace?", false},
      {"es", "Si vienes, ¿me llamas? |le dije", true},
      {"it", "il Dott. |Rossi", true},
      {"pt", "a Sra. |Silva", true},
      {"nl", "bijv. |Amsterdam", true},
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
    EXPECT_EQ(ContinuesSentence(text, 0, next, Rules(c.lang)), c.continues);
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
  const PunctuationMarks marks;  // as every language with Latin punctuation
  EXPECT_TRUE(EndsClause("Nun begannen die Erkundungen : ", marks));
  EXPECT_TRUE(EndsClause("Le nom d'« Austria Peak » ;", marks));
  EXPECT_TRUE(EndsClause("Son information, « dit-il », »", marks));
  EXPECT_TRUE(EndsClause("( Grenoble-Paris : )", marks));
  EXPECT_FALSE(EndsClause("Es wurde Zeit .", marks));
  EXPECT_FALSE(EndsClause("« Il n'y a pas d'arête nord. »", marks));
  EXPECT_FALSE(EndsClause("Himalaya-Chronik 1956", marks));  // a heading
  EXPECT_FALSE(EndsClause("", marks));
}

// Each language's marks are data (punctuation.tsv): Greek asks with ";" and ends a clause
// with the upper stop "·".
TEST(EndsClauseTest, GreekQuestionMarkEndsASentence) {
  const PunctuationMarks& el = Rules("el").marks;
  const PunctuationMarks& en = Rules("en").marks;
  EXPECT_FALSE(EndsClause("Ποιος θα πληρώσει τον λογαριασμό;", el));
  EXPECT_TRUE(EndsClause("Ποιος θα πληρώσει τον λογαριασμό;", en));
  EXPECT_TRUE(EndsClause("Η απάντηση ήταν σαφής·", el));
  EXPECT_TRUE(EndsClause("Το σχέδιο έχει τρία σκέλη:", el));
  EXPECT_TRUE(el.Is(";", PunctuationRole::kSentence));
  EXPECT_FALSE(el.Is(";", PunctuationRole::kClause));
  EXPECT_TRUE(en.Is(";", PunctuationRole::kClause));
}

}  // namespace
}  // namespace talign
