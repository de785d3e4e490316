#include "talign/qa/number_words.h"

namespace talign {

bool WordNumber::Take(const NumberWord& word) {
  switch (word.role) {
    case NumberWordRole::kWeak:
      return words_ == 0 && Start(word.value, true);
    case NumberWordRole::kUnit:
    case NumberWordRole::kWeakUnit:
      return AddUnit(word, word.role == NumberWordRole::kWeakUnit);
    case NumberWordRole::kArticle:
      return false;
    default:
      return Multiply(word);
  }
}

bool WordNumber::CanJoin(std::string_view folded, const NumberWord& next) const {
  int small = static_cast<int>(group_) % 100;
  bool after_tens = small >= 20 && small % 10 == 0 &&
                    (next.value < 10 || (language_.vigesimal() && next.value < 20));
  bool after_hundreds = group_ >= 100 && small == 0 && next.value < 100;
  return (after_tens && language_.JoinsAfterTens(folded)) ||
         (after_hundreds && language_.JoinsAfterHundreds(folded));
}

bool WordNumber::Start(double value, bool weak) {
  group_ = value;
  Count(weak);
  closed_ = weak && value >= 10;  // "premier", "une dizaine": nothing follows
  return true;
}

void WordNumber::Count(bool weak) {
  all_weak_ = words_ == 0 ? weak : all_weak_ && weak;
  ++words_;
}

bool WordNumber::AddUnit(const NumberWord& word, bool weak) {
  if (words_ == 0) return Start(word.value, weak);
  int small = static_cast<int>(group_) % 100;
  int v = static_cast<int>(word.value);
  if (language_.vigesimal() && v == 20 && small > 1 && small < 10) {
    group_ += small * 19;  // quatre-vingt(s): 4 x 20
  } else if (CanAdd(small, v)) {
    group_ += word.value;
  } else {
    return false;
  }
  Count(false);
  return true;
}

// Tens take a unit ("twenty-one"); a vigesimal language counts on past ten and past a
// multiple of twenty ("dix-sept", "soixante-quinze", "quatre-vingt-dix").
bool WordNumber::CanAdd(int small, int v) const {
  if (small == 0) return true;
  if (small >= 20 && small % 10 == 0 && v < 10) return true;
  if (!language_.vigesimal()) return false;
  return (small == 10 && v < 10) || (small >= 60 && small % 20 == 0 && v >= 10 && v < 20);
}

// "cent", "mille", "millions": multiply what precedes. Bare, some are a count ("cent ans",
// "mille morts"), others not ("hundreds", "des millions", "a few hundred").
bool WordNumber::Multiply(const NumberWord& word) {
  if (words_ == 0) bare_ = !word.bare_count;
  double part = group_ == 0 ? 1 : group_;
  if (word.role == NumberWordRole::kHundred) {
    group_ = part * 100;
  } else if (word.role == NumberWordRole::kThousand) {
    total_ += part * 1000;
    group_ = 0;
  } else if (group_ == 0 && total_ > 0) {
    total_ *= word.value;  // "mille milliards"
  } else {
    total_ += part * word.value;
    group_ = 0;
  }
  Count(false);
  return true;
}

}  // namespace talign
