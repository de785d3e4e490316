// Word tokens with their byte ranges, shared by the aligner, the glossary matcher and QA.
//
//   for (const Token& t : Tokenize("l'accord de Doha, 5 000 prisonniers"))
//     // "l" "accord" "de" "Doha" "," "5 000"(kNumber) "prisonniers"
#pragma once

#include <string_view>
#include <vector>

#include "talign/base/byte_range.h"

namespace talign {

enum class TokenKind { kWord, kNumber, kPunct };

// A view into the tokenised text: valid while that text lives.
struct Token {
  ByteRange range;
  std::string_view text;
  TokenKind kind = TokenKind::kWord;
};

// ICU word boundaries over UTF-8 (offsets are bytes of `text`). Words are split at an inner
// apostrophe (' or ’) so that elisions and possessives expose the bare word: "l'accord" →
// "l" "accord", "Taliban's" → "Taliban" "s". Digit groups separated by a space, NBSP or NNBSP
// ("5 000") form one number token. White space is dropped; every other symbol is kPunct.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace talign
