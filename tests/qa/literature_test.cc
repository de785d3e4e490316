// The TransRead novels tuned on (bench/eval_check_literature.sh) on their gold beads, with
// FreeDict: a free translation condenses, splits and rephrases, yet omission and addition
// report only sentences the gold leaves one-sided, never one folded into a bead the gold
// says translates it (as Emma's "I wish you may not catch cold." and Jane Eyre's "-- Quelle
// honte ! quelle honte !" were, by length alone).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "qa_test_util.h"
#include "talign/align/freedict.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

TEST(LiteratureTest, TunedNovelsReportOnlySentencesTheGoldLeavesOneSided) {
  const std::string dir = testing::SharedPath("data/transread-fr-en-dev/");
  if (!testing::Exists(dir + "Emma/gold.beads")) GTEST_SKIP();
  const Dictionary dictionary = LoadFreeDict(testing::Resources("fr"), testing::Resources("en"));
  ASSERT_FALSE(dictionary.empty());
  struct Row {
    const char* novel;
    std::size_t one_sided;  // findings, all on the gold's 1-0/0-1 beads of 4 words or more
  };
  const Row rows[] = {
      {"DuCoteDeChezSwann", 3}, {"Emma", 26}, {"JaneEyre", 7}, {"LaFauteDeLAbbeMouret", 1}};
  for (const Row& row : rows) {
    SCOPED_TRACE(row.novel);
    const std::string base = dir + row.novel + "/";
    std::vector<Segment> src = testing::SegmentsOfLines(testing::ReadFile(base + "fr.sentences"));
    std::vector<Segment> tgt = testing::SegmentsOfLines(testing::ReadFile(base + "en.sentences"));
    Alignment gold = testing::BeadsFromText(testing::ReadFile(base + "gold.beads"));
    CheckContext context = testing::WithLanguages({src, tgt, gold});
    context.dictionary = &dictionary;
    std::vector<std::string> folded;
    std::size_t one_sided = 0;
    for (const Finding& f : RunChecks(ParseChecks("omission,addition"), context)) {
      bool alone = f.check == "omission" ? f.target_segments.empty() : f.source_segments.empty();
      if (alone) ++one_sided;
      if (!alone) folded.push_back(testing::Describe(f));
    }
    EXPECT_EQ(folded, std::vector<std::string>{});
    EXPECT_EQ(one_sided, row.one_sided);
  }
}

}  // namespace
}  // namespace talign
