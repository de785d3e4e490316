// The value of a run of number words, read left to right as people say them, with the
// arithmetic of the language (NumberLanguage): "quatre-vingt-dix-neuf" is 4 x 20 + 10 + 9.
//
//   WordNumber n(fr);  // Take "quatre", "vingt", "dix", "neuf" → n.value() == 99
#pragma once

#include "talign/qa/number_language.h"

namespace talign {

class WordNumber {
 public:
  explicit WordNumber(const NumberLanguage& language) : language_(language) {}

  // Adds a word; false (nothing changed) when it cannot continue the number, as "sept"
  // after "deux" ("deux, sept" are two numbers).
  bool Take(const NumberWord& word);
  // "a hundred", "an hour": the article is one.
  void TakeArticle(bool weak) { Start(1, weak); }
  // Whether the joiner `folded` ("et", "and", "y") may join `next` on: "vingt et un",
  // "two hundred and five", "treinta y cinco".
  bool CanJoin(std::string_view folded, const NumberWord& next) const;

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

  const NumberLanguage& language_;
  double total_ = 0;
  double group_ = 0;
  int words_ = 0;
  bool all_weak_ = true;
  bool bare_ = false;
  bool closed_ = false;
};

}  // namespace talign
