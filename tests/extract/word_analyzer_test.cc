#include "talign/extract/word_analyzer.h"

#include <gtest/gtest.h>

#include "test_util/language_resources.h"

namespace talign {
namespace {

struct SameLemmaCase {
  const char* lang;
  const char* a;
  const char* b;
};

// Inflections from the seed story and newstest2013 that must be one term.
const SameLemmaCase kSameLemma[] = {
    {"fr", "talibans", "taliban"},         {"fr", "talibane", "taliban"},
    {"fr", "Talibans", "taliban"},         {"fr", "négociations", "négociation"},
    {"fr", "mollahs", "mollah"},           {"fr", "insurgés", "insurgé"},
    {"fr", "travaux", "travail"},          {"fr", "interafghanes", "interafghane"},
    {"en", "negotiations", "negotiation"}, {"en", "strikes", "strike"},
};

TEST(WordAnalyzerTest, GroupsInflectionsUnderOneLemma) {
  for (const SameLemmaCase& c : kSameLemma) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    WordAnalyzer analyzer(testing::Resources(c.lang));
    EXPECT_EQ(analyzer.Analyze(c.a).lemma, analyzer.Analyze(c.b).lemma);
  }
}

TEST(WordAnalyzerTest, KeepsDifferentWordsApart) {
  WordAnalyzer fr(testing::Resources("fr"));
  EXPECT_NE(fr.Analyze("accord").lemma, fr.Analyze("accès").lemma);
  EXPECT_NE(fr.Analyze("paix").lemma, fr.Analyze("pays").lemma);
}

struct ClassCase {
  const char* lang;
  const char* word;
  WordClass word_class;
};

const ClassCase kClasses[] = {
    {"fr", "négociations", WordClass::kNoun},
    {"fr", "porte-parole", WordClass::kNoun},
    {"fr", "interafghanes", WordClass::kUnknown},
    {"fr", "de", WordClass::kFunction},
    {"fr", "les", WordClass::kFunction},
    {"fr", "Baradar", WordClass::kUnknown},
    {"fr", "signera", WordClass::kVerb},
    {"en", "the", WordClass::kFunction},
    {"en", "US", WordClass::kUnknown},  // not "us"

    {"en", "spokesman", WordClass::kUnknown},  // en_US has no parts of speech
};

TEST(WordAnalyzerTest, ClassifiesByHunspellMorphology) {
  for (const ClassCase& c : kClasses) {
    SCOPED_TRACE(std::string(c.lang) + " " + c.word);
    WordAnalyzer analyzer(testing::Resources(c.lang));
    EXPECT_EQ(analyzer.Analyze(c.word).word_class, c.word_class);
  }
}

TEST(WordAnalyzerTest, KeysAnIrregularPluralAsItsSingular) {
  WordAnalyzer en(testing::Resources("en"));
  const std::uint32_t child = en.Analyze("child").lemma;
  EXPECT_EQ(en.Analyze("children").lemma, child);
  EXPECT_NE(en.Analyze("childhood").lemma, child);
}

TEST(WordAnalyzerTest, SpellsLemmasAsTheDictionaryDoes) {
  WordAnalyzer fr(testing::Resources("fr"));
  EXPECT_EQ(fr.LemmaText(fr.Analyze("talibans").lemma), "taliban");
  EXPECT_EQ(fr.LemmaText(fr.Analyze("négociations").lemma), "négociation");
}

struct NumberCase {
  const char* lang;
  const char* word;
  Number number;
  const char* singular;  // kPlural only
};

// Real target and source words of newstest2013 and the terminology dev set.
const NumberCase kNumbers[] = {
    {"en", "passengers", Number::kPlural, "passenger"},
    {"en", "tablets", Number::kPlural, "tablet"},
    {"en", "authorities", Number::kPlural, "authority"},
    {"en", "viruses", Number::kPlural, "virus"},
    // en_US lists "teenager/M", "banker/M" without a plural: the suffix table gives it.
    {"en", "teenagers", Number::kPlural, "teenager"},
    {"en", "bankers", Number::kPlural, "banker"},
    {"en", "drivers", Number::kPlural, "driver"},
    // en_US lists "children", "women" as words: the irregular plurals table gives them.
    {"en", "children", Number::kPlural, "child"},
    {"en", "women", Number::kPlural, "woman"},
    {"en", "Women", Number::kSingular, ""},  // capitalised: a name ("Women in Film")
    {"en", "news", Number::kSingular, ""},   // also "new" + s: its own entry wins
    {"en", "species", Number::kSingular, ""},
    {"en", "confirmed", Number::kSingular, ""},
    {"en", "interafghan", Number::kFixed, ""},     // unknown: nothing to agree with
    {"fr", "mesures", Number::kPlural, "mesure"},  // a noun, also a verb form
    {"fr", "forces", Number::kPlural, "force"},
    {"fr", "cas", Number::kSingular, ""},     // invariable
    {"fr", "afghanes", Number::kFixed, ""},   // "afghan" is masculine
    {"fr", "confirmés", Number::kFixed, ""},  // an adjective: no lemma to write
};

TEST(WordAnalyzerTest, TellsPluralsAndTheirSingular) {
  for (const NumberCase& c : kNumbers) {
    SCOPED_TRACE(std::string(c.lang) + " " + c.word);
    WordAnalyzer analyzer(testing::Resources(c.lang));
    const WordInfo& info = analyzer.Analyze(c.word);
    EXPECT_EQ(info.number, c.number);
    if (c.number == Number::kPlural) {
      EXPECT_EQ(analyzer.SingularText(info.singular), c.singular);
    }
  }
}

TEST(WordAnalyzerTest, WorksWithoutDictionaries) {
  LanguageResources no_dictionaries(Language::Parse("fr"), {});
  WordAnalyzer fr(no_dictionaries);
  EXPECT_EQ(fr.Analyze("talibans").lemma, fr.Analyze("taliban").lemma);  // Snowball
  EXPECT_EQ(fr.Analyze("talibans").word_class, WordClass::kUnknown);
  EXPECT_EQ(fr.Analyze("des").word_class, WordClass::kFunction);  // stop list
}

}  // namespace
}  // namespace talign
