// Folding text for matching: case, accents, compatibility forms and apostrophes.
//
//   FoldForMatch("États-Unis") == "etats-unis";  FoldForMatch("l’Accord") == "l'accord"
#pragma once

#include <string>
#include <string_view>

namespace talign {

// NFKD, drop combining marks, Unicode case folding, typographic apostrophes → '.
// Thread-safe; allocation only for the result.
std::string FoldForMatch(std::string_view text);

// FoldForMatch computed by ICU alone: the reference its faster table path must equal.
std::string FoldForMatchIcu(std::string_view text);

// Case folding only (accents kept), for case-insensitive but accent-sensitive matching.
std::string FoldCase(std::string_view text);

// A-Z lowered, every other byte kept: byte offsets stay those of `text`.
std::string LowerAscii(std::string_view text);

// The title-case form of a word in capitals ("TALIBAN" → "Taliban", "ÉTATS" → "États"),
// or "" when `word` has a lower-case letter or fewer than two letters: a headline in
// capitals says nothing of how its words are written elsewhere.
std::string TitleCaseOfCapitals(std::string_view word);

}  // namespace talign
