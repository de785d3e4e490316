#include "talign/text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <vector>

namespace talign {
namespace {

UChar32 CodePointAt(std::string_view text, std::size_t offset, std::size_t* next) {
  int32_t i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(i);
  return c;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsGroupSpace(UChar32 c) { return c == ' ' || c == 0x00A0 || c == 0x202F; }

// What a token's first character tells: white space (no token) or the token's kind.
struct Lead {
  bool space = false;
  TokenKind kind = TokenKind::kPunct;
};

// Lead from ICU's character properties.
Lead IcuLeadOf(UChar32 c) {
  Lead lead;
  lead.space = u_isUWhiteSpace(c);
  if (u_isdigit(c))
    lead.kind = TokenKind::kNumber;
  else if (u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC))
    lead.kind = TokenKind::kWord;
  return lead;
}

// IcuLeadOf, looked up for ASCII: most characters of most texts.
Lead LeadOf(UChar32 c) {
  static const std::array<Lead, 0x80> kAscii = [] {
    std::array<Lead, 0x80> leads;
    for (UChar32 a = 0; a < 0x80; ++a) leads[static_cast<std::size_t>(a)] = IcuLeadOf(a);
    return leads;
  }();
  return c >= 0 && c < 0x80 ? kAscii[static_cast<std::size_t>(c)] : IcuLeadOf(c);
}

// The kind of a token that starts with `c`.
TokenKind KindOf(UChar32 c) { return LeadOf(c).kind; }

TokenKind KindOf(std::string_view text, ByteRange range) {
  std::size_t next;
  return KindOf(CodePointAt(text, range.begin, &next));
}

void Push(std::string_view text, ByteRange range, TokenKind kind, std::vector<Token>* out) {
  out->push_back({range, text.substr(range.begin, range.size()), kind});
}

void Push(std::string_view text, ByteRange range, std::vector<Token>* out) {
  Push(text, range, KindOf(text, range), out);
}

// True when `word` has a byte that starts an apostrophe (' U+2019 U+02BC).
bool MayHoldApostrophe(std::string_view word) {
  for (char c : word) {
    if (c == '\'' || c == '\xE2' || c == '\xCA') return true;
  }
  return false;
}

// Emits a word (its first character a letter), split at inner apostrophes ("l'accord" →
// "l", "accord"). Most words have none, and are one token found without decoding them.
void PushWord(std::string_view text, ByteRange range, std::vector<Token>* out) {
  if (!MayHoldApostrophe(text.substr(range.begin, range.size()))) {
    Push(text, range, TokenKind::kWord, out);
    return;
  }
  std::size_t start = range.begin;
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (IsApostrophe(c)) {
      if (i > start) Push(text, {start, i}, out);
      start = next;
    }
    i = next;
  }
  if (range.end > start) Push(text, {start, range.end}, out);
}

// Emits a number, split at an apostrophe that does not group thousands: "6'7" (feet and
// inches) is "6", "'", "7"; Swiss "1'000'000" stays one number.
void PushNumber(std::string_view text, ByteRange range, std::vector<Token>* out) {
  std::size_t start = range.begin;
  for (std::size_t i = range.begin, next; i < range.end; i = next) {
    if (!IsApostrophe(CodePointAt(text, i, &next))) continue;
    std::size_t digits = next;
    while (digits < range.end && u_isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits - next == 3) continue;
    Push(text, {start, i}, out);
    Push(text, {i, next}, out);
    start = next;
  }
  Push(text, {start, range.end}, out);
}

// True when `space_begin..` is one group space followed by exactly three digits and a
// non-digit: the "000" of "5 000".
bool IsDigitGroupAfter(std::string_view text, std::size_t space_begin, std::size_t* group_end) {
  std::size_t next;
  if (space_begin >= text.size() || !IsGroupSpace(CodePointAt(text, space_begin, &next)))
    return false;
  std::size_t end = next;
  while (end < text.size() && end - next < 4 && u_isdigit(static_cast<unsigned char>(text[end])))
    ++end;
  if (end - next != 3) return false;
  *group_end = end;
  return true;
}

// True when `number` can take another digit group: its leading group has one to three
// digits and nothing but group spaces follows ("5", "12 345"), unlike "2020" or "3,5".
bool CanTakeDigitGroup(std::string_view number) {
  std::size_t lead = 0;
  while (lead < number.size() && u_isdigit(static_cast<unsigned char>(number[lead]))) ++lead;
  std::size_t unused;
  return lead >= 1 && lead <= 3 &&
         (lead == number.size() || IsGroupSpace(CodePointAt(number, lead, &unused)));
}

// Building a word BreakIterator costs more than tokenising a sentence with it: one per
// thread, reset by setText on each call.
icu::BreakIterator* WordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_FAILURE(status) ? nullptr : std::move(made);
  }();
  return words.get();
}

// `text` in UTF-16, for ICU's break iterator (faster over UTF-16 than over UTF-8): its
// first `length` units, and the byte offset in `text` of each unit's code point, then of
// the end. One per thread, reused from text to text: it saves two allocations a text and
// keeps the iterator's view of the text valid between calls.
struct Utf16Text {
  std::vector<UChar> units;
  std::vector<std::size_t> bytes;
  std::size_t length = 0;
};

// Texts longer than this release the per-thread buffers once tokenised.
constexpr std::size_t kKeptBufferBytes = std::size_t{1} << 20;

// Decodes as ICU's UTF-8 UText does (an ill-formed sequence is one U+FFFD), so that the
// word boundaries are those of the UTF-8 text.
void ToUtf16(std::string_view text, Utf16Text* out) {
  out->units.resize(text.size());  // a code point has no more UTF-16 units than bytes
  out->bytes.resize(text.size() + 1);
  UChar* units = out->units.data();
  std::size_t* bytes = out->bytes.data();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  std::size_t n = 0;
  for (int32_t i = 0; i < size;) {
    const auto start = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, size, c);
    if (!U_IS_BMP(c)) {
      bytes[n] = start;
      units[n++] = U16_LEAD(c);
      c = U16_TRAIL(c);
    }
    bytes[n] = start;
    units[n++] = static_cast<UChar>(c);
  }
  bytes[n] = text.size();
  out->length = n;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  icu::BreakIterator* words = WordIterator();
  if (words == nullptr) return {};
  // Grown once per thread, then copied out at its size: no reallocation as tokens come.
  thread_local std::vector<Token> tokens;
  tokens.clear();
  thread_local Utf16Text utf16;
  ToUtf16(text, &utf16);
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, utf16.units.data(), static_cast<int64_t>(utf16.length), &status);
  words->setText(&utext, status);
  std::size_t begin = utf16.bytes[static_cast<std::size_t>(words->first())];
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    ByteRange range{begin, utf16.bytes[static_cast<std::size_t>(end)]};
    begin = range.end;
    std::size_t unused;
    const Lead lead = LeadOf(CodePointAt(text, range.begin, &unused));
    if (lead.space) continue;
    const TokenKind kind = lead.kind;
    if (kind == TokenKind::kWord) {
      PushWord(text, range, &tokens);
      continue;
    }
    bool group_continues =
        kind == TokenKind::kNumber && !tokens.empty() && tokens.back().kind == TokenKind::kNumber &&
        CanTakeDigitGroup(tokens.back().text) &&
        IsDigitGroupAfter(text, tokens.back().range.end, &unused) && unused == range.end;
    if (group_continues) {
      tokens.back().range.end = range.end;
      tokens.back().text = text.substr(tokens.back().range.begin, tokens.back().range.size());
    } else if (kind == TokenKind::kNumber) {
      PushNumber(text, range, &tokens);
    } else {
      Push(text, range, kind, &tokens);
    }
  }
  utext_close(&utext);
  std::vector<Token> out(tokens.begin(), tokens.end());
  // A text of a whole file (one unbroken line) must not keep ten times its size resident.
  if (text.size() > kKeptBufferBytes) {
    utf16 = {};
    tokens = {};
  }
  return out;
}

}  // namespace talign
