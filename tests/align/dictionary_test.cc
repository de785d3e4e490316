// FreeDict reading, dictionary links and Model 1 seeding. Entries are quoted from Debian's
// dict-freedict-deu-fra, -fra-eng, -eng-ell and -deu-eng (GPL 2+); the sentences from Text+Berg
// dev (../shared/data/textberg-dev, German 105 and French 154; GPL 2).
#include <gtest/gtest.h>

#include <algorithm>

#include "segments.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/freedict.h"
#include "talign/align/lexical_model.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

using testing::Segments;

const std::string kBerg =
    "Berg /bɛʁk/ <n, masc>\n"
    "1. montagne, amoncellement, mont\n"
    "große, steile Erhebung auf der Landoberfläche der Erde\n"
    "2. mine\n"
    "feste Erdkruste, Untertagebereich; „im Berg“\n";
const std::string kAbaque = "abaque /abak/ <n, masc>\nabacus, ball-frame, counting-frame\n";
const std::string kGive = "abandonner /abɑ̃dɔne/ <v>\n1. cede, give in, give up\n";
const std::string kWheat = "wheat /wˈiːt/\n\nσιτάρι, σίτος\n";  // a blank line first
const std::string kDotz =  // labels around the translation, then synonyms
    "I-Dotz /ˈiː dˈɔts/ <masc, n, sg>\n"
    " [Mittelwestdt.] abecedarian <n>\n"
    "   Synonyms: {Abc-Schütze}, {I-Dötzchen}, {I-Männchen}, {Taferlklassler}\n";

std::string Base64(std::size_t n) {
  const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out(1, digits[n % 64]);
  for (n /= 64; n > 0; n /= 64) out.insert(out.begin(), digits[n % 64]);
  return out;
}

// A dictd database of the given entries: (index, dict).
std::pair<std::string, std::string> Database(
    const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string index, dict;
  for (const auto& [headword, body] : entries) {
    index += headword + "\t" + Base64(dict.size()) + "\t" + Base64(body.size()) + "\n";
    dict += body;
  }
  return {index, dict};
}

TEST(FreeDictTest, TranslationLinesNotGlosses) {
  auto [index, dict] = Database({{"00databaseshort", "FreeDict\n"},
                                 {"Berg", kBerg},
                                 {"abaque", kAbaque},
                                 {"abandonner", kGive},
                                 {"wheat", kWheat},
                                 {"I-Dotz", kDotz}});
  WordPairs expected = {{"Berg", "montagne"},
                        {"Berg", "amoncellement"},
                        {"Berg", "mont"},
                        {"Berg", "mine"},
                        {"abaque", "abacus"},
                        {"abaque", "ball-frame"},
                        {"abaque", "counting-frame"},
                        {"abandonner", "cede"},
                        {"wheat", "σιτάρι"},
                        {"wheat", "σίτος"},
                        {"I-Dotz", "abecedarian"}};
  EXPECT_EQ(ParseFreeDict(index, dict), expected);  // no gloss words, no "give up"
}

// Each language's `freedict` setting names the database, under the sides' dictd_dir
// (Debian's here: testing::Resources).
TEST(FreeDictTest, BaseFromSettingsAndDirectory) {
  const LanguageResources &de = testing::Resources("de"), &fr = testing::Resources("fr"),
                          &en = testing::Resources("en"), &es = testing::Resources("es");
  if (FreeDictBase(fr, en).empty()) GTEST_SKIP() << "dict-freedict-fra-eng is not installed";
  const std::string dir = fr.paths().dictd_dir;
  EXPECT_EQ(FreeDictBase(fr, en), dir + "/freedict-fra-eng");
  EXPECT_EQ(FreeDictBase(de, fr), dir + "/freedict-deu-fra");
  EXPECT_EQ(FreeDictBase(es, en), dir + "/freedict-spa-eng");
  EXPECT_EQ(FreeDictBase(en, testing::Resources("is")), "");  // Debian has no eng-isl
  Dictionary dictionary = LoadFreeDict(de, fr);  // deu-fra only; its index is lower-case
  const WordPairs& pairs = dictionary.pairs();
  EXPECT_NE(std::find(pairs.begin(), pairs.end(),
                      std::pair<std::string, std::string>("berg", "montagne")),
            pairs.end());
  const std::vector<std::string>& berg = dictionary.TargetStems("berg");  // stemmed once
  EXPECT_NE(std::find(berg.begin(), berg.end(), "montagn"), berg.end());
}

TEST(FreeDictTest, MissingPairIsEmpty) {
  const LanguageResources fr(Language::Parse("fr"), {"", "/nonexistent"});
  const LanguageResources en(Language::Parse("en"), {"", "/nonexistent"});
  const LanguageResources no_dir(Language::Parse("en"), {});
  const LanguageResources& sw = testing::Resources("sw");  // no data: no `freedict` code
  EXPECT_EQ(FreeDictBase(fr, en), "");
  EXPECT_TRUE(LoadFreeDict(fr, en).empty());
  EXPECT_EQ(FreeDictBase(sw, no_dir), "");
  EXPECT_EQ(FreeDictBase(no_dir, sw), "");
}

// Each side is folded, then stemmed with its language's `snowball` setting; a language
// without one (Swahili: no data) keeps its folded words whole. Copies share the index.
TEST(DictionaryTest, PairsAreIndexedByTheirStems) {
  const Dictionary de_fr(testing::Resources("de"), testing::Resources("fr"),
                         {{"Gletscher", "glacier"},
                          {"Gletschern", "Glaciers"},
                          {"Erkundung", "reconnaissance"},
                          {"Tier", "bête"},
                          {"Tier", "animal"}});
  const Dictionary sw_en(testing::Resources("sw"), testing::Resources("en"),
                         {{"Watoto", "children"}, {"mtoto", "child"}});
  const Dictionary copy = de_fr;
  struct Row {
    const Dictionary* dictionary;
    std::string src_stem;
    std::vector<std::string> tgt_stems;
  };
  const Row rows[] = {
      {&de_fr, "gletsch", {"glaci"}},  // two pairs, one stem each side
      {&de_fr, "erkund", {"reconnaiss"}},
      {&de_fr, "tier", {"animal", "bet"}},  // sorted, accents folded
      {&de_fr, "Tier", {}},                 // stems are of folded words
      {&copy, "erkund", {"reconnaiss"}},
      {&sw_en, "watoto", {"children"}},  // whole word: no Swahili stemmer
      {&sw_en, "mtoto", {"child"}},
      {&sw_en, "toto", {}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.src_stem);
    EXPECT_EQ(row.dictionary->TargetStems(row.src_stem), row.tgt_stems);
  }
  EXPECT_EQ(copy.pairs().size(), 5u);
  EXPECT_EQ(&copy.pairs(), &de_fr.pairs());
  EXPECT_TRUE(Dictionary().empty());
  EXPECT_TRUE(Dictionary().TargetStems("tier").empty());
}

TEST(DictionaryLinksTest, LemmasReachInflectedWords) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Darum sahen wir uns nun gut um , wo das Tier in das Wasser hineingegangen war .",
                "Nun begannen die Erkundungen auf den Gletschern ."}),
      Segments({"Nous cherchâmes alors l' endroit où la bête était entrée dans l' eau .",
                "Les reconnaissances commencèrent sur les glaciers ."}),
      {});
  auto links = DictionaryLinks(f, Dictionary(testing::Resources("de"), testing::Resources("fr"),
                                             {{"Tier", "bête"},
                                              {"Wasser", "eau"},
                                              {"Erkundung", "reconnaissance"},
                                              {"Gletscher", "glacier"},
                                              {"Haus", "maison"},
                                              {"Tier", "animal"}}));
  std::vector<std::pair<std::string, std::string>> words;
  for (const auto& [e, t] : links) words.emplace_back(f.src_words[e], f.tgt_words[t]);
  std::sort(words.begin(), words.end());
  // Plurals reach their lemma through Snowball's stems; "maison" and "animal" are not in
  // the input.
  EXPECT_EQ(words,
            (std::vector<std::pair<std::string, std::string>>{{"erkundungen", "reconnaissances"},
                                                              {"gletschern", "glaciers"},
                                                              {"tier", "bete"},
                                                              {"wasser", "eau"}}));
}

TEST(DictionaryLinksTest, SeedLinksTrainModel1WithoutBeads) {
  BitextFeatures f = ExtractFeatures(Segments({"das Wasser"}), Segments({"l' eau"}), {});
  LexicalModel model = TrainLexicalModel(f, {}, 8000, {{1, 1}});  // wasser → eau
  ASSERT_EQ(model.forward.Translations(1).size(), 1u);
  EXPECT_EQ(model.forward.Translations(1)[0].first, 1u);
  EXPECT_GT(model.forward.Translations(1)[0].second, 0.9f);
}

}  // namespace
}  // namespace talign
