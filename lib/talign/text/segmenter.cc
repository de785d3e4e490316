#include "talign/text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include "talign/base/error.h"
#include "talign/text/line_structure.h"
#include "talign/text/segmentation_rules.h"

namespace talign {
namespace {

// How a boundary candidate is checked depends on where it comes from.
enum class Source {
  kPunctuation,  // after sentence-final punctuation: ICU's, "…", glued "world.Today"
  kListItem,     // before an item marker ("2.") when the sentence opens with one ("1.")
  kLine,         // a line of a list: a bulleted line, or any line of a list paragraph
};

struct Candidate {
  std::size_t pos;
  Source source;
  bool operator<(const Candidate& other) const { return pos < other.pos; }
};

// A paragraph line of at most this many words, not ending in punctuation, reads as a list
// item ("features\ncontact manager\n"); longer lines are hard-wrapped prose.
constexpr int kMaxListLineWords = 4;

constexpr std::uint64_t kHighBits = 0x8080808080808080u;  // bit 7 of eight bytes

bool IsAsciiSpace(char c) {
  return static_cast<unsigned char>(c) <= ' ' &&
         (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f');
}

// The segment text: runs of ASCII white space become one space. NBSP and NNBSP are kept:
// they are typography ("5 000", "« Oui »"), not layout.
std::string Collapse(std::string_view text, ByteRange range) {
  std::string out(range.size(), ' ');
  char* begin = out.data();
  char* w = begin;
  for (std::size_t i = range.begin; i < range.end; ++i) {
    char c = text[i];
    if (!IsAsciiSpace(c)) {
      *w++ = c;
    } else if (w == begin || w[-1] != ' ') {
      *w++ = ' ';
    }
  }
  out.resize(static_cast<std::size_t>(w - begin));
  return out;
}

// Presegmented text: one segment per line, empty lines included; an empty line ends a paragraph.
std::vector<Segment> SplitLines(std::string_view text) {
  std::vector<Segment> segments;
  std::size_t paragraph = 0;
  for (ByteRange line : Lines(text, {0, text.size()})) {
    ByteRange range = Trim(text, line);
    segments.push_back({segments.size(), paragraph, range, Collapse(text, range)});
    if (range.size() == 0) ++paragraph;
  }
  return segments;
}

// True when every line of the paragraph is a few words ending in a letter or digit.
bool IsListParagraph(std::string_view text, const std::vector<ByteRange>& lines) {
  auto is_item = [&](ByteRange line) {
    ByteRange content = Trim(text, line);
    std::string_view s = text.substr(content.begin, content.size());
    int32_t end = static_cast<int32_t>(s.size());
    UChar32 last = 0;
    if (end > 0) U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, end, last);
    return u_isalnum(last) && std::count(s.begin(), s.end(), ' ') < kMaxListLineWords;
  };
  return lines.size() > 1 && std::all_of(lines.begin(), lines.end(), is_item);
}

// Counts '"' from the paragraph start up to a position that only moves forward, to tell a
// closing '"' from an opening one.
class QuoteParity {
 public:
  QuoteParity(std::string_view text, std::size_t begin) : text_(text), pos_(begin) {}
  bool OpenAt(std::size_t pos) {
    while (pos_ < pos) {
      const void* quote = std::memchr(text_.data() + pos_, '"', pos - pos_);
      if (quote == nullptr) {
        pos_ = pos;
      } else {
        open_ = !open_;
        pos_ = static_cast<std::size_t>(static_cast<const char*>(quote) - text_.data()) + 1;
      }
    }
    return open_;
  }

 private:
  std::string_view text_;
  std::size_t pos_;
  bool open_ = false;
};

// The bytes that can announce a rule candidate: sentence punctuation, the first byte of "…",
// and white space (a list item may follow). Every other byte is skipped at one test.
constexpr std::array<bool, 256> kTriggers = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '?', '!', '\xE2', ' ', '\t', '\n', '\r', '\v', '\f'}) t[c] = true;
  return t;
}();

// A candidate ICU does not propose after the punctuation at byte `i`: after "…", in glued
// "world.Today", before a sentence that opens with a number ("Esitjeni. 70 of these"), a
// dash ("hablo. - Oh") or a handle ("d'accord. @gus Je"), where ICU sees no sentence start.
std::optional<Candidate> PunctuationCandidateAt(std::string_view text, std::size_t i,
                                                QuoteParity* quotes) {
  char c = text[i];
  if (c == '.' || c == '?' || c == '!') {
    if (IsGluedBoundary(text, i + 1)) return Candidate{i + 1, Source::kPunctuation};
    std::size_t next = SkipClosingPunctuation(text, i + 1, quotes->OpenAt(i + 1));
    bool spaced = next > i + 1 && next < text.size();
    bool digit = spaced && text[next] >= '0' && text[next] <= '9';
    bool handle = spaced && text[next] == '@';           // a reply in web comments
    bool dash = spaced && SkipDash(text, next) != next;  // ICU joins ". - ¿Qué": a dialogue
    return digit || handle || dash ? std::optional<Candidate>({next, Source::kPunctuation})
                                   : std::nullopt;
  }
  if (text.compare(i, 3, "\u2026") == 0) {
    return Candidate{SkipClosingPunctuation(text, i + 3, quotes->OpenAt(i + 3)),
                     Source::kPunctuation};
  }
  return std::nullopt;
}

// Rule candidates: after punctuation, and before a list item that follows white space.
void AddRuleCandidates(std::string_view text, ByteRange paragraph, std::vector<Candidate>* out) {
  QuoteParity quotes(text, paragraph.begin);
  for (std::size_t i = paragraph.begin; i < paragraph.end; ++i) {
    if (!kTriggers[static_cast<unsigned char>(text[i])]) continue;
    if (IsAsciiSpace(text[i])) {
      if (i + 1 < paragraph.end && MayOpenListMarker(text, i + 1) &&
          ListMarkerEnd(text, i + 1, false))
        out->push_back({i + 1, Source::kListItem});
    } else if (std::optional<Candidate> c = PunctuationCandidateAt(text, i, &quotes)) {
      out->push_back(*c);
    }
  }
}

// Lines of a list paragraph, and lines that open with a bullet or an item number.
void AddLineCandidates(std::string_view text, ByteRange paragraph, std::vector<Candidate>* out) {
  std::vector<ByteRange> lines = Lines(text, paragraph);
  bool list = IsListParagraph(text, lines);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::size_t start = Trim(text, lines[i]).begin;
    if (list || ListMarkerEnd(text, start, true)) out->push_back({start, Source::kLine});
  }
}

// The language's sentence marks that ICU does not take for one (Greek ";"), as single
// UTF-16 units: the paragraph ICU reads has them written '?', which keeps every offset.
std::vector<UChar> MarksIcuMisses(const PunctuationMarks& marks) {
  std::vector<UChar> misses;
  for (const std::string& mark : marks.sentence) {
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(mark.data()), i, static_cast<int32_t>(mark.size()), c);
    if (static_cast<std::size_t>(i) == mark.size() && c >= 0 && c <= 0xFFFF &&
        !u_hasBinaryProperty(c, UCHAR_S_TERM))
      misses.push_back(static_cast<UChar>(c));
  }
  return misses;
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  SegmentationRules rules;
  std::vector<UChar> icu_misses;  // MarksIcuMisses(rules.marks)
  UText* utext = nullptr;         // reused from paragraph to paragraph
  std::vector<UChar> utf16;       // the paragraph ICU reads

  ~Impl() { utext_close(utext); }

  void AddIcuCandidates(std::string_view text, ByteRange paragraph, std::vector<Candidate>* out);
  bool IsBoundary(std::string_view text, std::size_t sentence_begin, const Candidate& c) const;
  void SplitParagraph(std::string_view text, ByteRange paragraph, std::size_t paragraph_index,
                      std::vector<Segment>* out);
};

// ICU walks UTF-16 text much faster than UTF-8 text: the paragraph is converted once, and
// its boundaries (UTF-16 offsets) are mapped back to bytes as they come, in one forward pass.
// Line breaks become spaces: ICU would end a sentence at each, but inside a paragraph they
// only wrap lines; the language's sentence marks that ICU misses become '?'.
void Segmenter::Impl::AddIcuCandidates(std::string_view text, ByteRange paragraph,
                                       std::vector<Candidate>* out) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t units = 0;
  utf16.resize(paragraph.size() + 1);  // never more UTF-16 units than UTF-8 bytes
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &units,
                text.data() + paragraph.begin, static_cast<int32_t>(paragraph.size()), &status);
  for (auto it = utf16.begin(); it != utf16.begin() + units; ++it) {
    UChar& c = *it;
    if (c == u'\n' || c == u'\r') c = u' ';
    if (std::find(icu_misses.begin(), icu_misses.end(), c) != icu_misses.end()) c = u'?';
  }
  utext = utext_openUChars(utext, utf16.data(), units, &status);
  sentences->setText(utext, status);
  if (U_FAILURE(status)) throw Error(ErrorKind::kData, std::string("ICU: ") + u_errorName(status));
  QuoteParity quotes(text, paragraph.begin);
  std::size_t pos = paragraph.begin;
  int32_t unit = 0;  // the UTF-16 offset of byte `pos`
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
    while (unit < b) {  // counts lead bytes; a 4-byte sequence is 2 units
      std::uint64_t chunk;
      if (b - unit >= 8 && pos + 8 <= paragraph.end &&
          (std::memcpy(&chunk, text.data() + pos, 8), (chunk & kHighBits) == 0)) {
        unit += 8;  // eight ASCII characters at once
        pos += 8;
        continue;
      }
      auto byte = static_cast<unsigned char>(text[pos++]);
      unit += ((byte & 0xC0) != 0x80) + (byte >= 0xF0);
    }
    while (pos < paragraph.end && (text[pos] & 0xC0) == 0x80) ++pos;  // the last one's tail
    out->push_back({SkipClosingPunctuation(text, pos, quotes.OpenAt(pos)), Source::kPunctuation});
  }
}

bool Segmenter::Impl::IsBoundary(std::string_view text, std::size_t sentence_begin,
                                 const Candidate& c) const {
  switch (c.source) {
    case Source::kPunctuation:
      return !ContinuesSentence(text, sentence_begin, c.pos, rules);
    case Source::kListItem:
      return StartsNextListItem(text, sentence_begin, c.pos);
    case Source::kLine:
      return true;
  }
  return false;
}

void Segmenter::Impl::SplitParagraph(std::string_view text, ByteRange paragraph,
                                     std::size_t paragraph_index, std::vector<Segment>* out) {
  std::vector<Candidate> candidates;
  std::string_view bounded = text.substr(0, paragraph.end);  // rules look no further
  AddIcuCandidates(bounded, paragraph, &candidates);
  AddRuleCandidates(bounded, paragraph, &candidates);
  AddLineCandidates(text, paragraph, &candidates);
  std::stable_sort(candidates.begin(), candidates.end());
  std::size_t begin = paragraph.begin;
  auto emit = [&](std::size_t end) {
    ByteRange range = Trim(text, {begin, end});
    if (range.size() > 0)
      out->push_back({out->size(), paragraph_index, range, Collapse(text, range)});
    begin = end;
  };
  for (const Candidate& c : candidates) {
    if (c.pos > begin && c.pos < paragraph.end && IsBoundary(bounded, begin, c)) emit(c.pos);
  }
  emit(paragraph.end);
}

Segmenter::Segmenter(const LanguageResources& resources) : impl_(std::make_unique<Impl>()) {
  const Language& language = resources.language();
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language.tag(), status);
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kData,
                "no sentence rules for `" + language.tag() + "`: " + u_errorName(status));
  }
  impl_->rules = SegmentationRules(resources);
  impl_->icu_misses = MarksIcuMisses(impl_->rules.marks);
}

Segmenter::~Segmenter() = default;

std::vector<Segment> Segmenter::Split(std::string_view text,
                                      const SegmenterOptions& options) const {
  if (options.presegmented) return SplitLines(text);
  std::vector<Segment> segments;
  std::vector<ByteRange> paragraphs = Paragraphs(text);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    impl_->SplitParagraph(text, paragraphs[i], i, &segments);
  }
  return segments;
}

}  // namespace talign
