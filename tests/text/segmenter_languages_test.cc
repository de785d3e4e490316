// Segmentation rules that come from each language's data (abbreviations, ordinals) and the
// general ones they meet in news and web text (dialogue dashes, '¿' '¡', replies to handles).
#include <gtest/gtest.h>

#include "talign/text/segmenter.h"
#include "text/segment_cases.h"

namespace talign {
namespace {

using testing::SplitCase;
using testing::Texts;

struct LanguageCase {
  const char* code;
  SplitCase split;
};

TEST(SegmenterLanguages, Table) {
  const LanguageCase cases[] = {
      {"de",
       {"Die Messe beginnt am 3. Oktober 2020 in Köln. Sie endet am 14. Oktober.",
        {"Die Messe beginnt am 3. Oktober 2020 in Köln.", "Sie endet am 14. Oktober."}}},
      {"de",
       {"Müller traf in der 89. Minute. Die 3. Liga jubelte. Mainz liegt auf Rang 5. Bremen "
        "folgt.",
        {"Müller traf in der 89. Minute.", "Die 3. Liga jubelte.", "Mainz liegt auf Rang 5.",
         "Bremen folgt."}}},
      {"de",
       {"Das sagte Dr. Ulrike Weber, z.B. zur Lage. Es fehlen 2 Mio. Euro.",
        {"Das sagte Dr. Ulrike Weber, z.B. zur Lage.", "Es fehlen 2 Mio. Euro."}}},
      {"es",
       {"¿Dónde está el Sr. Pérez? ¡No lo sé! La Dra. Gómez llega de EE. UU. mañana.",
        {"¿Dónde está el Sr. Pérez?", "¡No lo sé!", "La Dra. Gómez llega de EE. UU. mañana."}}},
      {"es",
       {"- ¿Qué opina usted? - Normalmente yo sólo escucho. - Claro.",
        {"- ¿Qué opina usted?", "- Normalmente yo sólo escucho.", "- Claro."}}},
      {"it",
       {"Il Dott. Rossi è arrivato. Lo ha detto il Sig. Bianchi.",
        {"Il Dott. Rossi è arrivato.", "Lo ha detto il Sig. Bianchi."}}},
      {"pt",
       {"A Sra. Silva chegou ontem. O Dr. Costa não veio.",
        {"A Sra. Silva chegou ontem.", "O Dr. Costa não veio."}}},
      {"nl",
       {"Er komen bijv. Amsterdam en Utrecht. Dhr. Jansen is er ook.",
        {"Er komen bijv. Amsterdam en Utrecht.", "Dhr. Jansen is er ook."}}},
      {"en",
       {"The deal was led by Goldman, Sachs & Co. Georgia-Pacific owns 5%. -- John Smith.",
        {"The deal was led by Goldman, Sachs & Co.", "Georgia-Pacific owns 5%.",
         "-- John Smith."}}},
      {"fr",
       {"Merci pour l'article. @gus Je travaille dans le privé. @ Jean : d'accord.",
        {"Merci pour l'article.", "@gus Je travaille dans le privé.", "@ Jean : d'accord."}}},
      {"fr",
       {"« Réponds donc à la question ! » - et il a été applaudi.",
        {"« Réponds donc à la question ! » - et il a été applaudi."}}},
  };
  for (const LanguageCase& c : cases) {
    SCOPED_TRACE(std::string(c.code) + ": " + c.split.text);
    Segmenter segmenter(LanguageResources(Language::Parse(c.code), {}));
    EXPECT_EQ(Texts(segmenter.Split(c.split.text, {})), c.split.sentences);
  }
}

}  // namespace
}  // namespace talign
