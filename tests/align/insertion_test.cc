// Insertions and deletions: a sentence the translator added (or dropped) comes out as its
// own 0-1 (1-0) bead, and its neighbour as the 1-1 it is, not glued into a 1-2 or 2-1.
// Each case edits a real article's pair as a translator would: a gloss for the English
// reader, a sentence left out, a sentence the French adds, a stray sentence from another
// article. The articles: the seed's (corpora/seed), and Le Monde's on Bitcoin and the
// BBC's on Peña Nieto of the news dev set (../shared/data, news-fr-en-dev/doc-test/03 and
// 06, WMT newstest2013).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "segments.h"
#include "talign/align/aligner.h"
#include "talign/align/freedict.h"
#include "test_util/alignment_score.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using namespace talign::testing;

std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

enum class Side { kFrench, kEnglish };
enum class Article { kSeed, kBitcoin, kPenaNieto };

struct Edit {
  const char* what;
  Article article;
  Side side;
  std::size_t at;     // the sentence added after, or dropped
  const char* text;   // the added sentence; nullptr drops sentence `at`
  const char* beads;  // beads the alignment of the edited pair must contain
};

// Seed gold (article.gold.beads) around the edits: [2]:[2] [3]:[] [4]:[3] [5]:[4]
// [6]:[5] [13]:[11] [14]:[12] [15]:[13] [16]:[14] [17]:[15,16] [18]:[17] [19]:[18]
// [20]:[19] [21]:[20].
// Bitcoin gold: [2]:[2] [3]:[3] [4]:[] [5]:[4] [6]:[5] [7]:[6] [10]:[10] [11]:[11] [12]:[12]
// [13]:[13]. Peña Nieto gold: [16]:[16] [17]:[17] [18,19]:[18].
const Edit kEdits[] = {
    {"English glosses Helmand", Article::kSeed, Side::kEnglish, 2,
     "Helmand is the heart of the country's opium production and a Taliban stronghold.",
     "[2]:[2] [3]:[] []:[3] [4]:[4]"},
    {"English adds a remark on the call", Article::kSeed, Side::kEnglish, 11,
     "Neither side said how long the call lasted.", "[13]:[11] []:[12] [14]:[13]"},
    {"English adds a remark on the exchange", Article::kSeed, Side::kEnglish, 17,
     "The exchange was meant to take place before the talks began.", "[18]:[17] []:[18] [19]:[19]"},
    {"English drops the checkpoint quote", Article::kSeed, Side::kEnglish, 4, nullptr,
     "[4]:[3] [5]:[] [6]:[4]"},
    {"English drops the precondition", Article::kSeed, Side::kEnglish, 18, nullptr,
     "[18]:[17] [19]:[] [20]:[18]"},
    {"French adds the call's length", Article::kSeed, Side::kFrench, 13,
     "Les deux hommes se sont parlé pendant plus d'une demi-heure.", "[13]:[11] [14]:[] [15]:[12]"},
    {"French drops Ghani's refusal", Article::kSeed, Side::kFrench, 20, nullptr,
     "[19]:[18] []:[19] [20]:[20]"},
    {"English adds that no figure was given", Article::kSeed, Side::kEnglish, 3,
     "He gave no figure for the fighters killed.", "[4]:[3] []:[4] [5]:[5]"},
    {"English adds Trump's promise", Article::kSeed, Side::kEnglish, 13,
     "He has promised voters to bring the troops home.", "[15]:[13] []:[14] [16]:[15]"},
    {"English adds Kabul's terms", Article::kSeed, Side::kEnglish, 19,
     "Kabul says it will not free them before talks begin.", "[20]:[19] []:[20] [21]:[21]"},
    {"French adds who oversees the release", Article::kSeed, Side::kFrench, 18,
     "Une commission mixte doit superviser ces libérations.", "[18]:[17] [19]:[] [20]:[18]"},
    {"English explains Facebook's credits", Article::kBitcoin, Side::kEnglish, 10,
     "Its credits can be spent in thousands of online games.", "[10]:[10] []:[11] [11]:[12]"},
    {"English adds who backs the currency", Article::kBitcoin, Side::kEnglish, 12,
     "No bank or state stands behind the currency.", "[12]:[12] []:[13] [13]:[14]"},
    {"French drops the exchange rate", Article::kBitcoin, Side::kFrench, 6, nullptr,
     "[4]:[] [5]:[4] []:[5] [6]:[6]"},
    {"English drops the network's nodes", Article::kBitcoin, Side::kEnglish, 12, nullptr,
     "[11]:[11] [12]:[] [13]:[12]"},
    {"French adds the supporters' view", Article::kBitcoin, Side::kFrench, 2,
     "Ses partisans y voient une réponse à la crise financière de 2008.", "[2]:[2] [3]:[] [4]:[3]"},
    // bench/plant_check_errors.py's addition in this article: a sentence of the news set's
    // article on cancer, whose common words find chance translations in "Des plaques
    // arborant son nom…".
    {"English strays into an article on cancer", Article::kPenaNieto, Side::kEnglish, 17,
     "The key is to make the right decision once cancer has been detected.",
     "[16]:[16] [17]:[17] []:[18] [18,19]:[19]"},
};

void Apply(const Edit& edit, std::vector<std::string>* lines) {
  if (edit.text == nullptr) {
    lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(edit.at));
  } else {
    lines->insert(lines->begin() + static_cast<std::ptrdiff_t>(edit.at + 1), edit.text);
  }
}

TEST(InsertionTest, AddedAndDroppedSentencesAreNullBeads) {
  // Seed's lines, then the dev articles' if there (dev data, outside the repository).
  std::vector<std::string> fr[3] = {Lines(SourcePath("corpora/seed/article.fr.sentences"))};
  std::vector<std::string> en[3] = {Lines(SourcePath("corpora/seed/article.en.sentences"))};
  const char* const dev[] = {"03-lemondefr_2012_12_01_275696", "06-bbc_2012_12_01_503584"};
  for (std::size_t k = 0; k < 2; ++k) {
    const std::string dir = SharedPath("data/news-fr-en-dev/doc-test/") + dev[k];
    if (!Exists(dir)) continue;
    fr[k + 1] = Lines(dir + "/doc.fr");
    en[k + 1] = Lines(dir + "/doc.en");
  }
  AlignerOptions options;
  options.dictionary =
      LoadFreeDict(testing::Resources("fr"), testing::Resources("en"));  // as `talign align` does
  for (const Edit& edit : kEdits) {
    SCOPED_TRACE(edit.what);
    const std::size_t article = static_cast<std::size_t>(edit.article);
    if (fr[article].empty()) continue;
    std::vector<std::string> src = fr[article], tgt = en[article];
    Apply(edit, edit.side == Side::kFrench ? &src : &tgt);
    Alignment a = AlignSegments(Segments(src), Segments(tgt), options);
    std::string expected = edit.beads;
    std::replace(expected.begin(), expected.end(), ' ', '\n');
    for (const Bead& bead : BeadsFromText(expected).beads) {
      SCOPED_TRACE(BeadsText({{bead}}));
      EXPECT_NE(std::find(a.beads.begin(), a.beads.end(), bead), a.beads.end()) << BeadsText(a);
    }
  }
}

}  // namespace
}  // namespace talign
