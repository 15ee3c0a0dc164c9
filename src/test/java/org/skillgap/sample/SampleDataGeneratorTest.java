package org.skillgap.sample;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.taxonomy.Taxonomy;

class SampleDataGeneratorTest {

  @TempDir Path tmp;

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    new SampleDataGenerator(7).write(tmp.resolve("a"), SampleDataGenerator.Size.ofPostings(300));
    new SampleDataGenerator(7).write(tmp.resolve("b"), SampleDataGenerator.Size.ofPostings(300));
    new SampleDataGenerator(8).write(tmp.resolve("c"), SampleDataGenerator.Size.ofPostings(300));
    for (String f :
        List.of(
            "postings/postings.jsonl",
            "enrollments/enrollments.jsonl",
            "credentials/catalog.jsonl")) {
      assertEquals(
          -1L, Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)), f);
    }
    assertNotEquals(
        -1L,
        Files.mismatch(
            tmp.resolve("a/postings/postings.jsonl"), tmp.resolve("c/postings/postings.jsonl")));
  }

  @Test
  void writesTheRequestedSizesAndAllIndustries() throws Exception {
    SampleDataGenerator.Written w =
        new SampleDataGenerator(1).write(tmp, SampleDataGenerator.Size.ofPostings(1000));
    List<String> postings = Files.readAllLines(tmp.resolve("postings/postings.jsonl"));
    assertEquals(1000, postings.size());
    assertEquals(
        w.enrollments(), Files.readAllLines(tmp.resolve("enrollments/enrollments.jsonl")).size());
    assertTrue(w.credentials() >= 40);
    assertTrue(w.malformedPostings() > 0, "some malformed records are planted");
    String all = String.join("\n", postings);
    for (String sector :
        List.of(
            "Information Technology",
            "Health Care",
            "Banks & Credit Unions",
            "K-12 Education",
            "Retail")) {
      assertTrue(all.contains(sector), sector);
    }
    assertTrue(all.contains("<li>"), "HTML fragments");
    assertTrue(all.contains("equal opportunity employer"), "boilerplate");
    for (int year = 2019; year <= 2025; year++) {
      assertTrue(all.contains("\"posted_date\":\"" + year + "-"), "postings in " + year);
    }
  }

  @Test
  void enrollmentsGrowOverTheYears() throws Exception {
    new SampleDataGenerator(3).write(tmp, new SampleDataGenerator.Size(100, 4000));
    List<String> lines = Files.readAllLines(tmp.resolve("enrollments/enrollments.jsonl"));
    long first = lines.stream().filter(l -> l.contains("\"enrolled_date\":\"2019-")).count();
    long last = lines.stream().filter(l -> l.contains("\"enrolled_date\":\"2025-")).count();
    assertTrue(last > 3 * first, "2019: " + first + ", 2025: " + last);
  }

  /**
   * Postings as long as real ones (median 350 to 550 words, a tail to a few thousand), laid out as
   * they come.
   */
  @Test
  void postingsHaveRealLengthsAndLayouts() throws Exception {
    new SampleDataGenerator(42).write(tmp, SampleDataGenerator.Size.ofPostings(2000));
    List<Integer> words = new ArrayList<>();
    int withoutHeadings = 0;
    int oneParagraph = 0;
    for (String line : Files.readAllLines(tmp.resolve("postings/postings.jsonl"))) {
      Matcher m =
          Pattern.compile("\"description\":\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"").matcher(line);
      if (!m.find() || m.group(1).isEmpty()) {
        continue;
      }
      String text = m.group(1).replace("\\n", "\n").replaceAll("<[^>]+>", " ");
      words.add(text.trim().split("\\s+").length);
      boolean headings =
          text.contains("Requirements")
              || text.contains("Qualifications")
              || text.contains("What you bring");
      withoutHeadings += headings ? 0 : 1;
      oneParagraph += headings || text.contains("\n") || m.group(1).contains("<li>") ? 0 : 1;
    }
    Collections.sort(words);
    int median = words.get(words.size() / 2);
    assertTrue(median >= 350 && median <= 550, "median words " + median);
    assertTrue(words.get(words.size() - 1) >= 2000, "longest " + words.get(words.size() - 1));
    assertTrue(withoutHeadings > words.size() / 10, "without headings: " + withoutHeadings);
    assertTrue(oneParagraph > words.size() / 20, "in one paragraph: " + oneParagraph);
  }

  /**
   * Padding changes a posting's length, not what it asks for: it names no skill of the taxonomy.
   */
  @Test
  void paddingNamesNoSkill() {
    SkillExtractor extractor = CoreNlp.extractor(Taxonomy.builtin());
    for (List<String> pool :
        List.of(
            PostingPadding.ABOUT,
            PostingPadding.TEAM,
            PostingPadding.DAY,
            PostingPadding.PAY,
            PostingPadding.APPLY,
            PostingPadding.LEGAL)) {
      for (String sentence : pool) {
        for (String industry : List.of("tech", "healthcare", "finance", "education", "other")) {
          assertEquals(
              List.of(),
              extractor.extract("Requirements:\n- " + sentence, industry).stream()
                  .map(m -> m.skillId())
                  .toList(),
              sentence);
        }
      }
    }
  }
}
