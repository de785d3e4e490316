// IsPageFurniture(): the lines of a news page that are not the story.
#include "talign/text/page_furniture.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

struct FurnitureCase {
  const char* text;
  bool furniture;
};

TEST(PageFurnitureTest, RealPageLines) {
  const FurnitureCase cases[] = {
      {"Publicité Lire la suite", true},
      {"Publicité", true},
      {"► À écouter : Un accord de paix en Afghanistan ?", true},
      {"Lire aussi : Au Sahel, la France change de stratégie", true},
      {"© AFP", true},
      {"Advertisement", true},
      {"Read more: Taliban talks stall", true},
      // Past 64 bytes, where only the line's start is folded first.
      {"Lire aussi : Afghanistan, les talibans et les Etats-Unis signent un accord historique "
       "à Doha après dix-huit mois de négociations",
       true},
      {"Publicité Lire la suite Publicité Lire la suite Publicité Lire la suite Publicité", true},
      {"Publicité Lire la suite Publicité Lire la suite Publicité Lire la suite de l'article",
       false},
      {"Les Etats-Unis ont mené mercredi une frappe aérienne contre les talibans afghans, la "
       "première depuis la signature de l'accord de Doha.",
       false},
      {"Au moins 20 soldats et policiers afghans ont été tués.", false},
      {"Lire la suite de l'accord prendra des mois.", false},
      {"Publicitaires et annonceurs ont protesté.", false},
      {"", false},
  };
  for (const FurnitureCase& c : cases) EXPECT_EQ(IsPageFurniture(c.text), c.furniture) << c.text;
}

// Each language's furniture.txt: subscription, newsletter, share, cookie and advertising
// lines are furniture; a sentence that starts with the same words is not.
TEST(PageFurnitureTest, EveryLanguagesFurniture) {
  const FurnitureCase cases[] = {
      {"Abonnez-vous à notre newsletter", true},
      {"Partager Facebook Twitter", true},
      {"Accepter les cookies", true},
      {"Partager le pouvoir reste difficile.", false},
      {"Sign up for our newsletter: the morning briefing", true},
      {"Share on Facebook Share on Twitter Email", true},
      {"We use cookies to improve your experience.", true},
      {"Anzeige", true},
      {"Lesen Sie auch: Die Verhandlungen in Doha", true},
      {"Artikel teilen", true},
      {"Newsletter abonnieren", true},
      {"Teilen die Parteien diese Ansicht?", false},
      {"Publicidad", true},
      {"Suscríbete a nuestro boletín", true},
      {"Compartir en Facebook", true},
      {"Compartir el poder es difícil.", false},
      {"Pubblicità", true},
      {"Leggi anche: I negoziati di Doha", true},
      {"Accetta i cookie", true},
      {"Condividi su Facebook", true},
      {"Publicidade", true},
      {"Leia também: As negociações em Doha", true},
      {"Partilhar no Facebook", true},
      {"Advertentie", true},
      {"Lees ook: De onderhandelingen in Doha", true},
      {"Deze website gebruikt cookies om uw ervaring te verbeteren.", true},
      {"Delen op Facebook", true},
      {"Delen van de regering waren het oneens.", false},
  };
  for (const FurnitureCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(IsPageFurniture(c.text), c.furniture);
  }
}

// Lines of the news dev articles (share buttons, newsletter and subscriber notices, an
// agency credit), and running text that starts with the same verbs.
TEST(PageFurnitureTest, ShareSignUpSubscriberAndCreditLines) {
  const FurnitureCase cases[] = {
      {"Share on Twitter", true},
      {"Sign up for our daily newsletter", true},
      {"Article réservé aux abonnés", true},
      {"Abonnez-vous à notre newsletter", true},
      {"Partager sur Facebook", true},
      {"(Avec AFP)", true},
      {"Share on WhatsApp Share on LinkedIn", true},
      {"Inscrivez-vous à notre lettre quotidienne", true},
      {"(With Reuters)", true},
      {"Condividi su WhatsApp", true},
      {"Partager sur les réseaux sociaux est devenu un réflexe, selon l'étude.", false},
      {"Partager les richesses reste l'objectif du gouvernement.", false},
      {"Share on the stock market fell 3% on Monday.", false},
      {"Share the burden, the minister told European partners.", false},
      {"Avec AFP, Reuters a couvert le sommet de Doha.", false},
  };
  for (const FurnitureCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(IsPageFurniture(c.text), c.furniture);
  }
}

}  // namespace
}  // namespace talign
