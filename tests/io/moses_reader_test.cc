#include "talign/io/moses_reader.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST(ReadMosesPair, OneBeadPerLine) {
  TempDir dir;
  WriteFile(dir.File("train.fr"), "Les talibans ont attaqué.\n\nLe mollah a parlé.\n");
  WriteFile(dir.File("train.en"), "The Taliban attacked.\n\nThe mullah spoke.\n");
  ParallelSegments corpus =
      ReadMosesPair(dir.File("train"), Language::Parse("fr"), Language::Parse("en"), "");
  ASSERT_EQ(corpus.src.size(), 3u);
  EXPECT_EQ(corpus.tgt[2].text, "The mullah spoke.");
  ASSERT_EQ(corpus.alignment.beads.size(), 3u);
  EXPECT_EQ(corpus.alignment.beads[1].src, std::vector<std::size_t>{1});
  EXPECT_EQ(corpus.alignment.beads[1].tgt, std::vector<std::size_t>{1});
}

TEST(ReadMosesPair, DifferentLengthsNameTheShorterFile) {
  TempDir dir;
  WriteFile(dir.File("train.fr"), "Un.\nDeux.\nTrois.\n");
  WriteFile(dir.File("train.en"), "One.\nTwo.\n");
  try {
    ReadMosesPair(dir.File("train"), Language::Parse("fr"), Language::Parse("en"), "");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kData);
    EXPECT_EQ(std::string(e.what()).rfind(
                  dir.File("train.en") + ":2: parallel files differ in length: 3 lines", 0),
              0u)
        << e.what();
  }
}

}  // namespace
}  // namespace talign
