#include "talign/extract/acronym.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace talign
