#include "talign/qa/number_words.h"

#include <array>

namespace talign {
namespace {

using R = NumberWordRole;

// Ordinals, "un"/"une", "neuf" (also "new") and approximate collectives ("une dizaine" is
// often "about ten", "a dozen" or "some") are weak: they confirm a number, never report one.
constexpr NumberWord kFrench[] = {
    {"zero", 0, R::kWeakUnit},        {"un", 1, R::kWeakUnit},          {"une", 1, R::kWeakUnit},
    {"deux", 2, R::kUnit},        {"trois", 3, R::kUnit},       {"quatre", 4, R::kUnit},
    {"cinq", 5, R::kUnit},        {"six", 6, R::kUnit},         {"sept", 7, R::kUnit},
    {"huit", 8, R::kUnit},        {"neuf", 9, R::kWeakUnit},        {"dix", 10, R::kUnit},
    {"onze", 11, R::kUnit},       {"douze", 12, R::kUnit},      {"treize", 13, R::kUnit},
    {"quatorze", 14, R::kUnit},   {"quinze", 15, R::kUnit},     {"seize", 16, R::kUnit},
    {"vingt", 20, R::kUnit},      {"vingts", 20, R::kUnit},     {"trente", 30, R::kUnit},
    {"quarante", 40, R::kUnit},   {"cinquante", 50, R::kUnit},  {"soixante", 60, R::kUnit},
    {"cent", 100, R::kHundred},   {"cents", 100, R::kHundred},  {"mille", 1000, R::kThousand},
    {"million", 1e6, R::kScale},  {"millions", 1e6, R::kScale}, {"milliard", 1e9, R::kScale},
    {"milliards", 1e9, R::kScale},{"billion", 1e12, R::kScale}, {"billions", 1e12, R::kScale},
    {"premier", 1, R::kWeak},     {"premiere", 1, R::kWeak},    {"deuxieme", 2, R::kWeak},
    {"second", 2, R::kWeak},      {"seconde", 2, R::kWeak},     {"troisieme", 3, R::kWeak},
    {"quatrieme", 4, R::kWeak},   {"cinquieme", 5, R::kWeak},   {"sixieme", 6, R::kWeak},
    {"septieme", 7, R::kWeak},    {"huitieme", 8, R::kWeak},    {"neuvieme", 9, R::kWeak},
    {"dixieme", 10, R::kWeak},    {"vingtieme", 20, R::kWeak},  {"centieme", 100, R::kWeak},
    {"dizaine", 10, R::kWeak},    {"douzaine", 12, R::kWeak},   {"quinzaine", 15, R::kWeak},
    {"vingtaine", 20, R::kWeak},  {"trentaine", 30, R::kWeak},  {"quarantaine", 40, R::kWeak},
    {"cinquantaine", 50, R::kWeak}, {"centaine", 100, R::kWeak},   {"millier", 1000, R::kWeak},
    {"decennie", 10, R::kWeak},   {"siecle", 100, R::kWeak},    {"double", 2, R::kWeak},
    {"triple", 3, R::kWeak},
};

constexpr NumberWord kEnglish[] = {
    {"zero", 0, R::kWeakUnit},          {"one", 1, R::kWeakUnit},         {"two", 2, R::kUnit},
    {"three", 3, R::kUnit},         {"four", 4, R::kUnit},        {"five", 5, R::kUnit},
    {"six", 6, R::kUnit},           {"seven", 7, R::kUnit},       {"eight", 8, R::kUnit},
    {"nine", 9, R::kUnit},          {"ten", 10, R::kUnit},        {"eleven", 11, R::kUnit},
    {"twelve", 12, R::kUnit},       {"thirteen", 13, R::kUnit},   {"fourteen", 14, R::kUnit},
    {"fifteen", 15, R::kUnit},      {"sixteen", 16, R::kUnit},    {"seventeen", 17, R::kUnit},
    {"eighteen", 18, R::kUnit},     {"nineteen", 19, R::kUnit},   {"twenty", 20, R::kUnit},
    {"thirty", 30, R::kUnit},       {"forty", 40, R::kUnit},      {"fifty", 50, R::kUnit},
    {"sixty", 60, R::kUnit},        {"seventy", 70, R::kUnit},    {"eighty", 80, R::kUnit},
    {"ninety", 90, R::kUnit},       {"hundred", 100, R::kHundred},{"thousand", 1000, R::kThousand},
    {"million", 1e6, R::kScale},    {"millions", 1e6, R::kScale}, {"billion", 1e9, R::kScale},
    {"billions", 1e9, R::kScale},   {"trillion", 1e12, R::kScale},{"bn", 1e9, R::kScale},
    {"first", 1, R::kWeak},         {"second", 2, R::kWeak},      {"third", 3, R::kWeak},
    {"fourth", 4, R::kWeak},        {"fifth", 5, R::kWeak},       {"sixth", 6, R::kWeak},
    {"seventh", 7, R::kWeak},       {"eighth", 8, R::kWeak},      {"ninth", 9, R::kWeak},
    {"tenth", 10, R::kWeak},        {"twentieth", 20, R::kWeak},  {"hundredth", 100, R::kWeak},
    {"once", 1, R::kWeak},          {"twice", 2, R::kWeak},       {"dozen", 12, R::kWeak},
    {"single", 1, R::kWeak},        {"both", 2, R::kWeak},        {"pair", 2, R::kWeak},
    {"double", 2, R::kWeak},        {"triple", 3, R::kWeak},      {"decade", 10, R::kWeak},
    {"century", 100, R::kWeak},     {"twenties", 20, R::kWeak},   {"thirties", 30, R::kWeak},
    {"forties", 40, R::kWeak},      {"fifties", 50, R::kWeak},    {"sixties", 60, R::kWeak},
    {"seventies", 70, R::kWeak},    {"eighties", 80, R::kWeak},   {"nineties", 90, R::kWeak},
};

constexpr std::string_view kFrenchTimeUnits[] = {"seconde", "minute", "heure", "jour", "semaine",
                                                 "mois", "an", "annee", "siecle", "decennie"};
constexpr std::string_view kEnglishTimeUnits[] = {"second", "minute", "hour",   "day",
                                                  "week",   "month",  "year",   "decade",
                                                  "century", "fortnight"};

template <std::size_t N>
const NumberWord* Find(const NumberWord (&table)[N], std::string_view word) {
  for (const NumberWord& entry : table) {
    if (entry.word == word) return &entry;
  }
  return nullptr;
}

}  // namespace

const NumberWord* FindNumberWord(std::string_view language, std::string_view folded_word) {
  if (language == "fr") return Find(kFrench, folded_word);
  if (language == "en") return Find(kEnglish, folded_word);
  return nullptr;
}

bool IsTimeUnit(std::string_view language, std::string_view folded_word) {
  if (language == "fr") {
    for (std::string_view unit : kFrenchTimeUnits) if (unit == folded_word) return true;
  }
  if (language == "en") {
    for (std::string_view unit : kEnglishTimeUnits) if (unit == folded_word) return true;
  }
  return false;
}

}  // namespace talign

namespace talign {

bool WordNumber::Take(const NumberWord& word) {
  switch (word.role) {
    case NumberWordRole::kWeak:
      return words_ == 0 && Start(word.value, true);
    case NumberWordRole::kUnit:
    case NumberWordRole::kWeakUnit:
      return AddUnit(word, word.role == NumberWordRole::kWeakUnit);
    default:
      return Multiply(word);
  }
}

bool WordNumber::CanJoin(const NumberWord& next) const {
  int small = static_cast<int>(group_) % 100;
  if (language_ == "fr") return small >= 20 && small % 10 == 0 && (next.value == 1 || next.value == 11);
  return language_ == "en" && group_ >= 100 && small == 0 && next.value < 100;
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
  if (language_ == "fr" && v == 20 && group_ == 4) {
    group_ = 80;  // quatre-vingt(s)
  } else if (CanAdd(small, v)) {
    group_ += v;
  } else {
    return false;
  }
  Count(false);
  return true;
}

bool WordNumber::CanAdd(int small, int v) const {
  if (small == 0) return true;
  if (small >= 20 && small % 10 == 0 && v < 10) return true;
  if (language_ == "fr" && (small == 60 || small == 80) && v >= 10 && v < 20) return true;
  return language_ == "fr" && small == 10 && v >= 7 && v <= 9;  // dix-sept … dix-neuf
}

// "cent", "mille", "millions": multiply what precedes. Bare, they are a number in French
// ("cent ans", "mille morts") but not in "hundreds", "des millions", "a few hundred".
bool WordNumber::Multiply(const NumberWord& word) {
  if (words_ == 0) {
    bool french_count = language_ == "fr" && (word.word == "cent" || word.word == "mille");
    bare_ = !french_count;
  }
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
