#include "talign/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace talign {
namespace {

bool IsApostrophe(UChar32 c) { return c == 0x2019 || c == 0x02BC || c == 0x2018; }

// Most words of fr/en text are ASCII, where NFKD changes nothing, no character is a mark,
// and case folding is A-Z → a-z: the same result as ICU without its UTF-16 round trip.
bool LowerIfAscii(std::string_view text, std::string* out) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  out->assign(text);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return true;
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  if (std::string ascii; LowerIfAscii(text, &ascii)) return ascii;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed =
      nfkd->normalize(icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())}), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(IsApostrophe(c) ? UChar32('\'') : c);
  }
  out.foldCase();
  std::string result;
  return out.toUTF8String(result);
}

std::string FoldCase(std::string_view text) {
  if (std::string ascii; LowerIfAscii(text, &ascii)) return ascii;
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())});
  s.foldCase();
  std::string result;
  return s.toUTF8String(result);
}

}  // namespace talign
