#include "talign/qa/number_context.h"

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// The tokens an idiom is matched against: words and figures, folded, punctuation left out.
struct Words {
  std::vector<std::size_t> index;  // into tokens
  std::vector<std::string> folded;
};

Words WordsOf(const std::vector<Token>& tokens) {
  Words words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    words.index.push_back(i);
    words.folded.push_back(FoldForMatch(tokens[i].text));
  }
  return words;
}

bool Matches(const NumberIdiom& idiom, const Words& words, std::size_t at,
             const std::vector<Token>& tokens, const NumberLanguage& language) {
  if (at + idiom.words.size() > words.folded.size()) return false;
  for (std::size_t k = 0; k < idiom.words.size(); ++k) {
    const std::string& word = words.folded[at + k];
    bool figures = idiom.words[k] == kNumberSlot;
    if (!figures && idiom.words[k] != kNumberWordSlot) {
      if (idiom.words[k] != word) return false;
    } else if (!(figures && tokens[words.index[at + k]].kind == TokenKind::kNumber) &&
               language.Word(word) == nullptr) {
      return false;
    }
  }
  return true;
}

void ApplyIdiom(const NumberIdiom& idiom, ByteRange span, std::vector<NumberMention>& mentions) {
  auto inside = [&](const NumberMention& m) {
    return m.range.begin >= span.begin && m.range.end <= span.end;
  };
  if (idiom.none) {
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(), inside), mentions.end());
    return;
  }
  for (NumberMention& m : mentions) {
    if (!inside(m)) continue;
    m.weak = true;
    if (idiom.alternative) m.alternative = idiom.alternative;
  }
}

void ApplyIdioms(const std::vector<Token>& tokens, const NumberLanguage& language,
                 std::vector<NumberMention>& mentions) {
  if (language.idioms().empty()) return;
  Words words = WordsOf(tokens);
  for (std::size_t at = 0; at < words.folded.size(); ++at) {
    for (const NumberIdiom& idiom : language.idioms()) {
      if (!Matches(idiom, words, at, tokens, language)) continue;
      ByteRange span{tokens[words.index[at]].range.begin,
                     tokens[words.index[at + idiom.words.size() - 1]].range.end};
      ApplyIdiom(idiom, span, mentions);
    }
  }
}

// Words this short may stand between a number and its unit: "17 millions de dollars".
constexpr std::size_t kMaxLinkBytes = 3;

void SetUnit(std::string_view text, const Token& unit, const std::vector<NumberUnit>* units,
             NumberMention& m) {
  std::size_t begin = std::min(unit.range.begin, m.range.begin);
  std::size_t end = std::max(unit.range.end, m.range.end);
  m.units = units;
  m.quantity = std::string(text.substr(begin, end - begin));
  m.quantity_range = {begin, end};
}

// The unit after the mention (or after one short link word), else a sign before it ("$14").
void ReadUnit(std::string_view text, const std::vector<Token>& tokens,
              const NumberLanguage& language, NumberMention& m) {
  auto after = std::lower_bound(tokens.begin(), tokens.end(), m.range.end,
                                [](const Token& t, std::size_t at) { return t.range.begin < at; });
  for (auto t = after; t != tokens.end() && t - after < 2; ++t) {
    const std::vector<NumberUnit>* units = language.Units(FoldForMatch(t->text));
    if (units != nullptr) return SetUnit(text, *t, units, m);
    if (t->kind != TokenKind::kWord || t->text.size() > kMaxLinkBytes) break;
  }
  auto before = std::lower_bound(tokens.begin(), tokens.end(), m.range.begin,
                                 [](const Token& t, std::size_t at) { return t.range.begin < at; });
  if (before == tokens.begin()) return;
  --before;
  const std::vector<NumberUnit>* units = language.Units(before->text);
  if (before->kind == TokenKind::kPunct && units != nullptr) SetUnit(text, *before, units, m);
}

// A number word fused by a hyphen to the next word makes a word of its own ("three-dimensional",
// "two-way", "deux-roues"): weak, as it may name no count. Numbers in figures ("110-person")
// stay counts.
void WeakenCompounds(std::string_view text, std::vector<NumberMention>& mentions) {
  auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0xC0;
  };
  for (NumberMention& m : mentions) {
    std::size_t end = m.range.end;
    bool fused = end + 1 < text.size() && text[end] == '-' && letter(text[end + 1]);
    if (fused && !m.surface.empty() && letter(m.surface[0])) m.weak = true;
  }
}

// The size ratio of `next`'s unit to `m`'s when `next` is a smaller unit of the same measure
// ("6 ft 7 in", "5 pounds 3 ounces"); 0 otherwise.
double SmallerUnit(const NumberMention& m, const NumberMention& next) {
  if (m.units == nullptr || next.units == nullptr) return 0;
  for (const NumberUnit& x : *m.units) {
    for (const NumberUnit& y : *next.units) {
      bool measure = x.dimension == y.dimension && x.dimension != "currency";
      if (measure && y.size < x.size) return y.size / x.size;
    }
  }
  return 0;
}

// A quantity written in two units of one measure, with only spaces between ("6 ft 7 in",
// "6'7\"") is one quantity, in the larger unit: 6.58 ft, which a conversion to metres meets.
void JoinCompounds(std::string_view text, std::vector<NumberMention>& mentions) {
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    NumberMention& m = mentions[i];
    const NumberMention& next = mentions[i + 1];
    double share = SmallerUnit(m, next);
    std::size_t end = m.quantity_range.end, begin = next.quantity_range.begin;
    if (share == 0 || begin < end ||
        text.substr(end, begin - end).find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    m.value += next.value * share;
    m.alternative.reset();
    m.quantity_range.end = m.range.end = next.quantity_range.end;
    m.quantity = m.surface = std::string(text.substr(m.range.begin, m.range.end - m.range.begin));
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

}  // namespace

void ReadContext(std::string_view text, const std::vector<Token>& tokens,
                 const NumberLanguage& language, std::vector<NumberMention>& mentions) {
  ApplyIdioms(tokens, language, mentions);
  WeakenCompounds(text, mentions);
  for (NumberMention& m : mentions) ReadUnit(text, tokens, language, m);
  JoinCompounds(text, mentions);
}

}  // namespace talign
