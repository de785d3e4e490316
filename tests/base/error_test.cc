#include "talign/base/error.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

TEST(Error, PrefixesWhatWithAsMuchLocationAsIsKnown) {
  EXPECT_STREQ(Error(ErrorKind::kData, {"g.yaml", 7, 5}, "unknown key `targt`").what(),
               "g.yaml:7:5: unknown key `targt`");
  EXPECT_STREQ(Error(ErrorKind::kData, {"g.yaml", 7}, "bad").what(), "g.yaml:7: bad");
  EXPECT_STREQ(Error(ErrorKind::kNoInput, {"a.txt"}, "cannot open").what(), "a.txt: cannot open");
  EXPECT_STREQ(Error(ErrorKind::kUsage, "no input").what(), "no input");
}

TEST(Error, KeepsKindAndBareMessage) {
  Error e(ErrorKind::kCantCreate, {"out/x.json"}, "cannot create");
  EXPECT_EQ(e.kind(), ErrorKind::kCantCreate);
  EXPECT_EQ(e.message(), "cannot create");
  EXPECT_EQ(e.where().file, "out/x.json");
}

}  // namespace
}  // namespace talign
