#include "talign/extract/desk_weight.h"

#include <sstream>

#include "talign/extract/acronym.h"
#include "talign/extract/word_links.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

bool HasCalendarWord(const ExtractWords& words, const std::string& term) {
  std::istringstream split(term);
  for (std::string word; split >> word;) {
    if (words.calendar.count(FoldForMatch(word)) > 0) return true;
  }
  return false;
}

std::string PairKey(const std::string& source, const std::string& target) {
  return FoldCase(source) + '\t' + FoldCase(target);
}

}  // namespace

DeskWeight::DeskWeight(const LanguageResources& src, const LanguageResources& tgt,
                       const Dictionary& dictionary, const ExtractOptions& options)
    : src_words_(src),
      tgt_words_(tgt),
      identity_weight_(options.identity_weight),
      dictionary_weight_(options.dictionary_weight) {
  for (const auto& [source, target] : dictionary.pairs())
    dictionary_.insert(PairKey(source, target));
}

double DeskWeight::Weight(const std::string& source, const std::string& target) const {
  // Both sides: "mars" → "March" goes, "mars" → "Mars" (the planet) stays.
  if (HasCalendarWord(src_words_, source) && HasCalendarWord(tgt_words_, target)) return 0.0;
  // Exact: a change of case is a spelling a translator can miss (taliban → Taliban).
  if (source == target) return IsAcronym(source) ? 1.0 : identity_weight_;
  // The general dictionary's own rendering is general knowledge, for names too (famille →
  // family, Allemagne → Germany); so is a common word's cognate (démocratie → democracy),
  // but not a name's changed spelling (Téhéran → Tehran) or case (taliban → Taliban).
  if (dictionary_.count(PairKey(source, target)) > 0) return dictionary_weight_;
  bool common_word = source.find(' ') == std::string::npos && FoldCase(source) == source &&
                     FoldCase(target) == target;
  if (common_word && NearIdentical(FoldForMatch(source), FoldForMatch(target)))
    return dictionary_weight_;
  return 1.0;
}

}  // namespace talign
