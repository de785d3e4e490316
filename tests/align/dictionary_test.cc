// FreeDict reading, dictionary links and Model 1 seeding. Entries are quoted from Debian's
// dict-freedict-deu-fra, -fra-eng, -eng-ell and -deu-eng (GPL 2+); the sentences from Text+Berg
// dev (../shared/data/textberg-dev, German 94, 105 and French 144, 154; GPL 2) and TransRead's
// Candide (../shared/data/transread-en-es-dev, English 1280, Spanish 999; CC BY-SA 4.0).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "segments.h"
#include "talign/align/aligner.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/freedict.h"
#include "talign/align/lexical_model.h"
#include "talign/text/normalizer.h"
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

// A load for the documents' words (FreeDict deu-fra and fra-deu; dictzip chunks inflated
// on demand) keeps exactly the pairs of the whole load whose two stems the documents have:
// the same links, a fraction of the pairs.
TEST(FreeDictTest, ScopedLoadKeepsThePairsOfTheDocumentsWords) {
  const LanguageResources &de = testing::Resources("de"), &fr = testing::Resources("fr");
  if (FreeDictBase(de, fr).empty()) GTEST_SKIP() << "dict-freedict-deu-fra is not installed";
  std::vector<Segment> src =
      Segments({"Darum sahen wir uns nun gut um , wo das Tier in das Wasser hineingegangen war .",
                "Nun begannen die Erkundungen auf den Gletschern ."});
  std::vector<Segment> tgt =
      Segments({"Nous cherchâmes alors l' endroit où la bête était entrée dans l' eau .",
                "Les reconnaissances commencèrent sur les glaciers ."});
  DictionaryScope scope;
  scope.Add(src, tgt);
  const Dictionary whole = LoadFreeDict(de, fr), scoped = LoadFreeDict(de, fr, &scope);
  Stemmer de_stem = de.NewStemmer(), fr_stem = fr.NewStemmer();
  std::set<std::string> src_stems, tgt_stems;
  for (const std::string& w : scope.src) src_stems.insert(de_stem.Stem(w));
  for (const std::string& w : scope.tgt) tgt_stems.insert(fr_stem.Stem(w));
  WordPairs expected;
  for (const auto& [s, t] : whole.pairs()) {
    if (src_stems.count(de_stem.Stem(FoldForMatch(s))) &&
        tgt_stems.count(fr_stem.Stem(FoldForMatch(t))))
      expected.emplace_back(s, t);
  }
  WordPairs kept = scoped.pairs();
  std::sort(expected.begin(), expected.end());
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(kept, expected);
  EXPECT_FALSE(kept.empty());
  EXPECT_LT(kept.size() * 100, whole.pairs().size());
  BitextFeatures f = ExtractFeatures(src, tgt, {});
  EXPECT_EQ(DictionaryLinks(f, scoped), DictionaryLinks(f, whole));
  EXPECT_FALSE(DictionaryLinks(f, whole).empty());
  // No pair for these words is still a dictionary: the checks weigh translations with it.
  DictionaryScope none;
  none.Add(Segments({"Xyzzy"}), Segments({"Plugh"}));
  Dictionary empty_scope = LoadFreeDict(de, fr, &none);
  EXPECT_FALSE(empty_scope.empty());
  EXPECT_TRUE(empty_scope.pairs().empty());
}

// The aligner's load_dictionary is asked once, for the words DictionaryScope::Add finds in
// the documents (its features fold them already), and aligns as the dictionary loaded for
// that scope does: the same beads, the same scores. An empty segment is dropped before the
// features are made and has no words.
TEST(FreeDictTest, AlignerLoadsTheDictionaryOfItsInputsWords) {
  const LanguageResources &de = testing::Resources("de"), &fr = testing::Resources("fr");
  if (FreeDictBase(de, fr).empty()) GTEST_SKIP() << "dict-freedict-deu-fra is not installed";
  struct Row {
    std::vector<std::string> src, tgt;
  } rows[] = {
      {{"Darum sahen wir uns nun gut um , wo das Tier in das Wasser hineingegangen war .",
        "Nun begannen die Erkundungen auf den Gletschern ."},
       {"Nous cherchâmes alors l' endroit où la bête était entrée dans l' eau .",
        "Les reconnaissances commencèrent sur les glaciers ."}},
      {{"Im Mai und Juni 1956 war die « Abinger Expedition » unter der Leitung von Mrs. Joyce "
        "Dunsheath im östlichen Kulu tätig .",
        ""},
       {"En mai et juin 1956 l' expédition Abinger comprenant quatre membres du Ladies Alpine "
        "Club de Londres sous la conduite de Mrs.Joyce Dunsheath , était à l' oeuvre dans la "
        "région du Kulu oriental ."}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.src[0]);
    std::vector<Segment> src = Segments(row.src), tgt = Segments(row.tgt);
    DictionaryScope expected;
    expected.Add(src, tgt);
    AlignerOptions given;
    given.dictionary = LoadFreeDict(de, fr, &expected);
    AlignerOptions loading;
    std::vector<DictionaryScope> asked;
    loading.load_dictionary = [&](const DictionaryScope& scope) {
      asked.push_back(scope);
      return LoadFreeDict(de, fr, &scope);
    };
    Alignment loaded = AlignSegments(src, tgt, loading);
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0].src, expected.src);
    EXPECT_EQ(asked[0].tgt, expected.tgt);
    Alignment reference = AlignSegments(src, tgt, given);
    EXPECT_EQ(testing::BeadsText(loaded), testing::BeadsText(reference));
    ASSERT_EQ(loaded.beads.size(), reference.beads.size());
    for (std::size_t k = 0; k < loaded.beads.size(); ++k)
      EXPECT_EQ(loaded.beads[k].score, reference.beads[k].score);
  }
}

TEST(DictionaryLinksTest, SeedLinksTrainModel1WithoutBeads) {
  BitextFeatures f = ExtractFeatures(Segments({"das Wasser"}), Segments({"l' eau"}), {});
  LexicalModel model = TrainLexicalModel(f, {}, 8000, {{1, 1}});  // wasser → eau
  ASSERT_EQ(model.forward.Translations(1).size(), 1u);
  EXPECT_EQ(model.forward.Translations(1)[0].first, 1u);
  EXPECT_GT(model.forward.Translations(1)[0].second, 0.9f);
}

// Seeds are the dictionary's links and the words spelt the same on both sides: names,
// years, month names; not the short ones, mostly false friends ("no" is English and Spanish
// but "de" is not German).
TEST(DictionaryLinksTest, SeedsAddWordsSpeltTheSame) {
  struct Row {
    std::string src, tgt;
    std::vector<std::pair<std::string, std::string>> dictionary, seeds;  // word pairs
  } rows[] = {
      {"Im Mai und Juni 1956 war die « Abinger Expedition » unter der Leitung von Mrs. Joyce "
       "Dunsheath im östlichen Kulu tätig .",
       "En mai et juin 1956 l' expédition Abinger comprenant quatre membres du Ladies Alpine Club "
       "de Londres sous la conduite de Mrs.Joyce Dunsheath , était à l' oeuvre dans la région du "
       "Kulu oriental .",
       {{"juni", "juin"}},
       {{"1956", "1956"},
        {"abinger", "abinger"},
        {"dunsheath", "dunsheath"},
        {"expedition", "expedition"},  // folded: "Expedition", "expédition"
        {"juni", "juin"},
        {"kulu", "kulu"},
        {"mai", "mai"}}},
      {"\" That is , \" replied Martin , \" there is a pleasure in having no pleasure . \"",
       "Eso es lo mismo , replicó Martin , que decir que es mucho gusto no tener gustos .",
       {},
       {{"martin", "martin"}}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.src);
    BitextFeatures f = ExtractFeatures(Segments({row.src}), Segments({row.tgt}), {});
    auto id = [](const std::vector<std::string>& words, const std::string& word) {
      return static_cast<std::uint32_t>(std::find(words.begin(), words.end(), word) -
                                        words.begin());
    };
    std::vector<WordLink> dictionary;
    for (const auto& [e, t] : row.dictionary)
      dictionary.emplace_back(id(f.src_words, e), id(f.tgt_words, t));
    std::vector<std::pair<std::string, std::string>> seeds;
    for (const auto& [e, t] : SeedLinks(f, dictionary))
      seeds.emplace_back(f.src_words[e], f.tgt_words[t]);
    std::sort(seeds.begin(), seeds.end());
    EXPECT_EQ(seeds, row.seeds);
  }
}

// A training pair of weight 2 (a seed's, CostModelOptions::seed_weight) trains Model 1 as the same
// pair given twice does, but for the order of the float sums: Text+Berg beads and seed pairs.
TEST(TranslationTableTest, WeightCountsAPairAsManyTimes) {
  struct Row {
    std::string src, tgt;
  } rows[] = {
      {"Darum sahen wir uns nun gut um , wo das Tier in das Wasser hineingegangen war .",
       "Nous cherchâmes alors l' endroit où la bête était entrée dans l' eau ."},
      {"Nun begannen die Erkundungen auf den Gletschern .",
       "Les reconnaissances commencèrent sur les glaciers ."},
      {"Erkundungen", "reconnaissances"},  // seeds
      {"Wasser", "eau"},
  };
  std::vector<std::string> src_lines, tgt_lines;
  for (const Row& row : rows) src_lines.push_back(row.src), tgt_lines.push_back(row.tgt);
  BitextFeatures f = ExtractFeatures(Segments(src_lines), Segments(tgt_lines), {});
  std::vector<WordPair> weighted, repeated;
  for (std::size_t k = 0; k < 4; ++k) {
    const double weight = k < 2 ? 1.0 : 2.0;
    weighted.push_back({&f.src[k].words, &f.tgt[k].words, weight});
    for (double copy = 0; copy < weight; ++copy)
      repeated.push_back({&f.src[k].words, &f.tgt[k].words});
  }
  auto [forward, backward] =
      TranslationTable::TrainBothWays(weighted, f.src_vocabulary, f.tgt_vocabulary);
  auto [forward2, backward2] =
      TranslationTable::TrainBothWays(repeated, f.src_vocabulary, f.tgt_vocabulary);
  for (auto [table, twice, vocabulary] : {std::tuple{&forward, &forward2, f.src_vocabulary},
                                          {&backward, &backward2, f.tgt_vocabulary}}) {
    for (std::uint32_t w = 0; w <= vocabulary; ++w) {
      SCOPED_TRACE(w);
      const auto &got = table->Translations(w), &expected = twice->Translations(w);
      ASSERT_EQ(got.size(), expected.size());
      for (std::size_t k = 0; k < got.size(); ++k) {
        EXPECT_EQ(got[k].first, expected[k].first);
        EXPECT_NEAR(got[k].second, expected[k].second, 1e-6);
      }
    }
  }
  // The seeds teach their pairs: "erkundungen" → "reconnaissances" most likely.
  const auto e = static_cast<std::uint32_t>(
      std::find(f.src_words.begin(), f.src_words.end(), "erkundungen") - f.src_words.begin());
  const auto best =
      std::max_element(forward.Translations(e).begin(), forward.Translations(e).end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  ASSERT_NE(best, forward.Translations(e).end());
  EXPECT_EQ(f.tgt_words[best->first], "reconnaissances");
}

// Seeded, one bead of a short document already teaches Model 1 a name (Text+Berg 94, 144):
// unseeded, "dunsheath" is spread over all the bead's French words.
TEST(DictionaryLinksTest, IdenticalWordsSeedModel1) {
  BitextFeatures f = ExtractFeatures(
      Segments({"Im Mai und Juni 1956 war die « Abinger Expedition » unter der Leitung von Mrs. "
                "Joyce Dunsheath im östlichen Kulu tätig ."}),
      Segments({"En mai et juin 1956 l' expédition Abinger comprenant quatre membres du Ladies "
                "Alpine Club de Londres sous la conduite de Mrs.Joyce Dunsheath , était à l' "
                "oeuvre dans la région du Kulu oriental ."}),
      {});
  const std::vector<PathBead> bead{{{0, 1, 0, 1}}};
  const auto e = static_cast<std::uint32_t>(
      std::find(f.src_words.begin(), f.src_words.end(), "dunsheath") - f.src_words.begin());
  auto t = [&](const TranslationTable& table) {
    for (const auto& [word, p] : table.Translations(e)) {
      if (f.tgt_words[word] == "dunsheath") return p;
    }
    return 0.0f;
  };
  EXPECT_LT(t(TrainLexicalModel(f, bead).forward), 0.2f);
  EXPECT_GT(t(TrainLexicalModel(f, bead, 8000, SeedLinks(f, {}), 2.0).forward), 0.5f);
}

}  // namespace
}  // namespace talign
