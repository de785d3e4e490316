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
  *out = LowerAscii(text);
  return true;
}

// FoldForMatch of U+00C0..U+00FF (UTF-8 C3 80..BF): the base letter, lower case; letters
// without a decomposition folded ("Æ" → "æ", "ß" → "ss"); nullptr for × and ÷, left to ICU.
// Checked against the ICU path for every code point of the range.
constexpr const char* kLatin1Folded[64] = {
    "a", "a", "a", "a", "a", "a", "æ", "c",     "e", "e", "e", "e", "i", "i", "i", "i",
    "ð", "n", "o", "o", "o", "o", "o", nullptr, "ø", "u", "u", "u", "u", "y", "þ", "ss",
    "a", "a", "a", "a", "a", "a", "æ", "c",     "e", "e", "e", "e", "i", "i", "i", "i",
    "ð", "n", "o", "o", "o", "o", "o", nullptr, "ø", "u", "u", "u", "u", "y", "þ", "y"};

// The next character of `text` at `*i` folded by the table above, œ/Œ or a typographic
// apostrophe; nullptr for anything else.
const char* FoldLatinAt(std::string_view text, std::size_t* i) {
  auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  unsigned char lead = byte(*i), next = byte(*i + 1);
  if (lead == 0xC3 && next >= 0x80 && next <= 0xBF) {
    *i += 2;
    return kLatin1Folded[next - 0x80];
  }
  if (lead == 0xC5 && (next == 0x92 || next == 0x93)) {  // Œ œ
    *i += 2;
    return "œ";
  }
  if (lead == 0xE2 && next == 0x80 && (byte(*i + 2) == 0x98 || byte(*i + 2) == 0x99)) {
    *i += 3;  // ‘ ’
    return "'";
  }
  return nullptr;
}

// French and English words are ASCII or Latin-1 letters (plus œ and ’) nearly always: those
// fold without ICU's UTF-16 round trip, to the same bytes. False: use ICU.
bool FoldLatin(std::string_view text, std::string* out) {
  out->clear();
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      ++i;
      continue;
    }
    const char* folded = FoldLatinAt(text, &i);
    if (folded == nullptr) return false;
    out->append(folded);
  }
  return true;
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  if (std::string latin; FoldLatin(text, &latin)) return latin;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = nfkd->normalize(
      icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())}), status);
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

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string FoldCase(std::string_view text) {
  if (std::string ascii; LowerIfAscii(text, &ascii)) return ascii;
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())});
  s.foldCase();
  std::string result;
  return s.toUTF8String(result);
}

std::string TitleCaseOfCapitals(std::string_view word) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8({word.data(), static_cast<int32_t>(word.size())});
  int letters = 0;
  for (int32_t k = 0; k < s.length(); k = s.moveIndex32(k, 1)) {
    UChar32 c = s.char32At(k);
    if (u_islower(c)) return "";
    letters += u_isalpha(c) ? 1 : 0;
  }
  if (letters < 2) return "";
  int32_t first = s.moveIndex32(0, 1);
  icu::UnicodeString title(u_totitle(s.char32At(0)));
  title.append(s.tempSubString(first).toLower());
  std::string result;
  return title.toUTF8String(result);
}

}  // namespace talign
