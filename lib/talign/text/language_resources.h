// Everything talign knows about one language: the files of data/languages/<code>/ (compiled
// into the library) and the system resources that ResourcePaths locates (Hunspell, FreeDict).
// Built once per run and per side, shared read-only: every method is const and thread-safe.
//
//   LanguageResources fr(Language::Parse("fr"), {"/usr/share/hunspell", "/usr/share/dictd"});
//   fr.Setting("snowball") == "french";   fr.FunctionWords().count("des") == 1
//   fr.List("furniture")                  // furniture.txt, one entry per line
//   fr.stemmer().Stem("accords")          // "accord", kept for the next user
//   Stemmer stemmer = fr.NewStemmer();    // one per thread: Snowball keeps state
//   fr.hunspell()->Stem("travaux")        // {"travail"}; hunspell() is nullptr without one
//   LanguageResources xx(Language::Parse("sw"), paths);  // xx.has_data() == false: ICU only
//
// Files (data/languages/README.md): settings.tsv (`key<TAB>value`), <name>.txt word lists,
// <name>.tsv tables. A malformed file throws Error{kData} naming it and the line.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "talign/base/language.h"
#include "talign/text/cached_stemmer.h"
#include "talign/text/hunspell_dictionary.h"
#include "talign/text/language_data.h"
#include "talign/text/stemmer.h"

namespace talign {

// System resources; the command line supplies Debian's defaults.
struct ResourcePaths {
  std::string hunspell_dir;  // <dict>.aff/.dic; empty: no Hunspell
  std::string dictd_dir;     // freedict-<src>-<tgt>.index/.dict.dz; empty: no FreeDict
};

// Words folded with FoldForMatch (no case, no accents), looked up by string_view.
using FoldedWords = std::set<std::string, std::less<>>;

// A page-furniture item of furniture.txt, folded. `takes_title`: the item is followed by
// the title of what it announces ("Lire aussi : Le Sahel…"), written `…` at its end.
struct FurnitureItem {
  std::string folded;
  bool takes_title = false;
};

// The entries of <name>.txt of every embedded language, in language order: what gathers
// all languages' lists (page furniture, transliteration rules) reads only these files.
std::vector<std::string> EmbeddedList(std::string_view name);
// Entries of furniture.txt as items.
std::vector<FurnitureItem> FurnitureItems(const std::vector<std::string>& entries);

class LanguageResources {
 public:
  // Throws Error{kData} when a data file of the language is malformed.
  LanguageResources(const Language& language, const ResourcePaths& paths);
  ~LanguageResources();
  LanguageResources(const LanguageResources&) = delete;
  LanguageResources& operator=(const LanguageResources&) = delete;

  const Language& language() const { return language_; }
  const ResourcePaths& paths() const { return paths_; }
  // False when data/languages has no folder for the language: ICU-only behaviour.
  bool has_data() const { return has_data_; }

  // Generic access: each module reads its own files.
  const std::vector<std::string>& List(std::string_view name) const;  // <name>.txt; {} if absent
  const std::vector<std::vector<std::string>>& Table(std::string_view name) const;  // <name>.tsv
  std::string_view Setting(std::string_view key) const;  // settings.tsv; "" if absent

  // Shared typed views, built at construction.
  // function_words.txt: the closed classes (articles, prepositions, conjunctions, pronouns,
  // auxiliaries): said exactly in a term, counted to tell languages apart.
  const FoldedWords& FunctionWords() const { return function_words_; }
  // Function words plus stop_words.txt (frequent words of news copy that are no terms).
  const FoldedWords& StopWords() const { return stop_words_; }
  // furniture.txt, in file order.
  const std::vector<FurnitureItem>& Furniture() const { return furniture_; }

  // A Snowball stemmer for the `snowball` setting (identity without one). Stemmers keep
  // state: make one per thread.
  Stemmer NewStemmer() const { return Stemmer(Setting("snowball")); }
  // The same stemmer with the stems it gave, shared by every user of these resources (a run
  // stems each word once); thread-safe.
  const CachedStemmer& stemmer() const { return *stemmer_; }
  // The `hunspell` dictionary in paths().hunspell_dir, opened on first use; nullptr when
  // the language names none or it is not installed.
  const HunspellDictionary* hunspell() const;

 private:
  Language language_;
  ResourcePaths paths_;
  bool has_data_ = false;
  Settings settings_;
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
  std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> tables_;
  FoldedWords function_words_;
  FoldedWords stop_words_;
  std::vector<FurnitureItem> furniture_;
  std::unique_ptr<CachedStemmer> stemmer_;  // made once settings_ names the algorithm
  mutable std::once_flag hunspell_once_;
  mutable std::unique_ptr<HunspellDictionary> hunspell_;
};

}  // namespace talign
