#include "talign/extract/manifest.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

TEST(ManifestTest, ReadsPairsRelativeToTheManifest) {
  testing::TempDir dir;
  std::string path = dir.path() + "/corpus.tsv";
  testing::WriteFile(path, "# week 12\na.fr\ta.en\n\n/abs/b.fr\t/abs/b.en\r\n");
  std::vector<DocumentPaths> pairs = ReadManifest(path);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].src, dir.path() + "/a.fr");
  EXPECT_EQ(pairs[0].tgt, dir.path() + "/a.en");
  EXPECT_EQ(pairs[1].tgt, "/abs/b.en");
}

TEST(ManifestTest, RejectsALineWithoutATab) {
  testing::TempDir dir;
  std::string path = dir.path() + "/corpus.tsv";
  testing::WriteFile(path, "a.fr\ta.en\na.fr a.en\n");
  try {
    ReadManifest(path);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kData);
    EXPECT_EQ(e.where().line, 2u);
  }
}

TEST(ManifestTest, MissingFileIsNoInput) {
  try {
    ReadManifest("/nonexistent/corpus.tsv");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNoInput);
  }
}

}  // namespace
}  // namespace talign
