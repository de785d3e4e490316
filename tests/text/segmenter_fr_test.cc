// French sentence segmentation: golden-rule style cases, offsets, and the seed article.
#include <gtest/gtest.h>

#include "talign/text/segmenter.h"
#include "test_util/test_data.h"
#include "text/segment_cases.h"

namespace talign {
namespace {

using testing::ExpectSplits;
using testing::SplitCase;
using testing::Texts;

class SegmenterFr : public ::testing::Test {
 protected:
  Segmenter fr_{LanguageResources(Language::Parse("fr"), {})};
};

TEST_F(SegmenterFr, HeaderExample) {
  Segmenter fr(LanguageResources(Language::Parse("fr"), {}));
  std::vector<Segment> s = fr.Split("M. Dupont est venu. Il est reparti.", {});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "M. Dupont est venu.");
  EXPECT_EQ(s[1].text, "Il est reparti.");
}

TEST_F(SegmenterFr, EndPunctuation) {
  ExpectSplits(
      fr_,
      {
          {"Bonjour le monde. Je m'appelle Jonas.", {"Bonjour le monde.", "Je m'appelle Jonas."}},
          {"Quel est ton nom ? Je m'appelle Jonas.", {"Quel est ton nom ?", "Je m'appelle Jonas."}},
          {"Quel est ton nom\u00A0? Je m'appelle Jonas.",
           {"Quel est ton nom\u00A0?", "Je m'appelle Jonas."}},
          {"Il est là ! Je l'ai trouvé.", {"Il est là !", "Je l'ai trouvé."}},
          {"Bonjour !! Comment vas-tu ?", {"Bonjour !!", "Comment vas-tu ?"}},
          {"Quoi ?! Tu es sérieux ?", {"Quoi ?!", "Tu es sérieux ?"}},
          {"Le mollah Baradar a-t-il signé ? Oui, samedi.",
           {"Le mollah Baradar a-t-il signé ?", "Oui, samedi."}},
          {"Elle travaille chez Yahoo! à Paris.", {"Elle travaille chez Yahoo! à Paris."}},
          {"Bonjour le monde.Aujourd'hui il pleut.",
           {"Bonjour le monde.", "Aujourd'hui il pleut."}},
          {"Il est arrivé à 10 h. Le train était en retard.",
           {"Il est arrivé à 10 h.", "Le train était en retard."}},
      });
}

TEST_F(SegmenterFr, Abbreviations) {
  ExpectSplits(
      fr_,
      {
          {"M. Dupont est arrivé hier. Il est reparti ce matin.",
           {"M. Dupont est arrivé hier.", "Il est reparti ce matin."}},
          {"Le président, M. Macron, a parlé. MM. Dupont et Durand ont répondu.",
           {"Le président, M. Macron, a parlé.", "MM. Dupont et Durand ont répondu."}},
          {"Mme. Martin et MM. Durand et Leroy étaient présents.",
           {"Mme. Martin et MM. Durand et Leroy étaient présents."}},
          {"Mme Martin est arrivée. Elle a parlé.", {"Mme Martin est arrivée.", "Elle a parlé."}},
          {"Le Dr. Martin a soigné le patient.", {"Le Dr. Martin a soigné le patient."}},
          {"Me. Dupond-Moretti plaide aujourd'hui.", {"Me. Dupond-Moretti plaide aujourd'hui."}},
          {"Jules César est mort en 44 av. J.-C. à Rome.",
           {"Jules César est mort en 44 av. J.-C. à Rome."}},
          {"Jules César est mort en 44 av. J.-C. Son fils adoptif lui a succédé.",
           {"Jules César est mort en 44 av. J.-C.", "Son fils adoptif lui a succédé."}},
          {"Il a acheté des pommes, des poires, etc. et il est rentré.",
           {"Il a acheté des pommes, des poires, etc. et il est rentré."}},
          {"Il a acheté des pommes, des poires, etc. Puis il est rentré.",
           {"Il a acheté des pommes, des poires, etc.", "Puis il est rentré."}},
          {"Lisez le chapitre précédent, cf. Dupont. Voir aussi p. 12.",
           {"Lisez le chapitre précédent, cf. Dupont.", "Voir aussi p. 12."}},
          {"Il faut réformer l'État, c.-à-d. Bercy.", {"Il faut réformer l'État, c.-à-d. Bercy."}},
          {"Veuillez vous reporter à la p. 55.", {"Veuillez vous reporter à la p. 55."}},
          {"Il lit le vol. 3 de l'encyclopédie.", {"Il lit le vol. 3 de l'encyclopédie."}},
          {"Il est né le 3 janv. 1950 à Lyon.", {"Il est né le 3 janv. 1950 à Lyon."}},
          {"Le 1er sept. 2020, il a démissionné.", {"Le 1er sept. 2020, il a démissionné."}},
          {"Les membres de l'U.E. se sont réunis à Bruxelles.",
           {"Les membres de l'U.E. se sont réunis à Bruxelles."}},
          {"Il habite en U.E. Ses enfants aussi.", {"Il habite en U.E.", "Ses enfants aussi."}},
          // "aux." ends "sociaux." but is not the whole word: no abbreviation here.
          {"La réforme des régimes sociaux. Elle sera votée demain.",
           {"La réforme des régimes sociaux.", "Elle sera votée demain."}},
      });
}

TEST_F(SegmenterFr, Initials) {
  ExpectSplits(
      fr_,
      {
          {"Je m'appelle Jonas E. Smith.", {"Je m'appelle Jonas E. Smith."}},
          {"J. K. Rowling a écrit Harry Potter.", {"J. K. Rowling a écrit Harry Potter."}},
          {"George W. Bush a envahi l'Irak en 2003.", {"George W. Bush a envahi l'Irak en 2003."}},
      });
}

TEST_F(SegmenterFr, NumbersAddressesAndLists) {
  ExpectSplits(
      fr_,
      {
          {"Le prix a augmenté de 3,5 % en un an. C'est beaucoup.",
           {"Le prix a augmenté de 3,5 % en un an.", "C'est beaucoup."}},
          {"Kaboul doit libérer 5\u00A0000 prisonniers. Les talibans libéreront 1\u202F000 "
           "captifs.",
           {"Kaboul doit libérer 5\u00A0000 prisonniers.",
            "Les talibans libéreront 1\u202F000 captifs."}},
          {"Le taux est de 3.5 % cette année.", {"Le taux est de 3.5 % cette année."}},
          {"Voir le n° 12 de la revue. Il y a un article.",
           {"Voir le n° 12 de la revue.", "Il y a un article."}},
          {"Elle a 100,50 €. C'est peu.", {"Elle a 100,50 €.", "C'est peu."}},
          {"Son adresse est jean.dupont@exemple.fr. Écris-lui.",
           {"Son adresse est jean.dupont@exemple.fr.", "Écris-lui."}},
          {"Le site est http://www.exemple.fr/page.html. Consultez-le.",
           {"Le site est http://www.exemple.fr/page.html.", "Consultez-le."}},
          {"1. Le premier point 2. Le second point", {"1. Le premier point", "2. Le second point"}},
          {"a) Le premier point b) Le second point", {"a) Le premier point", "b) Le second point"}},
      });
}

TEST_F(SegmenterFr, QuotesAndEllipses) {
  ExpectSplits(
      fr_,
      {
          {"Selon lui, les talibans « attaquaient un barrage. Il s'agissait d'une frappe "
           "défensive. »",
           {"Selon lui, les talibans « attaquaient un barrage.",
            "Il s'agissait d'une frappe défensive. »"}},
          {"« Un accord ? » a-t-il demandé.", {"« Un accord ? » a-t-il demandé."}},
          {"«\u202FUn accord\u202F?\u202F» a-t-il demandé.",
           {"«\u202FUn accord\u202F?\u202F» a-t-il demandé."}},
          {"« Un accord ? » Personne n'a répondu.", {"« Un accord ? »", "Personne n'a répondu."}},
          {"Il m'a dit : « Je viens demain. » Puis il est parti.",
           {"Il m'a dit : « Je viens demain. »", "Puis il est parti."}},
          {"Il a dit « non. » et il est parti.", {"Il a dit « non. » et il est parti."}},
          {"« Très bonne relation » entre Trump et le mollah Baradar",
           {"« Très bonne relation » entre Trump et le mollah Baradar"}},
          {"Il hésita… puis il partit.", {"Il hésita… puis il partit."}},
          {"Il hésita… Puis il partit.", {"Il hésita…", "Puis il partit."}},
          {"Je n'ai jamais voulu dire ça.... Elle est partie.",
           {"Je n'ai jamais voulu dire ça....", "Elle est partie."}},
          {"Je n'étais pas vraiment ... enfin, ce que je veux dire...tu vois . . . Je ne le "
           "pensais pas.",
           {"Je n'étais pas vraiment ... enfin, ce que je veux dire...tu vois . . . Je ne le "
            "pensais pas."}},
          {"« Bohr [...] utilisait l'analogie des escaliers [...] » (Smith 55).",
           {"« Bohr [...] utilisait l'analogie des escaliers [...] » (Smith 55)."}},
      });
}

TEST_F(SegmenterFr, NewsCases) {
  ExpectSplits(
      fr_,
      {
          {"Le député M. Jean Dupont s'est exprimé à l'Assemblée. Il a critiqué le gouvernement.",
           {"Le député M. Jean Dupont s'est exprimé à l'Assemblée.",
            "Il a critiqué le gouvernement."}},
          {"Il est né en 1950 (cf. p. 12). Sa mère était institutrice.",
           {"Il est né en 1950 (cf. p. 12).", "Sa mère était institutrice."}},
          {"« Je ne sais pas », a-t-il répondu. « Peut-être demain. »",
           {"« Je ne sais pas », a-t-il répondu.", "« Peut-être demain. »"}},
          {"Qu'a-t-il dit ? « Rien. » Alors je suis parti.",
           {"Qu'a-t-il dit ?", "« Rien. »", "Alors je suis parti."}},
          {"Elle habite au 12, av. des Champs-Élysées. C'est cher.",
           {"Elle habite au 12, av. des Champs-Élysées.", "C'est cher."}},
          {"Les résultats sont : 1) la hausse ; 2) la baisse.",
           {"Les résultats sont : 1) la hausse ; 2) la baisse."}},
          {"Il mesure 1,80 m. Il pèse 80 kg.", {"Il mesure 1,80 m.", "Il pèse 80 kg."}},
          {"Nous étions le 14 juil. et il faisait chaud.",
           {"Nous étions le 14 juil. et il faisait chaud."}},
          {"Voir l'art. 5 de la Constitution.", {"Voir l'art. 5 de la Constitution."}},
          {"C'était en l'an 800 apr. J.-C. Charlemagne fut couronné.",
           {"C'était en l'an 800 apr. J.-C.", "Charlemagne fut couronné."}},
          {"L'O.N.U. a condamné l'attaque.", {"L'O.N.U. a condamné l'attaque."}},
          {"Il a répondu : « Non ». Puis il est parti.",
           {"Il a répondu : « Non ».", "Puis il est parti."}},
          // Newswire style (WMT newstest2013): spaced ASCII quotes, ranks kept from English copy.
          {"Le cancer lui avait laissé un répit de deux ans. \" Ils m'avaient donné cinq ans \", "
           "dit-il.",
           {"Le cancer lui avait laissé un répit de deux ans.",
            "\" Ils m'avaient donné cinq ans \", dit-il."}},
          {"\" Il s'agit de Vénus. \" Puis il se tait.",
           {"\" Il s'agit de Vénus. \"", "Puis il se tait."}},
          {"Le Procureur Maj. Ashden Fein et la juge Col. Denise Lind étaient à Ft. Meade.",
           {"Le Procureur Maj. Ashden Fein et la juge Col. Denise Lind étaient à Ft. Meade."}},
          {"Il est arrivé le 2 mars 2020. 5 000 prisonniers seront libérés.",
           {"Il est arrivé le 2 mars 2020.", "5 000 prisonniers seront libérés."}},
      });
}

TEST_F(SegmenterFr, HardWrappedLinesAreSpaces) {
  ExpectSplits(fr_, {
                        {"Ce texte est coupé\nen plein milieu à cause du pdf.",
                         {"Ce texte est coupé en plein milieu à cause du pdf."}},
                        {"Les États-Unis ont\r\neffectué une frappe.\r\nC'est la première.",
                         {"Les États-Unis ont effectué une frappe.", "C'est la première."}},
                        {"Les points :\n- le retrait\n- les prisonniers",
                         {"Les points :", "- le retrait", "- les prisonniers"}},
                    });
}

// Ranges point into the input as given, CRLF and hard wraps included.
TEST_F(SegmenterFr, RangesAndParagraphsWithCrlf) {
  const std::string text = "M. Dupont est venu.\r\nIl est\r\nreparti.\r\n \r\n\r\n« Oui. »\r\n";
  std::vector<Segment> s = fr_.Split(text, {});
  struct Expected {
    std::size_t begin, end, paragraph;
    const char* text;
  };
  const Expected expected[] = {
      {0, 19, 0, "M. Dupont est venu."},
      {21, 37, 1, "Il est reparti."},
      {44, 54, 2, "« Oui. »"},
  };
  ASSERT_EQ(s.size(), std::size(expected));
  for (std::size_t i = 0; i < s.size(); ++i) {
    SCOPED_TRACE(expected[i].text);
    EXPECT_EQ(s[i].index, i);
    EXPECT_EQ(s[i].paragraph, expected[i].paragraph);
    EXPECT_EQ(s[i].range, (ByteRange{expected[i].begin, expected[i].end}));
    EXPECT_EQ(s[i].text, expected[i].text);
  }
  EXPECT_EQ(text.substr(21, 16), "Il est\r\nreparti.");
}

// End to end: the seed article against the gold segmentation.
TEST_F(SegmenterFr, SeedArticleMatchesGold) {
  const std::string gold_path = testing::SourcePath("corpora/seed/article.fr.sentences");
  if (!testing::Exists(gold_path)) GTEST_SKIP() << "no gold segmentation yet: " << gold_path;
  const std::string text = testing::ReadFile(testing::SourcePath("corpora/seed/article.fr.txt"));
  const std::vector<std::string> gold = testing::SplitLines(testing::ReadFile(gold_path));
  const std::vector<std::string> got = Texts(fr_.Split(text, {}));
  ASSERT_EQ(got.size(), gold.size());
  for (std::size_t i = 0; i < gold.size(); ++i) EXPECT_EQ(got[i], gold[i]) << "sentence " << i;
}

}  // namespace
}  // namespace talign
