// Tokenize(): words split at elisions and possessives, grouped numbers, byte ranges.
#include "talign/text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace talign {
namespace {

// Tokens as "text/kind" strings: w = word, n = number, p = punctuation.
std::vector<std::string> Describe(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    const char kind = t.kind == TokenKind::kWord ? 'w' : t.kind == TokenKind::kNumber ? 'n' : 'p';
    out.push_back(std::string(t.text) + "/" + kind);
  }
  return out;
}

struct TokenCase {
  std::string text;
  std::vector<std::string> tokens;
};

TEST(Tokenize, Table) {
  const TokenCase cases[] = {
      {"l'accord de Doha", {"l/w", "accord/w", "de/w", "Doha/w"}},
      {"l’accord d’Alingar", {"l/w", "accord/w", "d/w", "Alingar/w"}},
      {"the Taliban's top representative",
       {"the/w", "Taliban/w", "s/w", "top/w", "representative/w"}},
      {"5 000 prisonniers", {"5 000/n", "prisonniers/w"}},
      {"5\u00A0000 prisonniers", {"5\u00A0000/n", "prisonniers/w"}},
      {"1\u202F000 captifs", {"1\u202F000/n", "captifs/w"}},
      {"12 345 678 euros", {"12 345 678/n", "euros/w"}},
      {"5,000 prisoners and 1,000 captives",
       {"5,000/n", "prisoners/w", "and/w", "1,000/n", "captives/w"}},
      {"3,5 % ou 3.5 %", {"3,5/n", "%/p", "ou/w", "3.5/n", "%/p"}},
      {"le 2 mars 2020.", {"le/w", "2/n", "mars/w", "2020/n", "./p"}},
      {"en 2020 300 soldats", {"en/w", "2020/n", "300/n", "soldats/w"}},
      {"14 mois, 20 soldats", {"14/n", "mois/w", ",/p", "20/n", "soldats/w"}},
      {"« frappe défensive »", {"«/p", "frappe/w", "défensive/w", "»/p"}},
      {"États-Unis", {"États/w", "-/p", "Unis/w"}},
      {"6'7\" tall", {"6/n", "'/p", "7/n", "\"/p", "tall/w"}},
      {"1'000'000 francs", {"1'000'000/n", "francs/w"}},
      {"a\tb\x1F c\v_ 7", {"a/w", "b/w", "\x1F/p", "c/w", "_/p", "7/n"}},  // ASCII controls
      {"", {}},
  };
  for (const TokenCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Describe(c.text), c.tokens);
  }
}

TEST(Tokenize, RangesAreBytesOfTheInput) {
  const std::string text = "Kaboul libère 5\u00A0000 l’an";
  for (const Token& t : Tokenize(text)) {
    SCOPED_TRACE(std::string(t.text));
    EXPECT_EQ(text.substr(t.range.begin, t.range.size()), t.text);
  }
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[2].range, (ByteRange{15, 21}));  // "libère" is 7 bytes: 5 000 starts at 15
  EXPECT_EQ(tokens[4].range, (ByteRange{26, 28}));  // "an" after "l’"
}

// Byte ranges and kinds after characters of one to four UTF-8 bytes (two UTF-16 units for
// the astral ones): "𝔘" and "😀" are 4 bytes, "é" 2, "’" and NNBSP 3.
TEST(Tokenize, RangesAfterAstralCharacters) {
  const std::string text = "𝔘ber 😀 d’été: 1\u202F000 €, l'𝔘";
  std::vector<std::string> described;
  for (const Token& t : Tokenize(text)) {
    EXPECT_EQ(text.substr(t.range.begin, t.range.size()), t.text);
    described.push_back(std::string(t.text) + "@" + std::to_string(t.range.begin));
  }
  EXPECT_EQ(described, (std::vector<std::string>{"𝔘ber@0", "😀@8", "d@13", "été@17", ":@22",
                                                 "1\u202F000@24", "€@32", ",@35", "l@37", "𝔘@39"}));
}

// An ill-formed sequence is one character (U+FFFD), as ICU reads UTF-8: the words around it
// keep their byte ranges.
TEST(Tokenize, IllFormedUtf8) {
  const std::string text = "ab\xFF cd\xE2\x80 5 000";
  std::vector<std::string> described;
  for (const Token& t : Tokenize(text)) {
    described.push_back(std::to_string(t.range.begin) + "-" + std::to_string(t.range.end));
  }
  EXPECT_EQ(described, (std::vector<std::string>{"0-2", "2-3", "4-6", "6-8", "9-14"}));
}

}  // namespace
}  // namespace talign
