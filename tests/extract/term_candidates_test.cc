#include "talign/extract/term_candidates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util/language_resources.h"

namespace talign {
namespace {

std::vector<std::string> Candidates(const char* lang, const std::string& text) {
  WordAnalyzer analyzer(testing::Resources(lang));
  std::vector<TermWord> words = TermWords(text, analyzer);
  std::vector<std::string> out;
  for (const TermSpan& s : FindTermSpans(words)) {
    const char* begin = words[s.first].text.data();
    const char* end = words[s.last].text.data() + words[s.last].text.size();
    out.emplace_back(begin, end);
  }
  return out;
}

struct CandidateCase {
  const char* lang;
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

// Sentences of the seed story and newstest2013.
const CandidateCase kCases[] = {
    {"fr",
     "pour permettre l'ouverture des négociations interafghanes.",
     {"négociations interafghanes", "négociations", "ouverture"},
     {"permettre", "pour permettre"}},
    {"fr",
     "a déclaré le porte-parole des forces américaines, Sonny Leggett.",
     {"porte-parole", "porte-parole des forces américaines", "forces américaines", "Sonny Leggett"},
     {"déclaré", "américaines, Sonny"}},
    {"fr", "l'accord de Doha signé samedi", {"accord de Doha", "Doha", "accord"}, {"accord de"}},
    {"fr", "dans la province de Helmand", {"province de Helmand"}, {"dans la province"}},
    {"fr",
     "Le premier ministre a parlé",
     {"premier ministre", "ministre"},
     {"Le premier", "parlé"}},
    {"fr", "5 000 prisonniers talibans", {"prisonniers talibans"}, {"5 000 prisonniers"}},
    // The terminology dev set (WMT21, tokenised as released).
    {"fr",
     "la COVID-19 est une maladie respiratoire contagieuse causée par le SARS-CoV-2",
     {"COVID-19", "maladie respiratoire", "contagieuse", "SARS-CoV-2"},
     {"COVID", "causée"}},
    {"fr",
     "selon l' Organisation mondiale de la santé ( OMS )",
     {"Organisation mondiale de la santé", "Organisation mondiale", "OMS"},
     {"Organisation mondiale de la"}},
    {"fr", "les cas confirmés en 2019-2020", {"cas confirmés", "cas"}, {"2019-2020", "confirmés"}},
    {"en",
     "to open intra-Afghan negotiations.",
     {"intra-Afghan negotiations", "intra-Afghan", "negotiations"},
     {"to open"}},
    {"en",
     "a spokesman for US forces in Afghanistan",
     {"spokesman", "US forces", "Afghanistan"},
     {"spokesman for US", "forces in Afghanistan"}},
    {"en", "the Ministry of Defence said", {"Ministry of Defence"}, {"Defence said"}},
};

TEST(TermCandidatesTest, FollowsTermPatternsBoundedByStopWords) {
  for (const CandidateCase& c : kCases) {
    SCOPED_TRACE(c.text);
    std::vector<std::string> found = Candidates(c.lang, c.text);
    for (const std::string& term : c.present) {
      EXPECT_NE(std::find(found.begin(), found.end(), term), found.end()) << term;
    }
    for (const std::string& term : c.absent) {
      EXPECT_EQ(std::find(found.begin(), found.end(), term), found.end()) << term;
    }
  }
}

TEST(TermCandidatesTest, GluesHyphenatedWordsAndDropsApostrophes) {
  WordAnalyzer fr(testing::Resources("fr"));
  std::vector<TermWord> words = TermWords("l'Alingar, porte-parole", fr);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].text, "l");
  EXPECT_EQ(words[1].text, "Alingar");
  EXPECT_TRUE(words[2].boundary);
  EXPECT_EQ(words[3].text, "porte-parole");
}

}  // namespace
}  // namespace talign
