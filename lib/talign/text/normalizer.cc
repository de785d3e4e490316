#include "talign/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace talign {
namespace {

bool IsApostrophe(UChar32 c) { return c == 0x2019 || c == 0x02BC || c == 0x2018; }

std::string FoldWithIcu(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = nfkd->normalize(text, status);
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

// The ICU fold of every character of European text outside ASCII: all two-byte UTF-8
// characters (U+0080..U+07FF: Latin-1 signs such as « » ° NBSP, accented letters, Greek,
// Cyrillic) and U+2000..U+20FF (dashes, quotes, spaces, ellipsis, €). The fold is one
// character at a time (NFKD only reorders combining marks, and those are dropped), so a
// text of these folds to the concatenation of their folds, taken from ICU itself.
class FoldTable {
 public:
  FoldTable() {
    for (UChar32 c = 0x80; c < 0x800; ++c) two_byte_[c - 0x80] = FoldWithIcu(icu::UnicodeString(c));
    for (UChar32 c = 0x2000; c < 0x2100; ++c)
      punctuation_[c - 0x2000] = FoldWithIcu(icu::UnicodeString(c));
  }

  // The fold of the character at `text[*i]`, moving `*i` past it; nullptr when the
  // character is outside the table or ill-formed.
  const std::string* At(std::string_view text, std::size_t* i) const {
    auto byte = [&](std::size_t k) {
      return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
    };
    auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    unsigned char lead = byte(*i), next = byte(*i + 1);
    if (lead >= 0xC2 && lead <= 0xDF && continuation(next)) {
      *i += 2;
      return &two_byte_[((lead & 0x1F) << 6 | (next & 0x3F)) - 0x80];
    }
    unsigned char last = byte(*i + 2);
    if (lead == 0xE2 && next >= 0x80 && next <= 0x83 && continuation(last)) {
      *i += 3;
      return &punctuation_[(next & 0x3F) << 6 | (last & 0x3F)];
    }
    return nullptr;
  }

 private:
  std::array<std::string, 0x800 - 0x80> two_byte_;
  std::array<std::string, 0x100> punctuation_;
};

char LowerAsciiChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lowers `text` in place up to its first byte outside ASCII; returns that byte's offset. An
// ASCII text is then folded: NFKD changes nothing in it, no character is a mark, and case
// folding is A-Z → a-z, so ICU's UTF-16 round trip would give the same bytes.
std::size_t LowerAsciiPrefix(std::string* text) {
  char* bytes = text->data();
  std::size_t size = text->size(), i = 0;
  for (; i < size && static_cast<unsigned char>(bytes[i]) < 0x80; ++i) {
    bytes[i] = LowerAsciiChar(bytes[i]);
  }
  return i;
}

// Appends the fold of `text` to `out` when it is ASCII and characters of the table, as
// French, German and English text nearly always is. False: use ICU.
bool AppendFoldByTable(std::string_view text, std::string* out) {
  static const FoldTable table;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out->push_back(LowerAsciiChar(text[i++]));
      continue;
    }
    const std::string* folded = table.At(text, &i);
    if (folded == nullptr) return false;
    out->append(*folded);
  }
  return true;
}

}  // namespace

// Most tokens are ASCII: copied and lowered in place, they need neither the table nor ICU.
std::string FoldForMatch(std::string_view text) {
  std::string out(text);
  std::size_t ascii = LowerAsciiPrefix(&out);
  if (ascii == out.size()) return out;
  out.resize(ascii);
  if (!AppendFoldByTable(text.substr(ascii), &out)) out = FoldForMatchIcu(text);
  return out;
}

std::string FoldForMatchIcu(std::string_view text) {
  return FoldWithIcu(
      icu::UnicodeString::fromUTF8({text.data(), static_cast<int32_t>(text.size())}));
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = LowerAsciiChar(c);
  return out;
}

std::string FoldCase(std::string_view text) {
  if (std::string ascii(text); LowerAsciiPrefix(&ascii) == ascii.size()) return ascii;
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
