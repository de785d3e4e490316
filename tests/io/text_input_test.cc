#include "talign/io/text_input.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST(ReadText, MissingFileIsNoInput) {
  try {
    ReadText("/nonexistent/article.txt", "");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNoInput);
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/article.txt: cannot open", 0), 0u)
        << e.what();
  }
}

TEST(ReadText, DirectoryIsNoInput) {
  TempDir dir;
  try {
    ReadText(dir.path(), "");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNoInput);
  }
}

TEST(ReadDocument, PresegmentedKeepsOneSegmentPerLineWithCrlf) {
  TempDir dir;
  WriteFile(dir.File("doc.fr"), "Publicité\r\n\r\nLire la suite\r\n");
  Document doc = ReadDocument(dir.File("doc.fr"), Language::Parse("fr"), {true}, "");
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[0].text, "Publicité");
  EXPECT_EQ(doc.segments[1].text, "");
  EXPECT_EQ(doc.segments[2].text, "Lire la suite");
}

}  // namespace
}  // namespace talign
