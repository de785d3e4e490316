#include "talign/qa/translation_evidence.h"

#include <algorithm>
#include <cmath>

#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// Words that begin with this many bytes alike, folded, count as written alike: names and
// figures, and cognates ("érosion" / "Erosionsarbeit", "synchron" / "synchroniquement").
constexpr std::size_t kCognatePrefix = 5;

// TranslatedShare reads at most kShareBeads 1-1 beads, spread over the document, and falls
// back on kDefaultShare below kMinShareWords content words. Measured with FreeDict (source
// words, talign's alignment): news doc-test 0.48 to 0.65; TransRead novels 0.36 to 0.51;
// Candide en-es 0.32; Text+Berg de-fr 0.45.
constexpr std::size_t kShareBeads = 200;
constexpr std::size_t kMinShareWords = 50;
constexpr double kDefaultShare = 0.5;

// UnlikelyTranslated: the binomial lower tail that counts as evidence, fitted on the TransRead
// novels Swann, Emma, Jane Eyre and Abbé Mouret (bench/eval_check_literature.sh, talign's
// alignment and the gold's): runs folded into a bead that the gold leaves untranslated have
// tails 7e-6 to 0.032 (and 0.23), runs the gold's beads translate 0.12 to 1; the sentences
// planted into news (bench/plant_check_errors.py) 2e-14 to 1.2e-3.
constexpr double kUnlikely = 0.05;

const Dictionary& DictionaryOf(const CheckContext& context) {
  static const Dictionary kNone;
  return context.dictionary != nullptr ? *context.dictionary : kNone;
}

}  // namespace

double TranslatedShare(const CheckContext& context, bool source) {
  std::vector<const Bead*> one_to_one;
  for (const Bead& bead : context.alignment.beads) {
    if (bead.src.size() == 1 && bead.tgt.size() == 1) one_to_one.push_back(&bead);
  }
  const std::size_t step = std::max<std::size_t>(1, one_to_one.size() / kShareBeads);
  Translated all;
  for (std::size_t i = 0; i < one_to_one.size(); i += step) {
    const Bead& bead = *one_to_one[i];
    all += BeadTranslation(context, bead, source)
               .Count(source ? context.src[bead.src[0]] : context.tgt[bead.tgt[0]]);
  }
  if (all.words < kMinShareWords) return kDefaultShare;
  return static_cast<double>(all.translated) / static_cast<double>(all.words);
}

bool UnlikelyTranslated(const Translated& count, double share) {
  // P(at most count.translated of count.words), each translated with probability `share`.
  const double p = std::clamp(share, 0.01, 0.99);
  double term = std::pow(1.0 - p, static_cast<double>(count.words)), tail = term;
  for (std::size_t i = 0; i < count.translated && i < count.words; ++i) {
    term *= static_cast<double>(count.words - i) / static_cast<double>(i + 1) * p / (1.0 - p);
    tail += term;
  }
  return tail <= kUnlikely;
}

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
