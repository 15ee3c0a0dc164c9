package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static final LocalDate D1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2025, 1, 2);

  @Test
  void roundTripsAndDecides() {
    Manifest m = new Manifest();
    m.put(new Manifest.Entry("hdfs:///in/postings/a \"x\".jsonl", 100, 5, "crc32:ab", D1));
    Manifest back = Manifest.parse(m.serialize());
    Manifest.Entry e = back.get("hdfs:///in/postings/a \"x\".jsonl");
    assertEquals(100, e.size());
    assertEquals(D1, e.batch());
    String p = e.path();
    assertEquals(Manifest.Decision.NEW, back.decide("other", 1, 1, D2, () -> "x"));
    assertEquals(
        Manifest.Decision.UNCHANGED, back.decide(p, 100, 5, D2, () -> fail("no checksum needed")));
    assertEquals(
        Manifest.Decision.UNCHANGED,
        back.decide(p, 100, 9, D2, () -> "crc32:ab"),
        "touched, same bytes");
    assertEquals(Manifest.Decision.CHANGED, back.decide(p, 120, 9, D2, () -> "crc32:cd"));
    assertEquals(
        Manifest.Decision.REDO,
        back.decide(p, 100, 5, D1, () -> "crc32:ab"),
        "re-running its own night");
  }

  @Test
  void pathsWithAnyCharactersRoundTripThroughJson() {
    String nasty = "s3a://b/in/postings/a\\b \"q\" \u00e9\t{x}:\"batch\":1,\n.jsonl";
    Manifest m = new Manifest();
    m.learnerKeyFingerprint("0123456789abcdef");
    m.put(new Manifest.Entry(nasty, 7, 8, null, D1));
    Manifest back = Manifest.parse(m.serialize());
    assertEquals(new Manifest.Entry(nasty, 7, 8, null, D1), back.get(nasty));
    assertEquals("0123456789abcdef", back.learnerKeyFingerprint());
    assertEquals(1, back.entries().size());
    assertThrows(IllegalArgumentException.class, () -> Manifest.parse("{\"path\":\"a\",\"size\":"));
  }
}
