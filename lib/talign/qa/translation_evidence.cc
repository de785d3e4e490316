#include "talign/qa/translation_evidence.h"

#include <algorithm>

#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// Words that begin with this many bytes alike, folded, count as written alike: names and
// figures, and cognates ("érosion" / "Erosionsarbeit", "synchron" / "synchroniquement").
constexpr std::size_t kCognatePrefix = 5;

const Dictionary& DictionaryOf(const CheckContext& context) {
  static const Dictionary kNone;
  return context.dictionary != nullptr ? *context.dictionary : kNone;
}

}  // namespace

BeadTranslation::BeadTranslation(const CheckContext& context, const Bead& bead, bool source)
    : context_(context), dictionary_(DictionaryOf(context)), source_(source) {
  // Reading the source side, its words' translations are what target segments must hold.
  // The languages' shared stemmers are the ones the dictionary's pairs were stemmed with.
  const CachedStemmer& stemmer =
      (source ? context.target_language : context.source_language)->stemmer();
  const std::vector<Segment>& read = source ? context.tgt : context.src;
  for (std::size_t i : source ? bead.tgt : bead.src) {
    for (const Token& t : Tokenize(read[i].text)) {
      if (t.kind == TokenKind::kPunct) continue;
      std::string folded = FoldForMatch(t.text);
      const std::string& stem = stemmer.Stem(folded);
      if (source) {
        stems_.insert(stem);
      } else {
        for (const std::string& s : dictionary_.TargetStems(stem)) stems_.insert(s);
      }
      folded_.insert(std::move(folded));
    }
  }
}

bool BeadTranslation::WrittenAlike(const std::string& folded) const {
  if (folded_.count(folded) > 0) return true;
  if (folded.size() < kCognatePrefix) return false;
  const std::string prefix = folded.substr(0, kCognatePrefix);
  auto it = folded_.lower_bound(prefix);
  return it != folded_.end() && it->compare(0, kCognatePrefix, prefix) == 0;
}

std::optional<double> BeadTranslation::Share(const Segment& segment, std::size_t min_words) const {
  Translated count = Count(segment);
  if (count.words < min_words || count.words == 0) return std::nullopt;
  return static_cast<double>(count.translated) / static_cast<double>(count.words);
}

Translated BeadTranslation::Count(const Segment& segment) const {
  const LanguageResources& language =
      source_ ? *context_.source_language : *context_.target_language;
  Translated count;
  for (const Token& t : Tokenize(segment.text)) {
    if (t.kind == TokenKind::kPunct) continue;
    std::string folded = FoldForMatch(t.text);
    if (language.FunctionWords().count(folded) > 0) continue;
    ++count.words;
    if (WrittenAlike(folded)) {
      ++count.translated;
      continue;
    }
    const std::string& stem = language.stemmer().Stem(folded);
    if (!source_) {
      count.translated += stems_.count(stem) > 0;
      continue;
    }
    const std::vector<std::string>& targets = dictionary_.TargetStems(stem);
    count.translated += std::any_of(targets.begin(), targets.end(),
                                    [&](const std::string& s) { return stems_.count(s) > 0; });
  }
  return count;
}

}  // namespace talign
