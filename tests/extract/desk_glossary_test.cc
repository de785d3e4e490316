// The glossary a desk gets from dev data (issue 13): the WMT21 terminology dev set and
// newstest2013, extracted French → English as `talign extract` does (FreeDict loaded).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "talign/align/freedict.h"
#include "talign/extract/term_extractor.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::ReadFile;
using testing::SharedPath;

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::string text = ReadFile(path);
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

// One bead per line pair of PREFIX.fr / PREFIX.en (both 1:1 by construction).
std::vector<Candidate> Extract(const std::string& fr_path, const std::string& en_path,
                               std::size_t min_count, std::size_t top) {
  ExtractOptions options;
  options.min_count = min_count;
  options.top = top;
  options.aligner.dictionary = LoadFreeDict(testing::Resources("fr"), testing::Resources("en"));
  TermExtractor extractor(testing::Resources("fr"), testing::Resources("en"), options);
  std::vector<std::string> fr = Lines(fr_path), en = Lines(en_path);
  for (std::size_t i = 0; i < fr.size() && i < en.size(); ++i) extractor.AddBead(fr[i], en[i]);
  return extractor.Finish();
}

const Candidate* Find(const std::vector<Candidate>& all, const std::string& source) {
  auto it =
      std::find_if(all.begin(), all.end(), [&](const Candidate& c) { return c.source == source; });
  return it == all.end() ? nullptr : &*it;
}

struct TermCase {
  const char* source;
  const char* target;  // the accepted rendering, as written
};

// Gold pairs of the terminology set, one per rule they need.
const TermCase kTerminology[] = {
    {"COVID-19", "COVID-19"},  // letters and digits glued by hyphens
    {"SARS-CoV-2", "SARS-CoV-2"},
    {"contagieux", "contagious"},  // a lone adjective, as its lemma
    {"Organisation mondiale de la santé", "World Health Organization"},  // de la
    {"contact étroit", "close contact"},   // "étroit", seen once, takes its free neighbour
    {"essai clinique", "clinical trial"},  // "essais cliniques": singular on both sides
    {"masque", "mask"},                    // a plural target written singular
    {"OMS", "WHO"},
    // Lower case unless a name: "human coronavirus" is written so in running text, though
    // "human Coronavirus" is more frequent; acronyms and names keep their capitals.
    {"coronavirus humain", "human coronavirus"},
    {"coronavirus", "coronavirus"},
    // ... and a lone capital inside a longer term follows the word's own spelling.
    {"coronavirus bovin", "bovine coronavirus"},
    {"pandémie de coronavirus", "coronavirus pandemic"},
    {"ARN", "RNA"},
    {"New York", "New York"},  // "New", a stop word, kept inside the name
};

TEST(DeskGlossaryTest, TerminologyDevGoldPairs) {
  const std::string dir = SharedPath("data/terminology-en-fr-dev/");
  if (!testing::Exists(dir + "fr.txt")) GTEST_SKIP() << "no terminology dev data";
  std::vector<Candidate> all = Extract(dir + "fr.txt", dir + "en.txt", 1, 0);
  for (const TermCase& c : kTerminology) {
    SCOPED_TRACE(std::string(c.source) + " → " + c.target);
    const Candidate* found = Find(all, c.source);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->renderings[0].target, c.target);
  }
  // Nested terms stay apart: the single word and the longer term are both entries.
  EXPECT_NE(Find(all, "essai"), nullptr);
}

bool IsCalendarEntry(const Candidate& c) {
  const std::vector<std::string> months = {"January",  "March",  "May",    "June",
                                           "Thursday", "Friday", "Monday", "December"};
  return std::find(months.begin(), months.end(), c.renderings[0].target) != months.end();
}

TEST(DeskGlossaryTest, NewsTopHundredIsADeskGlossary) {
  const std::string prefix = SharedPath("data/news-fr-en-dev/newstest2013");
  if (!testing::Exists(prefix + ".fr")) GTEST_SKIP() << "no newstest2013";
  std::vector<Candidate> top = Extract(prefix + ".fr", prefix + ".en", 2, 100);
  ASSERT_EQ(top.size(), 100u);
  std::size_t multi_word = 0;
  for (std::size_t r = 0; r < top.size(); ++r) {
    SCOPED_TRACE(top[r].source + " → " + top[r].renderings[0].target);
    multi_word += top[r].source.find(' ') != std::string::npos;
    EXPECT_FALSE(IsCalendarEntry(top[r]));
  }
  EXPECT_GE(multi_word, 30u);
  // Names whose spelling changes rank above names carried over unchanged.
  auto rank = [&](const char* source) {
    return std::find_if(top.begin(), top.end(),
                        [&](const Candidate& c) { return c.source == source; }) -
           top.begin();
  };
  EXPECT_LT(rank("Téhéran"), 100);
  EXPECT_EQ(rank("Obama"), 100);  // Obama → Obama sinks out of the top 100
}

}  // namespace
}  // namespace talign
