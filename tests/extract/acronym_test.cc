#include "talign/extract/acronym.h"

#include <gtest/gtest.h>

#include "talign/extract/word_analyzer.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

struct AcronymCase {
  const char* source;
  const char* target;  // as the corpus spells it most
  const char* written;
};

// Terminology dev (WMT21) and newstest2013 pairs.
const AcronymCase kCases[] = {
    {"PHE", "phe", "PHE"},  // "the phe protocol": lowered in the English corpus
    {"RSC du RCGP", "rcgp rsc", "RCGP RSC"},
    {"OMS", "WHO", "WHO"},                       // another acronym: as the target writes it
    {"SARS-CoV-2", "sars-cov-2", "SARS-CoV-2"},  // inner capitals
    {"Obama", "obama", "obama"},                 // one capital: may be the sentence's
    {"virus COVID-19", "covid-19 virus", "COVID-19 virus"},
    {"UE", "EU", "EU"},
};

TEST(AcronymTest, TargetKeepsTheSourceAcronymsCapitals) {
  for (const AcronymCase& c : kCases) {
    SCOPED_TRACE(std::string(c.source) + " → " + c.target);
    EXPECT_EQ(WithSourceAcronyms(c.source, c.target), c.written);
  }
}

TEST(AcronymTest, CapitalsAndDigitsOfTwoLettersOrMore) {
  EXPECT_TRUE(IsAcronym("UNESCO"));
  EXPECT_TRUE(IsAcronym("H1N1"));
  EXPECT_TRUE(IsAcronym("COVID-19"));
  EXPECT_FALSE(IsAcronym("F-16"));
  EXPECT_FALSE(IsAcronym("Obama"));
  EXPECT_FALSE(IsAcronym("SARS-CoV-2"));
}

struct ExpansionCase {
  const char* lang;
  const char* text;
  const char* expansion;  // "" when none
  const char* acronym;
};

// Terminology dev (WMT21) sentences.
const ExpansionCase kExpansions[] = {
    {"fr", "déclarée comme pandémie par l' Organisation mondiale de la Santé ( OMS ) le 11 mars",
     "Organisation mondiale de la Santé", "OMS"},
    {"fr", "les infections des voies respiratoires inférieures (IVRI) sont",
     "infections des voies respiratoires inférieures", "IVRI"},
    {"en", "the Centers for Disease Control and Prevention (CDC) said", "", ""},  // "and" cuts it
    {"en", "Public Health England (PHE) advice", "Public Health England", "PHE"},
    {"fr", "les tests rapides (PCR) sont", "", ""},  // initials do not spell it
};

TEST(AcronymTest, FindsTheExpansionBeforeAnAcronymInParentheses) {
  for (const ExpansionCase& c : kExpansions) {
    SCOPED_TRACE(c.text);
    WordAnalyzer analyzer(testing::Resources(c.lang));
    std::vector<TermWord> words = TermWords(c.text, analyzer);
    auto found = AcronymExpansions(words, FindTermSpans(words));
    if (*c.expansion == '\0') {
      EXPECT_TRUE(found.empty());
      continue;
    }
    ASSERT_EQ(found.size(), 1u);
    const TermSpan& span = found[0].first;
    const char* begin = words[span.first].text.data();
    const char* end = words[span.last].text.data() + words[span.last].text.size();
    EXPECT_EQ(std::string(begin, end), c.expansion);
    EXPECT_EQ(words[found[0].second].text, c.acronym);
  }
}

}  // namespace
}  // namespace talign
