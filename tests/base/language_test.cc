#include "talign/base/language.h"

#include <gtest/gtest.h>

#include "talign/base/error.h"

namespace talign {
namespace {

TEST(Language, ParsesKnownTags) {
  const std::pair<const char*, const char*> cases[] = {
      {"fr", "fr"}, {"en", "en"}, {"de", "de"}, {"fr-CA", "fr"}, {"en-US", "en"}, {"pt-BR", "pt"}};
  for (const auto& [tag, code] : cases) {
    SCOPED_TRACE(tag);
    EXPECT_EQ(Language::Parse(tag).code(), code);
  }
}

TEST(Language, RejectsUnknownTagsAsDataErrors) {
  for (const char* tag : {"", "xx", "french", "12"}) {
    SCOPED_TRACE(tag);
    try {
      Language::Parse(tag);
      FAIL() << "accepted " << tag;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
    }
  }
}

}  // namespace
}  // namespace talign
