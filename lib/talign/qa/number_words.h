// Number words of each language, as data: "dix-huit" is dix + huit, "eighteen" is one word.
//
//   const NumberWord* w = FindNumberWord("fr", "milliards");  // w->value == 1e9, kScale
#pragma once

#include <string>
#include <string_view>

namespace talign {

enum class NumberWordRole {
  kUnit,      // adds to the number being read: "huit", "twenty"
  kHundred,   // multiplies the part read so far: "cent", "hundred"
  kThousand,  // closes a group of three digits: "mille", "thousand"
  kScale,     // multiplies everything read so far, and digits too: "milliards", "million"
  kWeakUnit,  // a unit that alone is often no number: "un" (article), "neuf" (new), "one"
  kWeak,      // stands alone and only sometimes counts: "first", "twice", "une dizaine"
};

struct NumberWord {
  std::string_view word;  // folded (FoldForMatch): no accents, lower case
  double value;
  NumberWordRole role;
};

// The entry for `folded_word` in `language`'s table ("fr", "en"; others have none), or
// null. Thread-safe; the entry is static.
const NumberWord* FindNumberWord(std::string_view language, std::string_view folded_word);

// True for the words after "a"/"an" that make the article mean one: "a week", "an hour".
bool IsTimeUnit(std::string_view language, std::string_view folded_word);

// The value of a run of number words, read left to right as people say them.
//
//   WordNumber n("fr");  // Take "quatre", "vingt", "dix", "neuf" → n.value() == 99
class WordNumber {
 public:
  explicit WordNumber(std::string_view language) : language_(language) {}

  // Adds a word; false (nothing changed) when it cannot continue the number, as "sept"
  // after "deux" ("deux, sept" are two numbers).
  bool Take(const NumberWord& word);
  // "a hundred", "an hour": the article is one.
  void TakeArticle(bool weak) { Start(1, weak); }
  // Whether "et"/"and" may join `next` on: "vingt et un", "two hundred and five".
  bool CanJoin(const NumberWord& next) const;

  bool empty() const { return words_ == 0; }
  bool closed() const { return closed_; }
  // All words weak, or a bare "hundred"/"millions" ("a few hundred", "des millions").
  bool weak() const { return all_weak_ || bare_; }
  double value() const { return total_ + group_; }

 private:
  bool Start(double value, bool weak);
  bool AddUnit(const NumberWord& word, bool weak);
  bool CanAdd(int small, int v) const;
  bool Multiply(const NumberWord& word);
  void Count(bool weak);

  std::string language_;
  double total_ = 0;
  double group_ = 0;
  int words_ = 0;
  bool all_weak_ = true;
  bool bare_ = false;
  bool closed_ = false;
};

}  // namespace talign
