// Reads numbers off Tokenize's tokens: figures ("5 000", "3,5", "21st", "10h30"), number
// words ("dix-huit", "two hundred"), scale words after either ("1,5 million").
#include "talign/qa/number_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "talign/qa/number_words.h"
#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct Reading {
  double value = 0;
  std::optional<double> alternative;
};

// The figure part of a number token: digits, ',' '.', and the group spaces (' ', NBSP
// C2 A0, NNBSP E2 80 AF) that Tokenize keeps inside "5 000". "21st" → "21".
std::size_t FigureLength(std::string_view token) {
  std::size_t n = 0;
  while (n < token.size()) {
    unsigned char c = static_cast<unsigned char>(token[n]);
    if (IsDigit(token[n]) || c == ' ') {
      ++n;
    } else if ((c == ',' || c == '.') && n + 1 < token.size() && IsDigit(token[n + 1])) {
      ++n;
    } else if (c == 0xC2 || c == 0xE2) {  // NBSP, NNBSP: only Tokenize's group spaces
      n += c == 0xC2 ? 2 : 3;
    } else {
      break;
    }
  }
  return std::min(n, token.size());
}

double ToDouble(const std::string& digits_and_dot) {
  return std::strtod(digits_and_dot.c_str(), nullptr);
}

// One ',' or '.' with three digits after and one to three before ("5,000", "5.000") is a
// thousands separator or a decimal point depending on the language: the language's reading
// first, the other kept as the alternative.
Reading ReadOneSeparator(const std::string& s, std::size_t at, bool spaced,
                         std::string_view language) {
  std::string as_decimal = s;
  as_decimal[at] = '.';
  std::string as_group = s.substr(0, at) + s.substr(at + 1);
  bool shape_of_group = !spaced && s.size() - at - 1 == 3 && at >= 1 && at <= 3 && s[0] != '0';
  if (!shape_of_group) return {ToDouble(as_decimal), std::nullopt};
  bool decimal_first = (s[at] == ',') == (language == "fr");
  if (decimal_first) return {ToDouble(as_decimal), ToDouble(as_group)};
  return {ToDouble(as_group), ToDouble(as_decimal)};
}

Reading ReadFigure(std::string_view figure, std::string_view language) {
  std::string s;
  bool spaced = false;
  for (char c : figure) {
    if (IsDigit(c) || c == ',' || c == '.') s += c;
    else spaced = true;
  }
  std::size_t commas = 0, dots = 0;
  for (char c : s) {
    commas += c == ',';
    dots += c == '.';
  }
  if (commas + dots == 0) return {ToDouble(s), std::nullopt};
  if (commas + dots == 1) return ReadOneSeparator(s, s.find_first_of(",."), spaced, language);
  // Several: the last separator is decimal when the other kind precedes it ("1,000.5",
  // "1.000,5"); a single kind repeated groups thousands ("1,000,000").
  std::size_t last = s.find_last_of(",.");
  bool mixed = commas > 0 && dots > 0;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (IsDigit(s[i])) out += s[i];
    else if (mixed && i == last) out += '.';
  }
  return {ToDouble(out), std::nullopt};
}

// Suffixes glued to a figure that keep it a plain number: ordinals, decades, units.
constexpr std::string_view kPlainSuffixes[] = {
    "e",  "er", "re", "eme", "ieme", "nd", "st", "rd", "th", "s",   "es", "%",  "km", "m",
    "cm", "mm", "kg", "g",   "t",    "l",  "h",  "ha", "mn", "min", "ans", "am", "pm", "mph"};
// Suffixes that scale a figure: "$2bn", "3 Mds €".
struct ScaleSuffix {
  std::string_view suffix;
  double factor;
};
constexpr ScaleSuffix kScaleSuffixes[] = {
    {"bn", 1e9}, {"tn", 1e12}, {"md", 1e9}, {"mds", 1e9}, {"mrd", 1e9}, {"mrds", 1e9}};

class NumberReader {
 public:
  // `tokens`: Tokenize(text), borrowed for the reader's life.
  NumberReader(std::string_view text, const std::vector<Token>& tokens, std::string_view language)
      : text_(text), language_(language), tokens_(tokens), folded_(tokens_.size()) {}

  std::vector<NumberMention> Run() {
    for (std::size_t i = 0; i < tokens_.size();) i = ReadAt(i);
    return std::move(mentions_);
  }

 private:
  std::size_t ReadAt(std::size_t i) {
    if (tokens_[i].kind == TokenKind::kNumber) return ReadFigureToken(i);
    if (tokens_[i].kind != TokenKind::kWord) return i + 1;
    if (StartsWords(i)) return ReadWords(i);
    ReadAlphanumeric(i);
    return i + 1;
  }

  const std::string& Folded(std::size_t i) {
    if (folded_[i].empty()) folded_[i] = FoldForMatch(tokens_[i].text);
    return folded_[i];
  }
  bool Adjacent(std::size_t a, std::size_t b) const {
    return b < tokens_.size() && tokens_[a].range.end == tokens_[b].range.begin;
  }
  bool IsText(std::size_t i, std::string_view text) const {
    return i < tokens_.size() && tokens_[i].text == text;
  }
  const NumberWord* WordAt(std::size_t i) {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) return nullptr;
    return FindNumberWord(language_, Folded(i));
  }
  bool IsWord(std::size_t i, std::string_view folded) {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord && Folded(i) == folded;
  }

  void Push(double value, std::optional<double> alternative, bool weak, ByteRange range,
            double scale = 1) {
    // Years of the last century also read as their decade: "1980s" = "les années 80".
    if (!alternative && value >= 1900 && value < 2000 && value == std::floor(value)) {
      alternative = value - 1900;
    }
    std::string surface(text_.substr(range.begin, range.size()));
    mentions_.push_back({value, alternative, weak, range, std::move(surface)});
    scales_.push_back(scale);
  }

  // A figure and what is glued to it or follows: a suffix, a scale word, "p.m.", "et demi".
  std::size_t ReadFigureToken(std::size_t i) {
    std::string_view token = tokens_[i].text;
    std::size_t length = FigureLength(token);
    std::string suffix = FoldForMatch(token.substr(length));
    if (ReadClock(i, length, suffix) || ReadDate(i, token.substr(0, length))) return i + 1;
    Reading reading = ReadFigure(token.substr(0, length), language_);
    // "8es de finale": the last sixteen, a name of a round.
    bool weak = InsideName(i) || (IsWord(i + 1, "de") && IsWord(i + 2, "finale"));
    double factor = 1;
    if (!ReadSuffix(suffix, i, &factor, &reading)) weak = true;
    ByteRange range = tokens_[i].range;
    std::size_t next = ReadScaleWord(i + 1, &factor, &range);
    double value = reading.value * factor + Half(&next, factor, &range);
    if (suffix == "pm" || AfterNoon(next, value)) value = value < 12 ? value + 12 : value;
    if (ClockWithDot(next, &value)) return next;
    std::optional<double> alternative;
    if (reading.alternative) alternative = *reading.alternative * factor;
    if (!alternative) alternative = OtherReading(next, value);
    Push(value, alternative, weak, range, factor);
    ShareScaleBackwards();
    return next;
  }

  // "COVID-19", "F-16", "Euro-2016": a number hyphenated onto a word is part of a name.
  bool InsideName(std::size_t i) const {
    return i >= 2 && tokens_[i - 1].text == "-" && Adjacent(i - 1, i) && Adjacent(i - 2, i - 1) &&
           tokens_[i - 2].kind == TokenKind::kWord;
  }

  // "10h30" (French clock time): the hour, also read as 10.5 hours; the minutes, weak.
  bool ReadClock(std::size_t i, std::size_t length, const std::string& suffix) {
    if (suffix.size() < 2 || suffix[0] != 'h' || !IsDigit(suffix[1])) return false;
    ByteRange range = tokens_[i].range;
    double hour = ToDouble(std::string(tokens_[i].text.substr(0, length)));
    double minutes = ToDouble(suffix.substr(1));
    Push(hour, hour + minutes / 60, false, range);
    Push(minutes, std::nullopt, true, range);
    return true;
  }

  // "20.12.2012", "20/12/2012", "12/20/2012": day and month (in either order) weak, the
  // year strong. A figure like "1.000.000" is no date: its groups have three digits.
  bool ReadDate(std::size_t i, std::string_view figure) {
    std::vector<std::string> parts;
    std::size_t last = 0;
    if (std::count(figure.begin(), figure.end(), '.') == 2) {
      for (std::size_t k = 0; k <= figure.size(); ++k) {
        if (k == figure.size() || figure[k] == '.') {
          parts.emplace_back(figure.substr(last, k - last));
          last = k + 1;
        }
      }
    } else if (IsText(i + 1, "/") && Adjacent(i, i + 1) && IsText(i + 3, "/") &&
               i + 4 < tokens_.size() && tokens_[i + 2].kind == TokenKind::kNumber &&
               tokens_[i + 4].kind == TokenKind::kNumber) {
      parts = {std::string(figure), std::string(tokens_[i + 2].text),
               std::string(tokens_[i + 4].text)};
    }
    if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2) return false;
    for (std::size_t k = 0; k < 3; ++k) Push(ToDouble(parts[k]), std::nullopt, k < 2, tokens_[i].range);
    return true;
  }

  // True when the suffix keeps the figure a number; multiplies `factor` for "bn".
  bool ReadSuffix(const std::string& suffix, std::size_t i, double* factor, Reading* reading) {
    if (suffix.empty()) return true;
    for (const ScaleSuffix& s : kScaleSuffixes) {
      if (s.suffix == suffix) return *factor = s.factor, true;
    }
    if (suffix == "m" && AfterCurrency(i)) return *factor = 1e6, true;  // "$5m", "£5m"
    if (suffix == "m" && !reading->alternative) reading->alternative = reading->value * 1e6;
    for (std::string_view plain : kPlainSuffixes) {
      if (plain == suffix) return true;
    }
    return false;  // "3D", "4x4", "5G": a name more than a number
  }

  bool AfterCurrency(std::size_t i) const {
    if (i == 0) return false;
    std::string_view before = tokens_[i - 1].text;
    return before == "$" || before == "£" || before == "€";
  }

  // A scale word after a figure: "2 000 milliards", "1,5 million", "2 bn", "30-million".
  std::size_t ReadScaleWord(std::size_t next, double* factor, ByteRange* range) {
    if (IsText(next, "-") && Adjacent(next - 1, next) && Adjacent(next, next + 1)) {
      const NumberWord* word = WordAt(next + 1);
      if (word != nullptr && word->role == NumberWordRole::kScale) ++next;
    }
    const NumberWord* word = WordAt(next);
    if (word == nullptr) return next;
    if (word->role != NumberWordRole::kScale && word->role != NumberWordRole::kThousand) {
      return next;
    }
    *factor *= word->value;
    range->end = tokens_[next].range.end;
    return next + 1;
  }

  // "2 millions et demi" = 2.5 million, "two and a half": the half, in units of `factor`.
  double Half(std::size_t* next, double factor, ByteRange* range) {
    std::size_t j = *next;
    if (language_ == "fr" && IsWord(j, "et") && (IsWord(j + 1, "demi") || IsWord(j + 1, "demie"))) {
      j += 2;
    } else if (language_ == "en" && IsWord(j, "and") && IsWord(j + 1, "a") && IsWord(j + 2, "half")) {
      j += 3;
    } else {
      return 0;
    }
    range->end = tokens_[j - 1].range.end;
    *next = j;
    return 0.5 * factor;
  }

  // "trente ans" = "three decades"; "quatre mètres et demi" = "four and a half metres".
  std::optional<double> OtherReading(std::size_t next, double value) {
    if (IsWord(next, "decades") || IsWord(next, "decennies")) return value * 10;
    if (language_ == "fr" && next < tokens_.size() && tokens_[next].kind == TokenKind::kWord &&
        IsWord(next + 1, "et") && (IsWord(next + 2, "demi") || IsWord(next + 2, "demie"))) {
      return value + 0.5;
    }
    return std::nullopt;
  }

  // "6.30 a.m." (British clock time): the hour, also read as 6.5 hours; the minutes, weak.
  bool ClockWithDot(std::size_t next, double* value) {
    bool clock = IsWord(next, "am") || IsWord(next, "a.m") || IsWord(next, "pm") || IsWord(next, "p.m");
    if (!clock || *value == std::floor(*value)) return false;
    double hour = std::floor(*value);
    double minutes = std::round((*value - hour) * 100);
    ByteRange range = tokens_[next - 1].range;
    Push(hour, hour + minutes / 60, false, range);
    Push(minutes, std::nullopt, true, range);
    return true;
  }

  // "entre 1 et 0,5 milliard", "0.5 - 1 billion": the first figure may share the scale of
  // the second. Read as an alternative, so that "1 billion" matches either way.
  void ShareScaleBackwards() {
    std::size_t n = mentions_.size();
    if (n < 2 || scales_[n - 1] == 1 || scales_[n - 2] != 1 || mentions_[n - 2].alternative) return;
    std::string_view between = text_.substr(mentions_[n - 2].range.end,
                                            mentions_[n - 1].range.begin - mentions_[n - 2].range.end);
    std::string folded = FoldForMatch(between);
    for (std::string_view joiner : {" et ", " a ", " ou ", " and ", " to ", " or ", " - ", "-",
                                    " \xE2\x80\x93 ", "\xE2\x80\x93"}) {
      if (folded == joiner) mentions_[n - 2].alternative = mentions_[n - 2].value * scales_[n - 1];
    }
  }

  // "6 pm", "6 p.m.", "6:30 pm": the hour counts as on a 24-hour clock, as in French "18 h".
  bool AfterNoon(std::size_t next, double hour) {
    if (hour >= 12 || language_ != "en") return false;
    if (IsText(next, ":") && next + 1 < tokens_.size() &&
        tokens_[next + 1].kind == TokenKind::kNumber) {
      next += 2;
    }
    return IsWord(next, "pm") || IsWord(next, "p.m");  // ICU keeps "p.m" as one word
  }

  bool StartsWords(std::size_t i) {
    if (WordAt(i) != nullptr) return !NotANumberWord(i);
    return language_ == "en" && (IsWord(i, "a") || IsWord(i, "an"));
  }

  // "pour cent", "pour-cent", and "cents" alone ("46 cents"): no hundred.
  bool NotANumberWord(std::size_t i) {
    if (language_ != "fr" || (Folded(i) != "cent" && Folded(i) != "cents")) return false;
    std::size_t before = i > 0 && IsText(i - 1, "-") ? i - 2 : i - 1;
    if (i > 0 && IsWord(before, "pour")) return true;
    return Folded(i) == "cents" && (i == 0 || WordAt(i - 1) == nullptr);
  }

  // "Ocean's Eleven", "BBC Two": a capitalised number word inside a sentence names something.
  bool CapitalisedInside(std::size_t i) const {
    if (i == 0) return false;
    unsigned char first = static_cast<unsigned char>(tokens_[i].text[0]);
    std::string_view before = tokens_[i - 1].text;
    bool sentence_start = before == "." || before == "\"" || before == ":" || before == "«" ||
                          before == "-" || before == "\xE2\x80\x9C";
    return first >= 'A' && first <= 'Z' && !sentence_start;
  }

  std::size_t ReadWords(std::size_t i);
  bool ReadArticle(std::size_t i, WordNumber* number);
  void ReadAlphanumeric(std::size_t i);

  std::string_view text_;
  std::string language_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> folded_;  // FoldForMatch of word tokens, filled on demand
  std::vector<NumberMention> mentions_;
  std::vector<double> scales_;  // of each mention: 1e9 for "2 milliards"
};

// "a hundred", "an hour": true when the article starts a number (pushed already for the
// weak "a week"); false when it is just an article.
bool NumberReader::ReadArticle(std::size_t i, WordNumber* number) {
  const NumberWord* next = WordAt(i + 1);
  bool scaled = next != nullptr && (next->role == NumberWordRole::kHundred ||
                                    next->role == NumberWordRole::kThousand ||
                                    next->role == NumberWordRole::kScale);
  if (scaled) {
    number->TakeArticle(false);
    return true;
  }
  if (i + 1 < tokens_.size() && IsTimeUnit(language_, Folded(i + 1))) {
    Push(1, std::nullopt, true, tokens_[i].range);
  }
  return false;
}

// Number words joined by spaces, hyphens and "et"/"and": "dix-huit", "vingt et un",
// "two hundred and five", "a thousand", "deux millions".
std::size_t NumberReader::ReadWords(std::size_t i) {
  WordNumber number(language_);
  std::size_t j = i;
  if (WordAt(i) == nullptr) {
    if (!ReadArticle(i, &number)) return i + 1;
    ++j;
  }
  std::size_t end = j;
  while (j < tokens_.size() && !number.closed()) {
    const NumberWord* word = WordAt(j);
    if (word != nullptr && !NotANumberWord(j) && number.Take(*word)) {
      end = ++j;
      continue;
    }
    const NumberWord* after = WordAt(j + 1);
    bool hyphen = IsText(j, "-") && Adjacent(j - 1, j) && Adjacent(j, j + 1);
    bool joins = after != nullptr && !number.empty() &&
                 (hyphen || ((IsWord(j, "et") || IsWord(j, "and")) && number.CanJoin(*after)));
    if (!joins) break;
    ++j;
  }
  if (end == i) return i + 1;
  ByteRange range{tokens_[i].range.begin, tokens_[end - 1].range.end};
  double value = number.value() + Half(&end, 1, &range);
  bool weak = number.weak() || CapitalisedInside(i);
  // "les deux", "tous deux", "leurs deux": mostly "both", which English may leave out.
  if (language_ == "fr" && value == 2 && i > 0) {
    for (std::string_view det : {"les", "des", "ces", "tous", "toutes", "leurs", "ses", "nos"}) {
      weak = weak || IsWord(i - 1, det);
    }
  }
  // "huit jours", "quinze jours": a week, two weeks.
  if (language_ == "fr" && (value == 8 || value == 15) && IsWord(end, "jours")) {
    Push(value, value == 8 ? 1 : 2, true, range);
    return end;
  }
  Push(value, OtherReading(end, value), weak, range);
  return end;
}

// Words with digits ("G7", "A380", "H1N1") and Roman ordinals ("XXe siècle", "Ve
// République"): numbers inside names, weak.
void NumberReader::ReadAlphanumeric(std::size_t i) {
  std::string_view word = tokens_[i].text;
  std::size_t roman = word.find_first_not_of("IVXLC");
  std::string_view rest = word.substr(roman == std::string_view::npos ? word.size() : roman);
  if (roman != 0 && (rest == "e" || rest == "er" || rest == "ème" || rest == "eme")) {
    int value = 0, largest = 0;
    for (std::size_t k = word.size() - rest.size(); k-- > 0;) {
      int digit = std::string_view("IVXLC").find(word[k]);
      digit = std::array<int, 5>{1, 5, 10, 50, 100}[digit];
      value += digit < largest ? -digit : digit;
      largest = std::max(largest, digit);
    }
    Push(value, std::nullopt, true, tokens_[i].range);
    return;
  }
  for (std::size_t k = 0; k < word.size();) {
    if (!IsDigit(word[k])) {
      ++k;
      continue;
    }
    std::size_t begin = k;
    while (k < word.size() && IsDigit(word[k])) ++k;
    std::size_t offset = tokens_[i].range.begin;
    Push(ToDouble(std::string(word.substr(begin, k - begin))), std::nullopt, true,
         {offset + begin, offset + k});
  }
}

}  // namespace

std::vector<NumberMention> FindNumbers(std::string_view text, std::string_view language) {
  return FindNumbers(text, Tokenize(text), language);
}

std::vector<NumberMention> FindNumbers(std::string_view text, const std::vector<Token>& tokens,
                                       std::string_view language) {
  return NumberReader(text, tokens, language).Run();
}

std::string NumberValueKey(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

}  // namespace talign
