// Reads numbers off Tokenize's tokens: figures ("5 000", "3,5", "21st", "10h30"), number
// words ("dix-huit", "two hundred"), scale words and abbreviations after either ("1,5
// million", "6 M$"), fractions ("et demi"); then the language's idioms and units
// (number_context.h).
#include "talign/qa/number_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "talign/qa/number_context.h"
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
                         const NumberLanguage& language) {
  std::string as_decimal = s;
  as_decimal[at] = '.';
  std::string as_group = s.substr(0, at) + s.substr(at + 1);
  bool shape_of_group = !spaced && s.size() - at - 1 == 3 && at >= 1 && at <= 3 && s[0] != '0';
  if (!shape_of_group) return {ToDouble(as_decimal), std::nullopt};
  bool decimal_first = (s[at] == ',') == language.decimal_comma();
  if (decimal_first) return {ToDouble(as_decimal), ToDouble(as_group)};
  return {ToDouble(as_group), ToDouble(as_decimal)};
}

Reading ReadFigure(std::string_view figure, const NumberLanguage& language) {
  std::string s;
  bool spaced = false;
  for (char c : figure) {
    if (IsDigit(c) || c == ',' || c == '.')
      s += c;
    else
      spaced = true;
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
    if (IsDigit(s[i]))
      out += s[i];
    else if (mixed && i == last)
      out += '.';
  }
  return {ToDouble(out), std::nullopt};
}

class NumberReader {
 public:
  // `tokens`: Tokenize(text), borrowed for the reader's life.
  NumberReader(std::string_view text, const std::vector<Token>& tokens,
               const NumberLanguage& language)
      : text_(text), language_(language), tokens_(tokens), folded_(tokens_.size()) {}

  std::vector<NumberMention> Run() {
    for (std::size_t i = 0; i < tokens_.size();) i = ReadAt(i);
    if (!mentions_.empty()) ReadContext(text_, tokens_, language_, mentions_);
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
    return language_.Word(Folded(i));
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
    mentions_.push_back({value, alternative, weak, range, surface, nullptr, surface, range});
    scales_.push_back(scale);
  }

  // A figure and what is glued to it or follows: a suffix, a scale word, "p.m.", "et demi".
  std::size_t ReadFigureToken(std::size_t i) {
    std::string_view token = tokens_[i].text;
    std::size_t length = FigureLength(token);
    std::string suffix = FoldForMatch(token.substr(length));
    if (ReadClock(i, length, suffix) || ReadDate(i, token.substr(0, length))) return i + 1;
    Reading reading = ReadFigure(token.substr(0, length), language_);
    bool weak = InsideName(i);
    double factor = 1;
    ByteRange range = tokens_[i].range;
    std::size_t next = i + 1;
    if (!ReadAbbreviation(i, length, &next, &factor, &range) &&
        !ReadSuffix(suffix, i, &factor, &reading)) {
      weak = true;
    }
    next = ReadScaleWord(next, &factor, &range);
    double value = reading.value * factor + Fraction(&next, factor, &range);
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
    for (std::size_t k = 0; k < 3; ++k)
      Push(ToDouble(parts[k]), std::nullopt, k < 2, tokens_[i].range);
    return true;
  }

  // True when the suffix keeps the figure a number ("3D", "4x4", "5G" are names);
  // multiplies `factor` for "bn", "$6m". A "6m" that may be metres may be millions too.
  bool ReadSuffix(const std::string& suffix, std::size_t i, double* factor, Reading* reading) {
    if (suffix.empty()) return true;
    std::optional<double> scale = language_.SuffixFactor(suffix, AfterCurrency(i));
    if (scale && *scale != 1) *factor = *scale;
    if (scale && *scale == 1 && language_.ScalesAfterCurrency(suffix) && !reading->alternative) {
      reading->alternative = reading->value * *language_.SuffixFactor(suffix, true);
    }
    return scale.has_value();
  }

  bool AfterCurrency(std::size_t i) const {
    if (i == 0 || tokens_[i - 1].kind != TokenKind::kPunct) return false;
    const std::vector<NumberUnit>* units = language_.Units(tokens_[i - 1].text);
    return units != nullptr && units->front().dimension == "currency";
  }

  // "6 M$", "700 Md$", "3 Mds €", "12 k€", "6M$": the longest run of adjacent tokens (or
  // the figure's own letters and what is glued to them) that the language abbreviates a
  // scale with. Moves `next` past it.
  bool ReadAbbreviation(std::size_t i, std::size_t length, std::size_t* next, double* factor,
                        ByteRange* range) {
    std::string written(tokens_[i].text.substr(length));
    std::size_t j = written.empty() ? i + 1 : i;
    if (written.empty() && (j >= tokens_.size() || tokens_[j].kind == TokenKind::kNumber))
      return false;
    if (written.empty()) written = tokens_[j].text;
    std::size_t best = 0;
    double best_factor = 0;
    for (std::size_t k = j;; ++k) {
      double f = language_.ScaleAbbreviation(written);
      if (f != 0) {
        best = k + 1;
        best_factor = f;
      }
      if (!Adjacent(k, k + 1) || tokens_[k + 1].kind == TokenKind::kNumber || k + 1 > j + 2) break;
      written += tokens_[k + 1].text;
    }
    if (best == 0) return false;
    *factor = best_factor;
    *next = best;
    range->end = tokens_[best - 1].range.end;
    return true;
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

  // The fraction phrase starting at token `j` ("et demi", "and a half", "y medio"):
  // its value, and the token after it in *end; 0 when none starts there.
  double FractionAt(std::size_t j, std::size_t* end) {
    for (const NumberFraction& fraction : language_.fractions()) {
      std::size_t k = 0;
      while (k < fraction.words.size() && IsWord(j + k, fraction.words[k])) ++k;
      if (k == fraction.words.size()) {
        *end = j + k;
        return fraction.value;
      }
    }
    return 0;
  }

  // "2 millions et demi" = 2.5 million, "two and a half": the fraction, in units of `factor`.
  double Fraction(std::size_t* next, double factor, ByteRange* range) {
    std::size_t end = 0;
    double fraction = FractionAt(*next, &end);
    if (fraction == 0) return 0;
    range->end = tokens_[end - 1].range.end;
    *next = end;
    return fraction * factor;
  }

  // "trente ans" = "three decades" (a time unit's size); "tres años y medio" = "three and a
  // half years" (a fraction after the noun).
  std::optional<double> OtherReading(std::size_t next, double value) {
    if (next >= tokens_.size() || tokens_[next].kind != TokenKind::kWord) return std::nullopt;
    const std::vector<NumberUnit>* units = language_.Units(Folded(next));
    if (units != nullptr && units->front().dimension == "time" && units->front().size != 1) {
      return value * units->front().size;
    }
    std::size_t end = 0;
    double fraction = FractionAt(next + 1, &end);
    if (fraction != 0) return value + fraction;
    return std::nullopt;
  }

  // "6.30 a.m." (British clock time): the hour, also read as 6.5 hours; the minutes, weak.
  bool ClockWithDot(std::size_t next, double* value) {
    bool clock = next < tokens_.size() &&
                 (language_.IsMorning(Folded(next)) || language_.IsAfternoon(Folded(next)));
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
    std::string_view between = text_.substr(
        mentions_[n - 2].range.end, mentions_[n - 1].range.begin - mentions_[n - 2].range.end);
    std::string folded = FoldForMatch(between);
    bool dash = false;
    for (std::string_view joiner : {" - ", "-", " \xE2\x80\x93 ", "\xE2\x80\x93"}) {
      dash = dash || folded == joiner;
    }
    bool word = folded.size() > 2 && folded.front() == ' ' && folded.back() == ' ' &&
                language_.IsRangeWord(std::string_view(folded).substr(1, folded.size() - 2));
    if (dash || word) mentions_[n - 2].alternative = mentions_[n - 2].value * scales_[n - 1];
  }

  // "6 pm", "6 p.m.", "6:30 pm": the hour counts as on a 24-hour clock, as in French "18 h".
  bool AfterNoon(std::size_t next, double hour) {
    if (hour >= 12) return false;
    if (IsText(next, ":") && next + 1 < tokens_.size() &&
        tokens_[next + 1].kind == TokenKind::kNumber) {
      next += 2;
    }
    // ICU keeps "p.m" as one word
    return next < tokens_.size() && language_.IsAfternoon(Folded(next));
  }

  bool StartsWords(std::size_t i) { return WordAt(i) != nullptr; }

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
  const NumberLanguage& language_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> folded_;  // FoldForMatch of word tokens, filled on demand
  std::vector<NumberMention> mentions_;
  std::vector<double> scales_;  // of each mention: 1e9 for "2 milliards"
};

// "a hundred", "an hour": true when the article starts a number (pushed already for the
// weak "a week"); false when it is just an article.
bool NumberReader::ReadArticle(std::size_t i, WordNumber* number) {
  const NumberWord* next = WordAt(i + 1);
  bool scaled = next != nullptr &&
                (next->role == NumberWordRole::kHundred ||
                 next->role == NumberWordRole::kThousand || next->role == NumberWordRole::kScale);
  if (scaled) {
    number->TakeArticle(false);
    return true;
  }
  if (i + 1 < tokens_.size() && language_.IsTimeUnit(Folded(i + 1))) {
    Push(1, std::nullopt, true, tokens_[i].range);
  }
  return false;
}

// Number words joined by spaces, hyphens and "et"/"and": "dix-huit", "vingt et un",
// "two hundred and five", "a thousand", "deux millions", "one and a half thousand".
std::size_t NumberReader::ReadWords(std::size_t i) {
  WordNumber number(language_);
  std::size_t j = i;
  if (WordAt(i)->role == NumberWordRole::kArticle) {
    if (!ReadArticle(i, &number)) return i + 1;
    ++j;
  }
  std::size_t end = j;
  while (j < tokens_.size() && !number.closed()) {
    const NumberWord* word = WordAt(j);
    if (word != nullptr && number.Take(*word)) {
      end = ++j;
      continue;
    }
    const NumberWord* after = WordAt(j + 1);
    bool hyphen = IsText(j, "-") && Adjacent(j - 1, j) && Adjacent(j, j + 1);
    bool joins =
        after != nullptr && !number.empty() &&
        (hyphen || (tokens_[j].kind == TokenKind::kWord && number.CanJoin(Folded(j), *after)));
    if (!joins) break;
    ++j;
  }
  if (end == i) return i + 1;
  ByteRange range{tokens_[i].range.begin, tokens_[end - 1].range.end};
  double fraction = Fraction(&end, 1, &range);
  double value = number.value() + fraction;
  double factor = 1;
  if (value != std::floor(value))
    end = ReadScaleWord(end, &factor, &range);  // "one and a half thousand"
  value *= factor;
  bool weak = (number.weak() && fraction == 0) || CapitalisedInside(i);  // "one and a half"
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

std::vector<NumberMention> FindNumbers(std::string_view text, const NumberLanguage& language) {
  return FindNumbers(text, Tokenize(text), language);
}

std::vector<NumberMention> FindNumbers(std::string_view text, const std::vector<Token>& tokens,
                                       const NumberLanguage& language) {
  return NumberReader(text, tokens, language).Run();
}

std::string NumberValueKey(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

}  // namespace talign
