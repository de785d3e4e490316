#include "talign/text/language_resources.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "talign/text/embedded_language_data.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

using talign::testing::Resources;

// One row per language with data: its settings load, its function words hold a word, and
// Debian's Snowball and Hunspell answer on real words of the language.
struct LanguageCase {
  const char* code;
  const char* hunspell;
  const char* snowball;
  const char* freedict;
  const char* function_word;  // folded
  const char* word;           // lower case, for Snowball
  const char* stem;
  const char* inflected;  // for Hunspell; nullptr: talign cannot open the dictionary
  const char* lemma;
};

const LanguageCase kLanguages[] = {
    {"fr", "fr_FR", "french", "fra", "des", "négociations", "négoci", "travaux", "travail"},
    {"en", "en_US", "english", "eng", "the", "negotiations", "negoti", "talks", "talk"},
    {"de", "de_DE", "german", "deu", "uber", "verhandlungen", "verhandl", "Häuser", "Haus"},
    {"es", "es_ES", "spanish", "spa", "segun", "negociaciones", "negoci", "casas", "casa"},
    {"it", "it_IT", "italian", "ita", "perche", "negoziati", "negoz", "negoziati", "negoziato"},
    {"pt", "pt_PT", "portuguese", "por", "nao", "negociações", "negoc", "livros", "livro"},
    {"nl", "nl_NL", "dutch", "nld", "tussen", "onderhandelingen", "onderhandel", "huizen", "huis"},
    // Debian's el_GR is ISO-8859-7, and HunspellDictionary opens UTF-8 ones only: no lemma.
    {"el", "el_GR", "greek", "ell", "και", "διαπραγματεύσεις", "διαπραγματευσ", nullptr, nullptr},
    // No Snowball algorithm for Icelandic: words stay whole.
    {"is", "is_IS", "", "isl", "og", "samningaviðræður", "samningaviðræður", "húsin", "hús"},
    {"sv", "sv_SE", "swedish", "swe", "och", "förhandlingar", "förhandling", "husen", "hus"},
    {"da", "da_DK", "danish", "dan", "og", "forhandlinger", "forhandling", "husene", "hus"},
    {"ru", "ru_RU", "russian", "rus", "и", "переговоры", "переговор", "дома", "дом"},
    {"tr", "tr_TR", "turkish", "tur", "ve", "müzakereler", "müzakere", "evler", "ev"},
    // pl_PL is ISO-8859-2 and Snowball has no Polish: words stay whole, no lemmas.
    {"pl", "pl_PL", "", "pol", "oraz", "negocjacje", "negocjacje", nullptr, nullptr},
};

bool Contains(const std::vector<std::string>& list, const std::string& entry) {
  return std::find(list.begin(), list.end(), entry) != list.end();
}

TEST(LanguageResources, EachLanguageLoadsAndAnswers) {
  for (const LanguageCase& c : kLanguages) {
    SCOPED_TRACE(c.code);
    const LanguageResources& resources = Resources(c.code);
    EXPECT_TRUE(resources.has_data());
    EXPECT_EQ(resources.Setting("hunspell"), c.hunspell);
    EXPECT_EQ(resources.Setting("snowball"), c.snowball);
    EXPECT_EQ(resources.Setting("freedict"), c.freedict);
    EXPECT_EQ(resources.FunctionWords().count(c.function_word), 1u);
    EXPECT_EQ(resources.StopWords().count(c.function_word), 1u);
    EXPECT_EQ(resources.NewStemmer().Stem(c.word), c.stem);
    EXPECT_EQ(resources.stemmer().Stem(c.word), c.stem);
    const HunspellDictionary* hunspell = resources.hunspell();
    if (c.inflected == nullptr) {
      EXPECT_EQ(hunspell, nullptr);
      continue;
    }
    ASSERT_NE(hunspell, nullptr) << "install the Debian package (scripts/deps.sh)";
    EXPECT_TRUE(Contains(hunspell->Stem(c.inflected), c.lemma));
    EXPECT_TRUE(hunspell->Spell(c.lemma));
  }
}

// Every language folder in data/languages loads: a malformed file would throw here.
TEST(LanguageResources, EveryEmbeddedLanguageParses) {
  std::vector<std::string> codes;
  for (const EmbeddedFile& file : EmbeddedLanguageData()) {
    std::string code(file.path.substr(0, file.path.find('/')));
    if (codes.empty() || codes.back() != code) codes.push_back(code);
  }
  EXPECT_GE(codes.size(), std::size(kLanguages));
  for (const std::string& code : codes) {
    SCOPED_TRACE(code);
    EXPECT_NO_THROW(LanguageResources(Language::Parse(code), {}));
  }
}

TEST(LanguageResources, RegionalTagsShareTheLanguage) {
  EXPECT_EQ(Resources("fr-CA").Setting("snowball"), "french");
  EXPECT_EQ(Resources("pt-BR").Setting("snowball"), "portuguese");
}

// A language without a folder works through ICU alone: no lists, identity stemmer.
TEST(LanguageResources, UnknownLanguageHasNoData) {
  const LanguageResources& sw = Resources("sw");
  EXPECT_FALSE(sw.has_data());
  EXPECT_TRUE(sw.List("function_words").empty());
  EXPECT_TRUE(sw.Table("anything").empty());
  EXPECT_EQ(sw.Setting("snowball"), "");
  EXPECT_EQ(sw.NewStemmer().Stem("watoto"), "watoto");
  EXPECT_EQ(sw.hunspell(), nullptr);
}

TEST(LanguageResources, NoHunspellWithoutItsDirectory) {
  LanguageResources fr(Language::Parse("fr"), {});
  EXPECT_EQ(fr.hunspell(), nullptr);
  EXPECT_EQ(fr.NewStemmer().Stem("accords"), "accord");
}

TEST(LanguageResources, FurnitureItemsAreFoldedAndMarked) {
  const auto& items = Resources("fr").Furniture();
  auto find = [&](const std::string& folded) {
    for (const FurnitureItem& item : items) {
      if (item.folded == folded) return &item;
    }
    return static_cast<const FurnitureItem*>(nullptr);
  };
  ASSERT_NE(find("publicite"), nullptr);
  EXPECT_FALSE(find("publicite")->takes_title);
  ASSERT_NE(find("lire aussi"), nullptr);
  EXPECT_TRUE(find("lire aussi")->takes_title);
}

// One Hunspell and one cached stemmer shared by threads: the same answers as alone.
TEST(LanguageResources, HunspellIsSharedAcrossThreads) {
  const LanguageResources& fr = Resources("fr");
  std::vector<std::thread> threads;
  std::vector<int> right(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&fr, &right, t] {
      Stemmer stemmer = fr.NewStemmer();
      for (int i = 0; i < 200; ++i) {
        bool ok =
            Contains(fr.hunspell()->Stem("travaux"), "travail") &&
            stemmer.Stem("accords") == "accord" &&
            fr.stemmer().Stem(i % 2 ? "talibans" : "accords") == (i % 2 ? "taliban" : "accord");
        right[t] += ok ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(right[t], 200) << "thread " << t;
}

}  // namespace
}  // namespace talign
