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
      {"Publicité Lire la suite Publicité Lire la suite Publicité Lire la suite de l'article", false},
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

}  // namespace
}  // namespace talign
