// Numbers read as a person reads them, in French and English news text.
#include "talign/qa/number_parser.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "test_util/language_resources.h"

namespace talign {
namespace {

struct ParseCase {
  const char* language;
  const char* text;
  const char* numbers;  // "value" per mention, "~" marks weak ones, "|alt" alternatives
};

const NumberLanguage& Numbers(const std::string& language) {
  static auto* built = new std::map<std::string, std::unique_ptr<NumberLanguage>>;
  auto& numbers = (*built)[language];
  if (!numbers) numbers = std::make_unique<NumberLanguage>(testing::Resources(language));
  return *numbers;
}

std::string Describe(const std::vector<NumberMention>& mentions) {
  std::string out;
  for (const NumberMention& m : mentions) {
    if (!out.empty()) out += " ";
    if (m.weak) out += "~";
    out += NumberValueKey(m.value);
    if (m.alternative) out += "|" + NumberValueKey(*m.alternative);
  }
  return out;
}

const ParseCase kCases[] = {
    // The seed story and the traps of issue 4.
    {"fr", "libérer 5 000 prisonniers talibans en échange de 1 000 captifs", "5000 1000"},
    {"fr", "libérer 5\u00a0000 prisonniers, 5\u202f000 captifs", "5000 5000"},
    {"en", "to release 5,000 Taliban prisoners in exchange for 1,000 captives", "5000|5 1000|1"},
    {"fr", "un retrait d'ici 14 mois", "~1 14"},
    {"fr", "2 000 milliards de dollars", "2e+12"},
    {"en", "$2 trillion", "2e+12"},
    {"fr", "une hausse de 3,5 %", "~1 3.5"},
    {"en", "a 3.5% rise", "3.5"},
    {"fr", "1,5 million d'habitants", "1500000"},
    {"en", "Gaza's 1.7m people, $2bn, £5m", "1.7|1700000 2000000000 5000000"},
    {"fr", "dix-huit ans de présence militaire", "18"},
    {"en", "eighteen years of American military presence", "18"},
    {"fr", "une semaine avant la signature", "~1"},
    {"en", "a week before the agreement", "~1"},
    {"fr", "le 2 mars 2020", "2 2020"},
    {"en", "on March 2, 2020", "2 2020"},
    {"fr", "ce mercredi 4 mars", "4"},
    {"fr", "quatre-vingt-dix-neuf, vingt et un, soixante-quinze", "99 21 75"},
    {"fr", "deux cent et quatre cent mille", "200 400000"},
    {"en", "Two hundred to 400 thousand", "200|200000 400000"},
    {"en", "two hundred and five", "205"},
    // Articles, ordinals and names are weak: they confirm a number, never report one.
    {"fr", "Un accord, la première frappe, les deux pays", "~1 ~1 ~2"},
    {"en", "one of them, for the first time", "~1 ~1"},
    {"fr", "le COVID-19, le G7, au XXe siècle", "~19 ~7 ~20 ~100"},
    {"en", "in Ocean's Eleven", "~11"},
    {"en", "a few hundred people, several thousand", "~100 ~1000"},
    {"fr", "46 cents, 40 pour-cent, 30 pour cent", "46 ~100 40 30"},
    {"fr", "les 8es de finale", "~8|16"},
    // Shapes a language leaves open keep their other reading.
    {"fr", "5,000 et 5.000", "5|5000 5000|5"},
    {"fr", "dans les années 1980", "1980|80"},
    {"fr", "entre 1 et 0,5 milliard", "1|1000000000 500000000"},
    {"fr", "2 millions et demi", "2500000"},
    {"fr", "trente ans, quatre mètres et demi", "30 4|4.5"},
    // Clock times and numeric dates.
    {"fr", "à 18h30", "18|18.5 ~30"},
    {"en", "at 6 p.m., at 6:30 pm, 7pm", "18 18 30 19"},
    {"en", "at 6.30 a.m.", "6|6.5 ~30"},
    {"en", "on Thursday 20.12.2012", "~20 ~12 2012"},
    {"en", "21st, the 1990s", "21 1990|90"},
    // Issue 12: currency and scale abbreviations, fractions in words, other languages.
    {"fr", "6 M$, 700 Md$, 708 M£, 3 Mds €, 12 k€", "6000000 7e+11 708000000 3000000000 12000"},
    {"en", "$6m, $700-billion, £708 million, $2 bn", "6000000 7e+11 708000000 2000000000"},
    {"fr", "12 ans et demi, trois quarts", "12|12.5 3"},
    {"en", "three and a half years, one and a half thousand", "3.5 1500"},
    {"en", "the last 16, no two are alike", "~16 ~2"},
    {"fr", "30 pour cent, pour 24h", "30 ~24|1"},
    {"fr", "tous deux, quinze jours", "~2 ~15|2"},
    {"de", "2,4 Millionen, 3 Mrd. Euro, zweieinhalb Jahre", "2400000 3000000000 2.5"},
    {"es", "3.500 millones, tres años y medio, treinta y cinco", "3500000000|3500000 3|3.5 35"},
    {"it", "2,5 milioni, due anni e mezzo", "2500000 2|2.5"},
    {"pt", "1,5 milhões, vinte e um", "1500000 21"},
    {"nl", "2,4 miljoen, anderhalf jaar", "2400000 1.5"},
};

TEST(NumberParserTest, ReadsNumbersAsPeopleDo) {
  for (const ParseCase& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Describe(FindNumbers(c.text, Numbers(c.language))), c.numbers);
  }
}

TEST(NumberParserTest, SurfaceIsTheTextOfTheRange) {
  std::string text = "libérer 2 000 milliards de dollars";
  std::vector<NumberMention> mentions = FindNumbers(text, Numbers("fr"));
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].surface, "2 000 milliards");
  EXPECT_EQ(text.substr(mentions[0].range.begin, mentions[0].range.size()), "2 000 milliards");
}

TEST(NumberParserTest, HeaderExample) {
  std::vector<NumberMention> n = FindNumbers("libérer 5 000 prisonniers", Numbers("fr"));
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].value, 5000);
  EXPECT_EQ(n[0].surface, "5 000");
  EXPECT_FALSE(n[0].weak);
  EXPECT_TRUE(FindNumbers("un accord", Numbers("fr"))[0].weak);
}

}  // namespace
}  // namespace talign
