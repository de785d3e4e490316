#include "talign/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace talign {
namespace {

bool IsApostrophe(UChar32 c) { return c == 0x2019 || c == 0x02BC || c == 0x2018; }

}  // namespace

std::string FoldForMatch(std::string_view text) {
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
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())});
  s.foldCase();
  std::string result;
  return s.toUTF8String(result);
}

}  // namespace talign
