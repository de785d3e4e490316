// A Hunspell dictionary (Debian's hunspell-*: /usr/share/hunspell/<name>.aff/.dic), the one
// Hunspell loader of the code base. LanguageResources::hunspell() opens it once per language.
//
//   auto fr = HunspellDictionary::Open("/usr/share/hunspell", "fr_FR");
//   fr->Stem("travaux") == {"travail"};  fr->Analyze("talibans") → {" st:taliban po:nom …"}
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace talign {

// Thread-safe: Hunspell keeps scratch state in its affix manager, so calls are serialised.
// Analyses are kept per word for the dictionary's life (tens of microseconds each; the term
// matcher and the term checks ask about the same words), and lemmas are derived from them.
class HunspellDictionary {
 public:
  // nullptr when `dir` is empty, the files are missing, or the dictionary is not UTF-8 (our
  // text is UTF-8 and a legacy charset would see garbled words).
  static std::unique_ptr<HunspellDictionary> Open(const std::string& dir, const std::string& name);
  ~HunspellDictionary();
  HunspellDictionary(const HunspellDictionary&) = delete;
  HunspellDictionary& operator=(const HunspellDictionary&) = delete;

  // Words longer than this are URLs or junk: they get no answer (affix search on them is
  // wasted time).
  static constexpr std::size_t kMaxWordBytes = 64;

  bool Spell(std::string_view word) const;  // the dictionary accepts the word
  // Lemmas of a word ("travaux" → "travail"); empty if unknown.
  std::vector<std::string> Stem(std::string_view word) const;
  // Morphological analyses (" st:taliban po:nom is:pl"); fields depend on the dictionary
  // (fr has st: and po:, en_US none).
  std::vector<std::string> Analyze(std::string_view word) const;

 private:
  explicit HunspellDictionary(std::unique_ptr<Hunspell> hunspell);
  const std::vector<std::string>& AnalyzeLocked(std::string_view word) const;  // holds mutex_

  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::vector<std::string>> analyses_;  // by word
};

}  // namespace talign
