#include "talign/extract/word_analyzer.h"

#include <algorithm>
#include <sstream>

#include "talign/extract/acronym.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

// One Hunspell analysis, e.g. " st:taliban po:nom po:adj is:pl" → lemma and the po: tags.
struct Reading {
  std::string lemma;
  bool noun = false, adjective = false, verb = false, function = false;
  bool plural = false;  // a field of the language's plural tags (fr "is:pl", en_US "fl:S")
  std::vector<std::string> agreement;  // other inflection fields ("is:fem"): the singular's too
  bool tagged() const { return noun || adjective || verb || function; }
};

Reading ParseReading(const std::string& analysis, const ExtractWords& words) {
  Reading reading;
  std::istringstream fields(analysis);
  for (std::string field; fields >> field;) {
    if (field.rfind("st:", 0) == 0 && reading.lemma.empty()) reading.lemma = field.substr(3);
    if (words.plural_tags.count(field) > 0) {
      reading.plural = true;
    } else if (field.rfind("is:", 0) == 0) {
      reading.agreement.push_back(field);
    }
    if (field.rfind("po:", 0) != 0) continue;
    std::string_view pos = std::string_view(field).substr(3);
    if (pos == "nom" || pos == "npr" || pos == "patr" || pos == "titr")
      reading.noun = true;
    else if (pos == "adj")
      reading.adjective = true;
    else if (pos[0] == 'v' || pos == "infi")
      reading.verb = true;
    else
      reading.function = true;  // adv, prep, prn, mg (grammatical), det, loc, interj, nb…
  }
  return reading;
}

// Noun beats adjective beats verb beats function word: "taliban" (nom, adj) is a noun,
// "été" (nom, verb) may be a noun; a word with any content reading can head a term.
WordClass ClassOf(const std::vector<Reading>& readings) {
  auto any = [&](bool Reading::*flag) {
    for (const Reading& r : readings)
      if (r.*flag) return true;
    return false;
  };
  if (any(&Reading::noun)) return WordClass::kNoun;
  if (any(&Reading::adjective))
    return any(&Reading::verb) ? WordClass::kParticiple : WordClass::kAdjective;
  if (any(&Reading::verb)) return WordClass::kVerb;
  if (any(&Reading::function)) return WordClass::kFunction;
  return WordClass::kUnknown;
}

std::vector<Reading> ReadingsOf(const HunspellDictionary* hunspell, const std::string& word,
                                const ExtractWords& words) {
  std::vector<Reading> readings;
  if (hunspell == nullptr) return readings;
  for (const std::string& analysis : hunspell->Analyze(word))
    readings.push_back(ParseReading(analysis, words));
  return readings;
}

// "US", "UN": capitals say it is no stop word ("us", "un"), even if the stop list has it.
// Plural when no reading is the word's own entry and a noun (or untagged) reading is tagged
// plural: "dogs" (st:dog fl:S), "mesures" (nom is:pl; also a verb); not "news" (st:news,
// and st:new fl:S), not "cas" (nom is:inv). A word the dictionary does not know is kFixed.
Number NumberOf(const std::vector<Reading>& readings, const std::string& word,
                const Reading** plural_reading) {
  if (readings.empty()) return Number::kFixed;
  const Reading* noun_plural = nullptr;
  bool plural = false;
  for (const Reading& r : readings) {
    bool own_entry = r.lemma.empty() || r.lemma == word;
    if (!r.plural && !r.verb && own_entry) return Number::kSingular;
    if (!r.plural) continue;
    plural = true;
    if ((r.noun || !r.tagged()) && !r.lemma.empty() && noun_plural == nullptr) noun_plural = &r;
  }
  if (noun_plural == nullptr) return plural ? Number::kFixed : Number::kSingular;
  *plural_reading = noun_plural;
  return Number::kPlural;
}

// True when a reading of `singular` has every agreement field of `plural`: "afghanes"
// (is:fem) is no plural of "afghan" (is:mas) but "forces" (is:fem) is one of "force".
bool Agrees(const std::vector<Reading>& singular, const Reading& plural) {
  for (const Reading& r : singular) {
    bool all = true;
    for (const std::string& field : plural.agreement) {
      if (std::find(r.agreement.begin(), r.agreement.end(), field) == r.agreement.end())
        all = false;
    }
    if (all) return true;
  }
  return false;
}

// The singular of a lower-case word that is no dictionary entry of its own, by the
// language's plural suffixes, when the dictionary accepts it: en_US reads "teenagers" as
// "teenage" + "-ers" (fl:Z), the plural is "teenager" + "s". "" when there is none.
std::string SuffixSingular(const HunspellDictionary* hunspell, const std::string& word,
                           const ExtractWords& words) {
  if (hunspell == nullptr || FoldCase(word) != word) return "";
  for (const auto& [plural, singular] : words.plural_suffixes) {
    if (word.size() <= plural.size() + 1 ||
        word.compare(word.size() - plural.size(), plural.size(), plural) != 0)
      continue;
    std::string candidate = word.substr(0, word.size() - plural.size()) + singular;
    if (hunspell->Spell(candidate)) return candidate;
  }
  return "";
}

}  // namespace

WordAnalyzer::WordAnalyzer(const LanguageResources& resources)
    : resources_(resources), words_(resources) {}

WordAnalyzer::~WordAnalyzer() = default;

const WordInfo& WordAnalyzer::Analyze(std::string_view word) {
  std::string key(word);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  WordInfo info = Compute(key);
  return cache_.emplace(std::move(key), info).first->second;
}

WordInfo WordAnalyzer::Compute(const std::string& word) {
  std::string folded = FoldCase(word);
  const HunspellDictionary* hunspell = resources_.hunspell();
  std::vector<Reading> readings = ReadingsOf(hunspell, word, words_);
  WordInfo info;
  const Reading* plural = nullptr;
  info.number = NumberOf(readings, word, &plural);
  if (plural && !Agrees(ReadingsOf(hunspell, plural->lemma, words_), *plural))
    info.number = Number::kFixed;
  std::string singular = plural ? plural->lemma : "";
  bool own_entry = std::any_of(readings.begin(), readings.end(), [&](const Reading& r) {
    return r.lemma.empty() || r.lemma == word;
  });
  if (info.number != Number::kPlural && !own_entry) {
    singular = SuffixSingular(hunspell, word, words_);
    if (!singular.empty()) info.number = Number::kPlural;
  }
  // An irregular plural is keyed as its singular: "children" and "child" are one term.
  std::string lemma_word = folded;
  if (auto irregular = words_.irregular_plurals.find(word);
      irregular != words_.irregular_plurals.end()) {
    info.number = Number::kPlural;
    singular = lemma_word = irregular->second;
  }
  if (info.number == Number::kPlural) {
    info.singular = static_cast<std::uint32_t>(singular_texts_.size());
    singular_texts_.push_back(singular);
  }
  std::string match = FoldForMatch(word);
  info.connector = words_.connectors.count(match) > 0;
  info.article = words_.articles.count(match) > 0;
  info.word_class = ClassOf(readings);
  if (!IsAcronym(word) && resources_.StopWords().count(match) > 0)
    info.word_class = WordClass::kFunction;
  // The noun reading's lemma when there is one: "pays" is a noun, not a form of "payer".
  // A reading without `st:` is the dictionary's own entry: its lemma is the word itself.
  // Words Hunspell knows are keyed by that lemma, not by its stem, which would merge
  // "présidence" with "président"; unknown words (names; every English word, as en_US
  // has no parts of speech) by their Snowball stem, from the resources' shared stemmer.
  if (info.word_class == WordClass::kUnknown) {  // no `po:` readings (all of en_US)
    info.lemma = Intern(lemma_word, FoldForMatch(resources_.stemmer().Stem(lemma_word)));
    return info;
  }
  std::string lemma = lemma_word;
  for (const Reading& r : readings) {
    if (r.noun || info.word_class != WordClass::kNoun) {
      if (!r.lemma.empty()) lemma = FoldCase(r.lemma);
      break;
    }
  }
  info.lemma = Intern(lemma, "=" + FoldForMatch(lemma));
  return info;
}

std::uint32_t WordAnalyzer::Intern(const std::string& lemma_text, const std::string& key) {
  auto [it, added] = lemma_ids_.emplace(key, static_cast<std::uint32_t>(lemma_texts_.size()));
  if (added) lemma_texts_.push_back(lemma_text);
  return it->second;
}

}  // namespace talign
