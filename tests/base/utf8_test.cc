#include "talign/base/utf8.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

struct InvalidCase {
  const char* name;
  std::string bytes;
  std::optional<std::size_t> first_bad;
};

TEST(FindInvalidUtf8, Table) {
  const InvalidCase cases[] = {
      {"ascii", "Les talibans.", std::nullopt},
      {"accents", "États-Unis, trêve, réelection", std::nullopt},
      {"nnbsp in 5 000",
       "5\xE2\x80\xAF"
       "000 prisonniers",
       std::nullopt},
      {"latin1 é", "accord sign\xE9 samedi", 11},
      {"truncated sequence at end", "Kaboul\xC3", 6},
      {"overlong slash", "a\xC0\xAF", 1},
      {"utf-16 surrogate", "x\xED\xA0\x80", 1},
      {"past U+10FFFF", "\xF4\x90\x80\x80", 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.first_bad);
  }
}

TEST(DecodeText, DropsUtf8Bom) {
  EXPECT_EQ(DecodeText("\xEF\xBB\xBFLe mollah", {"a.txt"}, ""), "Le mollah");
}

TEST(DecodeText, ConvertsUtf16WithBom) {
  const std::string le(
      "\xFF\xFE"
      "K\0a\0b\0o\0u\0l\0",
      14);
  const std::string be(
      "\xFE\xFF"
      "\0K\0a\0b\0o\0u\0l",
      14);
  EXPECT_EQ(DecodeText(le, {"le.txt"}, ""), "Kaboul");
  EXPECT_EQ(DecodeText(be, {"be.txt"}, ""), "Kaboul");
}

TEST(DecodeText, ConvertsLegacyEncodingOnRequest) {
  EXPECT_EQ(DecodeText("tr\xEAve", {"a.txt"}, "latin1"), "trêve");
  EXPECT_EQ(DecodeText("\x93paix\x94", {"a.txt"}, "windows-1252"), "\xE2\x80\x9Cpaix\xE2\x80\x9D");
}

TEST(DecodeText, InvalidUtf8NamesFileLineAndOffset) {
  try {
    DecodeText("ligne un\nligne deux \xE9t\xE9", {"article.txt"}, "");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kData);
    EXPECT_EQ(e.where().line, 2u);
    EXPECT_NE(std::string(e.what()).find("article.txt:2: "), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("byte offset 20"), std::string::npos) << e.what();
  }
}

TEST(DecodeText, RejectsNulBytesAsLikelyUtf16WithoutBom) {
  const std::string utf16_no_bom("K\0a\0b\0", 6);
  EXPECT_THROW(DecodeText(utf16_no_bom, {"x.txt"}, ""), Error);
}

TEST(DecodeText, UnknownEncodingIsAUsageError) {
  try {
    DecodeText("abc", {"x.txt"}, "klingon-8");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  }
}

TEST(LineOfOffset, CountsNewlinesBefore) {
  EXPECT_EQ(LineOfOffset("a\nb\nc", 0), 1u);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 2), 2u);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 99), 3u);
}

}  // namespace
}  // namespace talign
