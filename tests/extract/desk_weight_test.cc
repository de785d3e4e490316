#include "talign/extract/desk_weight.h"

#include <gtest/gtest.h>

#include "talign/align/freedict.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

struct WeightCase {
  const char* source;
  const char* target;
  double weight;
};

// Pairs `talign extract` proposed on newstest2013 and the seed article, as a desk ranks them
// (default options: identity 0.5, dictionary default or cognate 0.6).
const WeightCase kWeights[] = {
    {"Londres", "London", 0.6},   // a name, but FreeDict has it: general knowledge
    {"Téhéran", "Tehran", 1.0},   // a name whose spelling changes
    {"taliban", "Taliban", 1.0},  // or by its case
    {"OMS", "WHO", 1.0},          // an acronym
    {"UNESCO", "UNESCO", 1.0},    // pinned even when unchanged
    {"soins palliatifs", "palliative care", 1.0},
    {"Obama", "Obama", 0.5},           // the identity
    {"famille", "family", 0.6},        // FreeDict's own rendering
    {"démocratie", "democracy", 0.6},  // a cognate
    {"jeudi", "Thursday", 0.0},        // calendar words go
    {"mars", "March", 0.0},
    {"mars", "Mars", 0.6},  // the planet stays (FreeDict has it)
};

TEST(DeskWeightTest, RanksWhatATranslatorCouldGetWrong) {
  Dictionary dictionary = LoadFreeDict(testing::Resources("fr"), testing::Resources("en"));
  ASSERT_FALSE(dictionary.empty()) << "dict-freedict-fra-eng is not installed";
  DeskWeight desk(testing::Resources("fr"), testing::Resources("en"), dictionary, {});
  for (const WeightCase& c : kWeights) {
    SCOPED_TRACE(std::string(c.source) + " → " + c.target);
    EXPECT_DOUBLE_EQ(desk.Weight(c.source, c.target), c.weight);
  }
}

}  // namespace
}  // namespace talign
