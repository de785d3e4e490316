#include "talign/align/segment_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "talign/align/anchor_keys.h"
#include "talign/text/normalizer.h"
#include "talign/text/page_furniture.h"
#include "talign/text/segmentation_rules.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

class Interner {
 public:
  // Looks up first: emplace would build (allocate and copy) a node for every token.
  std::uint32_t Id(const std::string& key) {
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    auto id = static_cast<std::uint32_t>(ids_.size());
    ids_.emplace(key, id);
    keys_.push_back(key);
    return id;
  }
  std::size_t size() const { return ids_.size(); }
  std::vector<std::string> TakeKeys() { return std::move(keys_); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> keys_;  // by id
};

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::size_t InnerClauses(const std::vector<Token>& tokens, const PunctuationMarks& marks) {
  auto last_word = std::find_if(tokens.rbegin(), tokens.rend(),
                                [](const Token& t) { return t.kind != TokenKind::kPunct; });
  return static_cast<std::size_t>(
      std::count_if(tokens.begin(), last_word.base(), [&](const Token& t) {
        return t.kind == TokenKind::kPunct && marks.Is(t.text, PunctuationRole::kClause);
      }));
}

// The language knowledge of one side: number words and turn marks for its anchors
// (AnchorKeys), punctuation for its clauses.
struct SideLanguage {
  const NumberWords& numbers;
  const PunctuationMarks& marks;
};

SegmentFeatures Features(const Segment& segment, const LexiconSide& lexicon,
                         const SideLanguage& language, Interner* anchors, Interner* words) {
  SegmentFeatures f;
  f.chars = CodePoints(segment.text);
  f.ends_clause = EndsClause(segment.text, language.marks);
  f.furniture = IsPageFurniture(segment.text);
  std::vector<Token> tokens = Tokenize(segment.text);
  f.continues = StartsLowercase(tokens);
  f.inner_clauses = InnerClauses(tokens, language.marks);
  std::vector<std::string> folded;  // each token's, for its anchor key and its word id
  folded.reserve(tokens.size());
  for (const Token& t : tokens) folded.push_back(FoldForMatch(t.text));
  std::vector<std::string> keys =
      AnchorKeys(tokens, folded, lexicon, language.numbers, language.marks.turn);
  f.anchors.reserve(keys.size());
  for (const std::string& key : keys) f.anchors.push_back(anchors->Id(key));
  std::sort(f.anchors.begin(), f.anchors.end());
  f.words.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kPunct) f.words.push_back(words->Id(folded[i]));
  }
  return f;
}

std::vector<SegmentFeatures> SideFeatures(const std::vector<Segment>& segments,
                                          const LexiconSide& lexicon, const SideLanguage& language,
                                          Interner* anchors, Interner* words, std::size_t* chars) {
  std::vector<SegmentFeatures> out;
  out.reserve(segments.size());
  for (const Segment& s : segments) {
    out.push_back(Features(s, lexicon, language, anchors, words));
    *chars += out.back().chars;
  }
  return out;
}

}  // namespace

bool StartsLowercase(const std::vector<Token>& tokens) {
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kPunct) continue;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.text.data()), i, static_cast<int32_t>(t.text.size()),
            c);
    return u_islower(c);
  }
  return false;
}

BitextFeatures ExtractFeatures(const std::vector<Segment>& src, const std::vector<Segment>& tgt,
                               const std::vector<std::pair<std::string, std::string>>& lexicon,
                               const NumberWords& src_numbers, const NumberWords& tgt_numbers,
                               const PunctuationMarks& src_marks,
                               const PunctuationMarks& tgt_marks) {
  auto [src_lexicon, tgt_lexicon] = FoldLexicon(lexicon);
  Interner anchors, src_words, tgt_words;
  BitextFeatures f;
  f.src =
      SideFeatures(src, src_lexicon, {src_numbers, src_marks}, &anchors, &src_words, &f.src_chars);
  f.tgt =
      SideFeatures(tgt, tgt_lexicon, {tgt_numbers, tgt_marks}, &anchors, &tgt_words, &f.tgt_chars);
  f.anchor_count = anchors.size();
  for (const std::string& key : anchors.TakeKeys()) f.number_anchor.push_back(IsNumberKey(key));
  f.src_vocabulary = src_words.size();
  f.tgt_vocabulary = tgt_words.size();
  f.src_words = src_words.TakeKeys();
  f.tgt_words = tgt_words.TakeKeys();
  return f;
}

}  // namespace talign
