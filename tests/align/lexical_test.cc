// IBM Model 1 tables and the lexical cost on a few sentence pairs (written for the test).
#include <gtest/gtest.h>

#include "segments.h"
#include "talign/align/lexical_cost.h"
#include "talign/align/lexical_model.h"
#include "talign/align/segment_features.h"

namespace talign {
namespace {

using testing::Segments;

const std::vector<std::string> kSrc = {"la maison bleue", "la voiture rouge", "une maison rouge",
                                       "une voiture bleue"};
const std::vector<std::string> kTgt = {"the blue house", "the red car", "a red house",
                                       "a blue car"};

std::vector<PathBead> OneToOne(std::size_t n) {
  std::vector<PathBead> path;
  for (std::size_t k = 0; k < n; ++k) path.push_back({{k, 1, k, 1}});
  return path;
}

// The likeliest translation of `word` in `table`, and its probability.
std::pair<std::uint32_t, float> Best(const TranslationTable& table, std::uint32_t word) {
  std::pair<std::uint32_t, float> best{0, 0.0f};
  for (const auto& [other, p] : table.Translations(word)) {
    if (p > best.second) best = {other, p};
  }
  return best;
}

TEST(TranslationTableTest, Model1FindsWordTranslationsBothWays) {
  BitextFeatures f = ExtractFeatures(Segments(kSrc), Segments(kTgt), {});
  LexicalModel model = TrainLexicalModel(f, OneToOne(kSrc.size()));
  // Word ids follow first occurrence: src "maison" = 1, tgt "house" = 2.
  EXPECT_EQ(Best(model.forward, 1).first, 2u);
  EXPECT_GT(Best(model.forward, 1).second, 0.3f);
  EXPECT_EQ(Best(model.backward, 2).first, 1u);
  EXPECT_GT(Best(model.backward, 2).second, 0.3f);
}

TEST(LexicalCostTest, TranslationsCostLessThanOtherPairs) {
  BitextFeatures f = ExtractFeatures(Segments(kSrc), Segments(kTgt), {});
  LexicalModel model = TrainLexicalModel(f, OneToOne(kSrc.size()));
  LexicalCost lexical(f, model.forward, model.backward, 1.0);
  for (std::size_t k = 0; k < kSrc.size(); ++k) {
    SCOPED_TRACE(kSrc[k]);
    EXPECT_LT(lexical.Cost({k, 1, k, 1}), lexical.Cost({k, 1, (k + 1) % kSrc.size(), 1}));
  }
  EXPECT_EQ(lexical.Cost({0, 1, 0, 0}), 0.0);
}

// Two sentences joined into one translation: Model 1 alone scores both orders alike, the
// diagonal prior the one that keeps the sources' order better.
TEST(LexicalCostTest, DiagonalPriorPrefersAMergeInTheSourcesOrder) {
  std::vector<std::string> src = kSrc, tgt = kTgt;
  src.insert(src.end(), {"la maison bleue", "la voiture rouge"});
  tgt.insert(tgt.end(), {"the blue house and the red car", "the red car and the blue house"});
  BitextFeatures f = ExtractFeatures(Segments(src), Segments(tgt), {});
  LexicalModel model = TrainLexicalModel(f, OneToOne(kSrc.size()));
  const BeadView in_order{4, 2, 4, 1}, reversed{4, 2, 5, 1};
  LexicalCost model1(f, model.forward, model.backward, 1.0, 0.0);
  EXPECT_NEAR(model1.Cost(in_order), model1.Cost(reversed), 1e-4);
  LexicalCost diagonal(f, model.forward, model.backward, 1.0, 4.0);
  EXPECT_LT(diagonal.Cost(in_order), diagonal.Cost(reversed) - 0.5);
  EXPECT_LT(diagonal.Cost(in_order), model1.Cost(in_order));
}

}  // namespace
}  // namespace talign
