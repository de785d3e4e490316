// Segmentation rules that come from each language's data (abbreviations, ordinals, sentence
// marks) and the general ones they meet in news and web text (dialogue dashes, '¿' '¡', replies to
// handles).
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
      // Greek asks with ";" (U+037E, or U+003B after NFC) and joins clauses with "·".
      {"el",
       {"Ποιος θα πληρώσει τον λογαριασμό; Η κυβέρνηση δεν έχει απαντήσει ακόμη.",
        {"Ποιος θα πληρώσει τον λογαριασμό;", "Η κυβέρνηση δεν έχει απαντήσει ακόμη."}}},
      {"el",
       {"Πότε θα ανοίξει ο σταθμός\u037E Τον Σεπτέμβριο, λέει το υπουργείο.",
        {"Πότε θα ανοίξει ο σταθμός\u037E", "Τον Σεπτέμβριο, λέει το υπουργείο."}}},
      {"el",
       {"Η απάντηση ήταν σαφής· το σχέδιο αποσύρεται. Τι θα γίνει τώρα; Κανείς δεν ξέρει.",
        {"Η απάντηση ήταν σαφής· το σχέδιο αποσύρεται.", "Τι θα γίνει τώρα;",
         "Κανείς δεν ξέρει."}}},
      {"el",
       {"Ο κ. Παπαδόπουλος δήλωσε ότι το έργο θα κοστίσει 2,5 εκατ. ευρώ. Οι εργασίες "
        "ξεκινούν τον Μάρτιο.",
        {"Ο κ. Παπαδόπουλος δήλωσε ότι το έργο θα κοστίσει 2,5 εκατ. ευρώ.",
         "Οι εργασίες ξεκινούν τον Μάρτιο."}}},
      {"el",
       {"Θα μιλήσει ο καθ. Νικολάου για την οικονομία, π.χ. Για τον πληθωρισμό. Η εκδήλωση "
        "αρχίζει στις 7.",
        {"Θα μιλήσει ο καθ. Νικολάου για την οικονομία, π.χ. Για τον πληθωρισμό.",
         "Η εκδήλωση αρχίζει στις 7."}}},
      {"is",
       {"Ráðherrar, t.d. Jón Gunnarsson, gagnrýndu skýrsluna. Hún kom út 17. júní.",
        {"Ráðherrar, t.d. Jón Gunnarsson, gagnrýndu skýrsluna.", "Hún kom út 17. júní."}}},
      {"is",
       {"Fundurinn hefst kl. 14 í dag. Hver borgar reikninginn? Enginn veit það.",
        {"Fundurinn hefst kl. 14 í dag.", "Hver borgar reikninginn?", "Enginn veit það."}}},
      {"is",
       {"Kostnaðurinn nemur 2,5 millj. kr. Það segir dr. Sigríður Jónsdóttir hjá ráðuneytinu.",
        {"Kostnaðurinn nemur 2,5 millj. kr.",
         "Það segir dr. Sigríður Jónsdóttir hjá ráðuneytinu."}}},
      {"sv",
       {"Förslaget kritiseras av bl.a. Moderaterna. Arbetet börjar kl. 9 på måndag och kostar "
        "5 milj. kronor.",
        {"Förslaget kritiseras av bl.a. Moderaterna.",
         "Arbetet börjar kl. 9 på måndag och kostar 5 milj. kronor."}}},
      {"da",
       {"Mødet finder sted den 3. oktober i København. Det oplyser bl.a. Udenrigsministeriet. "
        "Prisen stiger med 5 mio. kr. Det viser nye tal.",
        {"Mødet finder sted den 3. oktober i København.", "Det oplyser bl.a. Udenrigsministeriet.",
         "Prisen stiger med 5 mio. kr.", "Det viser nye tal."}}},
      {"ru",
       {"Об этом сообщил проф. Иванов. Заседание пройдёт на ул. Тверской. Проект начали в "
        "2020 г. Он стоил 5 млн рублей.",
        {"Об этом сообщил проф. Иванов.", "Заседание пройдёт на ул. Тверской.",
         "Проект начали в 2020 г.", "Он стоил 5 млн рублей."}}},
      {"tr",
       {"Kitap 2. Dünya Savaşı yıllarını anlatıyor. Ödülü Doç. Ayşe Kaya aldı. Tören 5 "
        "mn lira vb. masraflarla yapıldı.",
        {"Kitap 2. Dünya Savaşı yıllarını anlatıyor.", "Ödülü Doç. Ayşe Kaya aldı.",
         "Tören 5 mn lira vb. masraflarla yapıldı."}}},
      {"pl",
       {"Spotkanie odbędzie się przy ul. Marszałkowskiej o godz. 14. Wezmą w nim udział m.in. "
        "prof. Nowak i gen. Kowalski. Budowę zaczęto w 2020 r. To kosztowało 5 mln zł.",
        {"Spotkanie odbędzie się przy ul. Marszałkowskiej o godz. 14.",
         "Wezmą w nim udział m.in. prof. Nowak i gen. Kowalski.", "Budowę zaczęto w 2020 r.",
         "To kosztowało 5 mln zł."}}},
  };
  for (const LanguageCase& c : cases) {
    SCOPED_TRACE(std::string(c.code) + ": " + c.split.text);
    Segmenter segmenter(LanguageResources(Language::Parse(c.code), {}));
    EXPECT_EQ(Texts(segmenter.Split(c.split.text, {})), c.split.sentences);
  }
}

}  // namespace
}  // namespace talign
