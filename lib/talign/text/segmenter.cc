#include "talign/text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
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

// A candidate ICU does not propose at byte `i`: after "…", in glued "world.Today", before a
// sentence that opens with a number ("Esitjeni. 70 of these") or a dash ("hablo. - Oh"),
// before a list item.
std::optional<Candidate> RuleCandidateAt(std::string_view flat, std::size_t i, std::size_t begin,
                                         QuoteParity* quotes) {
  char c = flat[i];
  if (c == '.' || c == '?' || c == '!') {
    if (IsGluedBoundary(flat, i + 1)) return Candidate{i + 1, Source::kPunctuation};
    std::size_t next = SkipClosingPunctuation(flat, i + 1, quotes->OpenAt(i + 1));
    bool spaced = next > i + 1 && next < flat.size();
    bool digit = spaced && flat[next] >= '0' && flat[next] <= '9';
    bool dash = spaced && SkipDash(flat, next) != next;  // ICU joins ". - ¿Qué": a dialogue
    return digit || dash ? std::optional<Candidate>({next, Source::kPunctuation}) : std::nullopt;
  }
  if (c == '\xE2' && flat.compare(i, 3, "\u2026") == 0) {
    return Candidate{SkipClosingPunctuation(flat, i + 3, quotes->OpenAt(i + 3)),
                     Source::kPunctuation};
  }
  if (i > begin && IsAsciiSpace(flat[i - 1]) && ListMarkerEnd(flat, i, false)) {
    return Candidate{i, Source::kListItem};
  }
  return std::nullopt;
}

void AddRuleCandidates(std::string_view flat, ByteRange paragraph, std::vector<Candidate>* out) {
  QuoteParity quotes(flat, paragraph.begin);
  for (std::size_t i = paragraph.begin; i < paragraph.end; ++i) {
    if (std::optional<Candidate> c = RuleCandidateAt(flat, i, paragraph.begin, &quotes))
      out->push_back(*c);
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

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  SegmentationRules rules;
  UText* utext = nullptr;    // reused from paragraph to paragraph
  std::vector<UChar> utf16;  // the paragraph ICU reads

  ~Impl() { utext_close(utext); }

  void AddIcuCandidates(std::string_view flat, ByteRange paragraph, std::vector<Candidate>* out);
  bool IsBoundary(std::string_view flat, std::size_t sentence_begin, const Candidate& c) const;
  void SplitParagraph(std::string_view text, std::string_view flat, ByteRange paragraph,
                      std::size_t paragraph_index, std::vector<Segment>* out);
};

// ICU walks UTF-16 text much faster than UTF-8 text: the paragraph is converted once, and
// its boundaries (UTF-16 offsets) are mapped back to bytes as they come, in one forward pass.
void Segmenter::Impl::AddIcuCandidates(std::string_view flat, ByteRange paragraph,
                                       std::vector<Candidate>* out) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t units = 0;
  utf16.resize(paragraph.size() + 1);  // never more UTF-16 units than UTF-8 bytes
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &units,
                flat.data() + paragraph.begin, static_cast<int32_t>(paragraph.size()), &status);
  utext = utext_openUChars(utext, utf16.data(), units, &status);
  sentences->setText(utext, status);
  if (U_FAILURE(status)) throw Error(ErrorKind::kData, std::string("ICU: ") + u_errorName(status));
  QuoteParity quotes(flat, paragraph.begin);
  std::size_t pos = paragraph.begin;
  int32_t unit = 0;  // the UTF-16 offset of byte `pos`
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
    while (unit < b) {  // counts lead bytes; a 4-byte sequence is 2 units
      auto byte = static_cast<unsigned char>(flat[pos++]);
      unit += ((byte & 0xC0) != 0x80) + (byte >= 0xF0);
    }
    while (pos < paragraph.end && (flat[pos] & 0xC0) == 0x80) ++pos;  // the last one's tail
    out->push_back({SkipClosingPunctuation(flat, pos, quotes.OpenAt(pos)), Source::kPunctuation});
  }
}

bool Segmenter::Impl::IsBoundary(std::string_view flat, std::size_t sentence_begin,
                                 const Candidate& c) const {
  switch (c.source) {
    case Source::kPunctuation:
      return !ContinuesSentence(flat, sentence_begin, c.pos, rules);
    case Source::kListItem:
      return StartsNextListItem(flat, sentence_begin, c.pos);
    case Source::kLine:
      return true;
  }
  return false;
}

void Segmenter::Impl::SplitParagraph(std::string_view text, std::string_view flat,
                                     ByteRange paragraph, std::size_t paragraph_index,
                                     std::vector<Segment>* out) {
  std::vector<Candidate> candidates;
  std::string_view bounded = flat.substr(0, paragraph.end);  // rules look no further
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
}

Segmenter::~Segmenter() = default;

std::vector<Segment> Segmenter::Split(std::string_view text,
                                      const SegmenterOptions& options) const {
  if (options.presegmented) return SplitLines(text);
  // Line breaks become spaces (one byte for one, so offsets hold): ICU would end a sentence
  // at each, but inside a paragraph they only wrap lines.
  std::string flat(text);
  for (char end : {'\n', '\r'}) {
    for (char* p = flat.data();
         (p = static_cast<char*>(std::memchr(p, end, flat.data() + flat.size() - p)));)
      *p = ' ';
  }
  std::vector<Segment> segments;
  std::vector<ByteRange> paragraphs = Paragraphs(text);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    impl_->SplitParagraph(text, flat, paragraphs[i], i, &segments);
  }
  return segments;
}

}  // namespace talign
