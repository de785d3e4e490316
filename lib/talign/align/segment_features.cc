#include "talign/align/segment_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string_view>
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

constexpr std::uint32_t kNoId = UINT32_MAX;

// What one side's token texts give, worked out once per distinct text: running text
// repeats its words. Keys view the segments' text, alive while the features are extracted.
class TokenTypes {
 public:
  struct Type {
    std::string folded;          // FoldForMatch
    std::uint32_t word = kNoId;  // word id; none for punctuation
    // The anchor id of its TokenKey where it neither opens a segment nor is in a heading,
    // once `keyed`: worked out at its first such occurrence, so that anchor ids come in
    // the order of the keys' first occurrence, as interning AnchorKeys would give them.
    std::uint32_t anchor = kNoId;
    bool keyed = false;
  };

  TokenTypes(const NumberWords& numbers, Interner* anchors, Interner* words)
      : numbers_(numbers), anchors_(anchors), words_(words) {}

  Type& Of(const Token& token) {
    auto [it, added] = types_.try_emplace(token.text);
    if (added) {
      it->second.folded = FoldForMatch(token.text);
      if (token.kind != TokenKind::kPunct) it->second.word = words_->Id(it->second.folded);
    }
    return it->second;
  }

  // The anchor id of `token` of type `type`, kNoId for none. `first`, `heading`: TokenKey's.
  std::uint32_t Anchor(const Token& token, Type& type, bool first, bool heading) {
    if (first || heading) return AnchorId(TokenKey(token, type.folded, first, heading, numbers_));
    if (!type.keyed) {
      type.anchor = AnchorId(TokenKey(token, type.folded, false, false, numbers_));
      type.keyed = true;
    }
    return type.anchor;
  }

  std::uint32_t AnchorId(const std::string& key) { return key.empty() ? kNoId : anchors_->Id(key); }

 private:
  const NumberWords& numbers_;
  Interner* anchors_;
  Interner* words_;
  std::unordered_map<std::string_view, Type> types_;
};

// The anchor ids of AnchorKeys(tokens, …) and the word ids of the words, in their order.
void AddIds(const std::vector<Token>& tokens, const LexiconSide& lexicon,
            const std::vector<std::string>& turn_marks, TokenTypes* types, SegmentFeatures* f) {
  std::vector<std::uint32_t> anchors;  // copied at its size: segments keep theirs all along
  anchors.reserve(tokens.size());
  // At its size: the features of every segment live through the whole alignment.
  f->words.reserve(static_cast<std::size_t>(std::count_if(
      tokens.begin(), tokens.end(), [](const Token& t) { return t.kind != TokenKind::kPunct; })));
  if (OpensTurn(tokens, turn_marks)) anchors.push_back(types->AnchorId("T"));
  const bool heading = IsHeading(tokens);
  std::vector<std::string_view> folded;  // for the lexicon's terms
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    TokenTypes::Type& type = types->Of(tokens[i]);
    if (type.word != kNoId) f->words.push_back(type.word);
    const std::uint32_t anchor = types->Anchor(tokens[i], type, i == 0, heading);
    if (anchor != kNoId) anchors.push_back(anchor);
    if (!lexicon.empty()) folded.push_back(type.folded);
  }
  std::vector<std::string> lexicon_keys;
  AddLexiconKeys(folded, lexicon, &lexicon_keys);
  for (const std::string& key : lexicon_keys) anchors.push_back(types->AnchorId(key));
  std::sort(anchors.begin(), anchors.end());
  f->anchors.assign(anchors.begin(), anchors.end());
}

SegmentFeatures Features(const Segment& segment, const LexiconSide& lexicon,
                         const SideLanguage& language, TokenTypes* types) {
  SegmentFeatures f;
  f.chars = CodePoints(segment.text);
  f.ends_clause = EndsClause(segment.text, language.marks);
  f.furniture = IsPageFurniture(segment.text);
  std::vector<Token> tokens = Tokenize(segment.text);
  f.continues = StartsLowercase(tokens);
  f.inner_clauses = InnerClauses(tokens, language.marks);
  AddIds(tokens, lexicon, language.marks.turn, types, &f);
  return f;
}

std::vector<SegmentFeatures> SideFeatures(const std::vector<Segment>& segments,
                                          const LexiconSide& lexicon, const SideLanguage& language,
                                          Interner* anchors, Interner* words, std::size_t* chars) {
  TokenTypes types(language.numbers, anchors, words);
  std::vector<SegmentFeatures> out;
  out.reserve(segments.size());
  for (const Segment& s : segments) {
    out.push_back(Features(s, lexicon, language, &types));
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
