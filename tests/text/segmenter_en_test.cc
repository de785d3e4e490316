// English sentence segmentation in the style of the "Golden Rules" (Pragmatic Segmenter),
// presegmented mode, other languages, and large inputs.
#include <gtest/gtest.h>

#include <chrono>

#include "talign/text/segmenter.h"
#include "test_util/test_data.h"
#include "text/segment_cases.h"

namespace talign {
namespace {

using testing::ExpectSplits;
using testing::Texts;

class SegmenterEn : public ::testing::Test {
 protected:
  Segmenter en_{LanguageResources(Language::Parse("en"), {})};
};

TEST_F(SegmenterEn, EndPunctuation) {
  ExpectSplits(en_, {
                        {"Hello World. My name is Jonas.", {"Hello World.", "My name is Jonas."}},
                        {"What is your name? My name is Jonas.",
                         {"What is your name?", "My name is Jonas."}},
                        {"There it is! I found it.", {"There it is!", "I found it."}},
                        {"Hello!! Long time no see.", {"Hello!!", "Long time no see."}},
                        {"Hello?? Who is there?", {"Hello??", "Who is there?"}},
                        {"Hello!? Is that you?", {"Hello!?", "Is that you?"}},
                        {"Hello?! Is that you?", {"Hello?!", "Is that you?"}},
                        {"She works at Yahoo! in the accounting department.",
                         {"She works at Yahoo! in the accounting department."}},
                        {"Hello world.Today is Tuesday.Mr. Smith went to the store and bought "
                         "1,000.That is a lot.",
                         {"Hello world.", "Today is Tuesday.",
                          "Mr. Smith went to the store and bought 1,000.", "That is a lot."}},
                    });
}

// Not handled: "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith
// then went to the store." splits after "P.M." in the Golden Rules; we keep "P.M. Mr." together
// as we keep "a.m. Mr." (a time before a title reads the same both ways).
TEST_F(SegmenterEn, Abbreviations) {
  ExpectSplits(
      en_,
      {
          {"Please turn to p. 55.", {"Please turn to p. 55."}},
          {"Were Jane and co. at the party?", {"Were Jane and co. at the party?"}},
          {"They closed the deal with Pitt, Briggs & Co. at noon.",
           {"They closed the deal with Pitt, Briggs & Co. at noon."}},
          {"Let's ask Jane and co. They should know.",
           {"Let's ask Jane and co.", "They should know."}},
          {"They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
           {"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}},
          {"I can see Mt. Fuji from here.", {"I can see Mt. Fuji from here."}},
          {"St. Michael's Church is on 5th st. near the light.",
           {"St. Michael's Church is on 5th st. near the light."}},
          {"That is JFK Jr.'s book.", {"That is JFK Jr.'s book."}},
          {"I visited the U.S.A. last year.", {"I visited the U.S.A. last year."}},
          {"I live in the E.U. How about you?", {"I live in the E.U.", "How about you?"}},
          {"I live in the U.S. How about you?", {"I live in the U.S.", "How about you?"}},
          {"I work for the U.S. Government in Virginia.",
           {"I work for the U.S. Government in Virginia."}},
          {"I have lived in the U.S. for 20 years.", {"I have lived in the U.S. for 20 years."}},
          {"You can find it at N°. 1026.253.553. That is where the treasure is.",
           {"You can find it at N°. 1026.253.553.", "That is where the treasure is."}},
          {"Colonel Sonny Leggett met Gen. Miller and Sen. Graham on Jan. 5.",
           {"Colonel Sonny Leggett met Gen. Miller and Sen. Graham on Jan. 5."}},
      });
}

TEST_F(SegmenterEn, InitialsAndNumbers) {
  ExpectSplits(
      en_, {
               {"My name is Jonas E. Smith.", {"My name is Jonas E. Smith."}},
               {"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                {"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}},
               {"She has $100.00 in her bag.", {"She has $100.00 in her bag."}},
               {"She has $100.00. It is in her bag.", {"She has $100.00.", "It is in her bag."}},
               {"Kabul is to release 5,000 prisoners. The Taliban will free 1,000.",
                {"Kabul is to release 5,000 prisoners.", "The Taliban will free 1,000."}},
           });
}

TEST_F(SegmenterEn, AddressesAndParentheses) {
  ExpectSplits(en_, {
                        {"He teaches science (He previously worked for 5 years as an engineer.) at "
                         "the local University.",
                         {"He teaches science (He previously worked for 5 years as an engineer.) "
                          "at the local University."}},
                        {"Her email is Jane.Doe@example.com. I sent her an email.",
                         {"Her email is Jane.Doe@example.com.", "I sent her an email."}},
                        {"The site is: https://www.example.50.com/new-site/awesome_content.html. "
                         "Please check it out.",
                         {"The site is: https://www.example.50.com/new-site/awesome_content.html.",
                          "Please check it out."}},
                    });
}

TEST_F(SegmenterEn, Quotations) {
  ExpectSplits(
      en_,
      {
          {"She turned to him, 'This is great.' she said.",
           {"She turned to him, 'This is great.' she said."}},
          {"She turned to him, \"This is great.\" she said.",
           {"She turned to him, \"This is great.\" she said."}},
          {"She turned to him, \"This is great.\" She held the book out to show him.",
           {"She turned to him, \"This is great.\"", "She held the book out to show him."}},
          {"According to him, the Taliban \"were attacking. This was a defensive strike.\"",
           {"According to him, the Taliban \"were attacking.", "This was a defensive strike.\""}},
      });
}

TEST_F(SegmenterEn, Lists) {
  ExpectSplits(
      en_,
      {
          {"1.) The first item 2.) The second item", {"1.) The first item", "2.) The second item"}},
          {"1.) The first item. 2.) The second item.",
           {"1.) The first item.", "2.) The second item."}},
          {"1) The first item 2) The second item", {"1) The first item", "2) The second item"}},
          {"1) The first item. 2) The second item.", {"1) The first item.", "2) The second item."}},
          {"1. The first item 2. The second item", {"1. The first item", "2. The second item"}},
          {"1. The first item. 2. The second item.", {"1. The first item.", "2. The second item."}},
          {"• 9. The first item • 10. The second item",
           {"• 9. The first item", "• 10. The second item"}},
          {"⁃9. The first item ⁃10. The second item",
           {"⁃9. The first item", "⁃10. The second item"}},
          {"a. The first item b. The second item c. The third list item",
           {"a. The first item", "b. The second item", "c. The third list item"}},
          {"features\ncontact manager\nevents, activities\n",
           {"features", "contact manager", "events, activities"}},
      });
}

TEST_F(SegmenterEn, Ellipses) {
  ExpectSplits(
      en_, {
               {"Thoreau argues that by simplifying one’s life, “the laws of the universe will "
                "appear less complex. . . .”",
                {"Thoreau argues that by simplifying one’s life, “the laws of the universe will "
                 "appear less complex. . . .”"}},
               {"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
                {"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."}},
               {"Indicate the end of the sentence with a period . . . . Next sentence.",
                {"Indicate the end of the sentence with a period . . . .", "Next sentence."}},
               {"I never meant that.... She left the store.",
                {"I never meant that....", "She left the store."}},
               {"I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . "
                ". . I didn’t mean it.",
                {"I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is "
                 ". . . I didn’t mean it."}},
               {"It was somewhat weakened . . . was that of combining words into compounds. . . . "
                "The practice is widespread.",
                {"It was somewhat weakened . . . was that of combining words into compounds. . . .",
                 "The practice is widespread."}},
               {"He paused… and went on. He paused… Then he left.",
                {"He paused… and went on.", "He paused…", "Then he left."}},
           });
}

TEST_F(SegmenterEn, NewsCases) {
  ExpectSplits(
      en_,
      {
          {"Dr. Smith arrived at 10 a.m. and left at noon.",
           {"Dr. Smith arrived at 10 a.m. and left at noon."}},
          {"The U.N. Security Council met on Monday.",
           {"The U.N. Security Council met on Monday."}},
          {"He was born in Washington, D.C. He moved to New York.",
           {"He was born in Washington, D.C.", "He moved to New York."}},
          {"Mrs. Jones said, \"Wait!\" Then she left.",
           {"Mrs. Jones said, \"Wait!\"", "Then she left."}},
          {"Is it true? \"Yes,\" he said.", {"Is it true?", "\"Yes,\" he said."}},
          {"The meeting is on Sept. 15 at 3 p.m. in Room 4.",
           {"The meeting is on Sept. 15 at 3 p.m. in Room 4."}},
          {"See Fig. 3 for details. The results are clear.",
           {"See Fig. 3 for details.", "The results are clear."}},
          {"He said: 'I agree.' Then he left.", {"He said: 'I agree.'", "Then he left."}},
          {"She protested the sale of land resold for... 1.6 million to developers.",
           {"She protested the sale of land resold for... 1.6 million to developers."}},
          {"Sponsors were found for 180 orphans in Esitjeni. 70 of these attend a secondary "
           "school.",
           {"Sponsors were found for 180 orphans in Esitjeni.",
            "70 of these attend a secondary school."}},
          {"It joined the International Astronautics Federation (est. 1951) by autumn.",
           {"It joined the International Astronautics Federation (est. 1951) by autumn."}},
          {"Prosecutor Maj. Ashden Fein spoke at Ft. Meade on Jan. 5. 20 reporters attended.",
           {"Prosecutor Maj. Ashden Fein spoke at Ft. Meade on Jan. 5.", "20 reporters attended."}},
      });
}

TEST_F(SegmenterEn, HardWrappedLinesAreSpaces) {
  ExpectSplits(en_,
               {
                   {"This is a sentence\ncut off in the middle because pdf.",
                    {"This is a sentence cut off in the middle because pdf."}},
                   {"It was a cold \nnight in the city.", {"It was a cold night in the city."}},
                   {"One paragraph.\n\nAnother one\n \t\nand a third.",
                    {"One paragraph.", "Another one", "and a third."}},
               });
}

TEST_F(SegmenterEn, EmptyAndBlankInputs) {
  EXPECT_TRUE(en_.Split("", {}).empty());
  EXPECT_TRUE(en_.Split(" \r\n\n\t ", {}).empty());
}

// Every line is a segment, empty lines included, so that segment i is line i+1.
TEST_F(SegmenterEn, PresegmentedKeepsLines) {
  const std::string text = "First line. Still first.\r\n\r\n  Third   line \nFourth\n";
  std::vector<Segment> s = en_.Split(text, {/*presegmented=*/true});
  EXPECT_EQ(Texts(s),
            (std::vector<std::string>{"First line. Still first.", "", "Third line", "Fourth"}));
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].range, (ByteRange{0, 24}));
  EXPECT_EQ(s[2].range, (ByteRange{30, 42}));
  EXPECT_EQ(s[3].range, (ByteRange{44, 50}));
  const std::size_t paragraphs[] = {0, 0, 1, 1};
  for (std::size_t i = 0; i < s.size(); ++i) {
    EXPECT_EQ(s[i].index, i);
    EXPECT_EQ(s[i].paragraph, paragraphs[i]) << "segment " << i;
  }
}

TEST_F(SegmenterEn, PresegmentedEdgeCases) {
  const SegmenterOptions lines{/*presegmented=*/true};
  EXPECT_TRUE(en_.Split("", lines).empty());
  EXPECT_EQ(Texts(en_.Split("\n", lines)), (std::vector<std::string>{""}));
  EXPECT_EQ(Texts(en_.Split("a\n\nb", lines)), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(Texts(en_.Split("no final newline", lines)),
            (std::vector<std::string>{"no final newline"}));
}

TEST(Segmenter, OtherLanguagesUseIcuAndGeneralRules) {
  Segmenter de(LanguageResources(Language::Parse("de"), {}));
  EXPECT_EQ(Texts(de.Split("Er kam. Sie ging… Dann „Ja.“ Ende", {})),
            (std::vector<std::string>{"Er kam.", "Sie ging…", "Dann „Ja.“", "Ende"}));
}

TEST_F(SegmenterEn, SeedArticleMatchesGold) {
  const std::string gold_path = testing::SourcePath("corpora/seed/article.en.sentences");
  const std::string text_path = testing::SourcePath("corpora/seed/article.en.txt");
  if (!testing::Exists(gold_path) || !testing::Exists(text_path))
    GTEST_SKIP() << "no English seed yet";
  const std::vector<std::string> gold = testing::SplitLines(testing::ReadFile(gold_path));
  const std::vector<std::string> got = Texts(en_.Split(testing::ReadFile(text_path), {}));
  ASSERT_EQ(got.size(), gold.size());
  for (std::size_t i = 0; i < gold.size(); ++i) EXPECT_EQ(got[i], gold[i]) << "sentence " << i;
}

// Megabytes in well under a second on one core: no rescans. The bound is loose on purpose.
TEST_F(SegmenterEn, LargeInputIsLinear) {
  std::string unit =
      "Mr. Smith met Gen. Miller in the U.S. on Jan. 5. They talked… Then « it ended. »\n\n";
  std::string text;
  for (int i = 0; i < 20000; ++i) text += unit;  // about 1.7 MB
  auto start = std::chrono::steady_clock::now();
  std::vector<Segment> s = en_.Split(text, {});
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(s.size(), 20000u * 3);
  EXPECT_EQ(s.back().paragraph, 19999u);
  EXPECT_LT(seconds, 5.0);
}

}  // namespace
}  // namespace talign
