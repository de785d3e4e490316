// A Hunspell dictionary (Debian's hunspell-*: /usr/share/hunspell/<name>.aff/.dic), the one
// Hunspell loader of the code base. LanguageResources::hunspell() opens it once per language.
//
//   auto fr = HunspellDictionary::Open("/usr/share/hunspell", "fr_FR");
//   fr->Stem("travaux") == {"travail"};  fr->Analyze("talibans") → {" st:taliban po:nom …"}
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;
struct UConverter;

namespace talign {

// Thread-safe: Hunspell keeps scratch state in its affix manager, so calls are serialised.
// Analyses are kept per word for the dictionary's life (tens of microseconds each; the term
// matcher and the term checks ask about the same words), and lemmas are derived from them.
class HunspellDictionary {
 public:
  // nullptr when `dir` is empty, the files are missing, or ICU does not know the
  // dictionary's charset. Hunspell takes and returns words in that charset (el_GR is
  // ISO-8859-7, pl_PL ISO-8859-2): words are converted from and to UTF-8 here.
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
  struct CloseConverter {
    void operator()(UConverter* converter) const;
  };
  HunspellDictionary(std::unique_ptr<Hunspell> hunspell,
                     std::unique_ptr<UConverter, CloseConverter> converter);
  // These three hold mutex_ (the converter keeps state too).
  const std::vector<std::string>& AnalyzeLocked(std::string_view word) const;
  // The word in the dictionary's charset; nullopt when the charset has no letter for it.
  std::optional<std::string> ToDictionary(std::string_view word) const;
  std::vector<std::string> FromDictionary(std::vector<std::string> words) const;  // to UTF-8

  std::unique_ptr<Hunspell> hunspell_;
  std::unique_ptr<UConverter, CloseConverter> converter_;  // nullptr: the dictionary is UTF-8
  mutable std::mutex mutex_;
  // By UTF-8 word, in the dictionary's charset (Hunspell's stem() reads them so).
  mutable std::unordered_map<std::string, std::vector<std::string>> analyses_;
};

}  // namespace talign
