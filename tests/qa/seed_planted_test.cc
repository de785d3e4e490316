// Every registered check on the seed story over its gold alignment: the reference
// translation gives no finding at all (its omission "Publicité Lire la suite" is page
// furniture), and each planted error is found exactly once, by the right check.
#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::ReadFile;
using testing::SourcePath;

class SeedPlantedTest : public testing::SeedCorpusTest {
 protected:
  std::vector<Finding> Check(const std::vector<Segment>& tgt, const Alignment& alignment) {
    CheckContext context = testing::WithLanguages({src_, tgt, alignment, &testing::DeskGlossary()});
    return RunChecks(ParseChecks("all"), context);
  }
};

TEST_F(SeedPlantedTest, ReferenceTranslationHasNoFindingAtAll) {
  for (const Finding& f : Check(tgt_, gold_)) ADD_FAILURE() << f.check << ": " << f.message;
}

TEST_F(SeedPlantedTest, ChangedNumberIsFoundOnce) {
  std::vector<Segment> tgt = tgt_;
  std::string& sentence = tgt[8].text;  // "… within 14 months …"
  ASSERT_NE(sentence.find("14 months"), std::string::npos);
  sentence.replace(sentence.find("14 months"), 2, "4");
  std::vector<Finding> findings = Check(tgt, gold_);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "number-mismatch");
  EXPECT_EQ(findings[0].message, "numbers differ: source has `14`, target has `4`");
}

TEST_F(SeedPlantedTest, PastedFrenchSentenceIsFoundOnce) {
  std::vector<Segment> tgt = tgt_;
  Alignment alignment = gold_;
  testing::InsertTargetAfter(5, src_[6].text, tgt,
                             alignment);  // "Il s'agissait d'une frappe défensive…"
  std::vector<Finding> findings = Check(tgt, alignment);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "untranslated");
  EXPECT_EQ(findings[0].target_segments, std::vector<std::size_t>{6});
}

TEST_F(SeedPlantedTest, DroppedSentenceIsFoundOnce) {
  std::vector<Segment> tgt = tgt_;
  Alignment alignment = gold_;
  testing::DropTarget(
      11, tgt, alignment);  // "The attacks came just after an unusual telephone conversation…"
  std::vector<Finding> findings = Check(tgt, alignment);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "omission");
  EXPECT_EQ(findings[0].source_segments, std::vector<std::size_t>{13});
}

// "5,000 Taliban prisoners in exchange for 1,000 captives" left out, its source folded into
// the next sentence's bead: an omission, and its numbers are not reported again.
TEST_F(SeedPlantedTest, DroppedSentenceInItsNeighboursBeadIsFoundOnce) {
  std::vector<Segment> tgt = tgt_;
  Alignment alignment = gold_;
  testing::DropTarget(17, tgt, alignment);
  testing::MergeWithNext(16, alignment);  // [18]:[] and [19]:[17]
  std::vector<Finding> findings = Check(tgt, alignment);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(testing::Describe(findings[0]), "omission src 18");
}

}  // namespace
}  // namespace talign
