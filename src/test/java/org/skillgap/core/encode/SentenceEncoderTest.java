package org.skillgap.core.encode;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No Spark. */
class SentenceEncoderTest {

  // Real postings' text as it arrives: mojibake, entities left over, bullets, accents, long tokens.
  private static final List<String> MESSY =
      List.of(
          "Experience with Python, SQL and Apache Spark (PySpark) is required.",
          "â€¢ Proficient in MS Excel/Word; knowledge of the Cityâ€™s budget process.",
          "Résumé must show 3+ years' experience in C++ & C#; Node.js a plus!!!",
          "Our lifestyle is adventurous, community oriented and focused on service and problem"
              + " solving.",
          "Ability to lift 50 lbs.\tWork nights/weekends\u00a0as needed \u2013 24/7 on-call.",
          "Supercalifragilisticexpialidociousnessandmorewordsgluedtogetherbecausethefeedlostitsspaces",
          "数据分析 experience; naïve coöperation; ﬁnance",
          "");

  @Test
  void tokenizesAsTheHuggingFaceTokenizerDoes() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "djl-cache"));
    System.setProperty("DJL_CACHE_DIR", dir.toAbsolutePath().toString());
    Path json = dir.resolve("tokenizer.json");
    try (InputStream in = getClass().getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      Files.copy(in, json, StandardCopyOption.REPLACE_EXISTING);
    }
    WordPieceTokenizer mine;
    try (InputStream in = getClass().getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      mine = WordPieceTokenizer.fromTokenizerJson(in);
    }
    try (HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(json)) {
      for (String text : MESSY) {
        Encoding e = reference.encode(text);
        long[] ids = e.getIds();
        long[] mask = e.getAttentionMask();
        int n = 0;
        while (n < mask.length && mask[n] == 1) {
          n++;
        }
        long[] expected = Arrays.copyOf(ids, n);
        long[] actual = Arrays.stream(mine.encode(text, 128)).asLongStream().toArray();
        assertArrayEquals(expected, actual, text);
      }
    }
  }

  @Test
  void longTextIsCutAtTheModelsLimit() throws Exception {
    WordPieceTokenizer t;
    try (InputStream in = getClass().getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      t = WordPieceTokenizer.fromTokenizerJson(in);
    }
    int[] ids = t.encode("python ".repeat(2_000), SentenceEncoder.MAX_TOKENS);
    assertEquals(SentenceEncoder.MAX_TOKENS, ids.length);
    assertEquals(101, ids[0]); // [CLS]
    assertEquals(102, ids[ids.length - 1]); // [SEP]
  }

  @Test
  void sentencesOfTheSameMeaningAreCloserThanOthers() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    List<float[]> v =
        encoder.encodeAll(
            List.of(
                "Experience programming in Python is required.",
                "You will write Python code every day.",
                "Our lifestyle is adventurous, community oriented and focused on service.",
                "Registered nurse licence required.",
                "Must hold a current RN license."));
    for (float[] x : v) {
      assertEquals(SentenceEncoder.DIMENSIONS, x.length);
      assertEquals(1.0, SentenceEncoder.cosine(x, x), 1e-4);
    }
    double python = SentenceEncoder.cosine(v.get(0), v.get(1));
    double nurse = SentenceEncoder.cosine(v.get(3), v.get(4));
    assertTrue(python > SentenceEncoder.cosine(v.get(0), v.get(2)) + 0.2, "python " + python);
    assertTrue(nurse > SentenceEncoder.cosine(v.get(3), v.get(0)) + 0.2, "nurse " + nurse);
  }

  @Test
  void aBatchGivesWhatOneAtATimeGivesAndRepeatsComeFromTheCache() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    String shortOne = "SQL.";
    String longOne = "Experience with relational databases, data modelling and reporting tools.";
    List<float[]> batch = encoder.encodeAll(List.of(shortOne + " ", longOne));
    // Another text with the same word pieces, encoded afresh and alone: the same vector, whatever
    // the text was listed with.
    float[] alone = encoder.encode(shortOne + "   ");
    assertArrayEquals(batch.get(0), alone, 1e-6f);
    assertSame(batch.get(0), encoder.encode(shortOne + " "));
    assertTrue(encoder.cacheHitRate() > 0);
  }
}
