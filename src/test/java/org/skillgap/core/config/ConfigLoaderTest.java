package org.skillgap.core.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgap.core.error.SkillgapException;

class ConfigLoaderTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 31);

  @Test
  void defaultsThenFileThenOverrides() {
    PipelineConfig c =
        new ConfigLoader()
            .withProperties(
                "ingest.max-reject-ratio = 0.25\nspark.partitions=8\n", "test.properties")
            .withOverrides(List.of("spark.partitions=16"))
            .build("in", "out", DAY);
    assertEquals(0.25, c.ingest().maxRejectRatio());
    assertEquals(16, c.extract().partitions());
    assertEquals("builtin", c.extract().taxonomy());
    assertEquals(DAY, c.run().date());
  }

  @Test
  void unknownKeyNamesTheKeyAndTheKnownOnes() {
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () -> new ConfigLoader().withProperties("ingest.max-rejects=0.2", "site.properties"));
    assertTrue(e.getMessage().contains("'ingest.max-rejects'"), e.getMessage());
    assertTrue(e.getMessage().contains("site.properties"), e.getMessage());
    assertTrue(e.getMessage().contains("ingest.max-reject-ratio"), e.getMessage());
    assertEquals(2, e.exitCode());
  }

  @Test
  void badValueNamesKeyValueAndWhatIsAllowed() {
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () ->
                new ConfigLoader()
                    .withOverrides(List.of("ingest.max-reject-ratio=1.5"))
                    .build("i", "o", DAY));
    assertTrue(e.getMessage().contains("ingest.max-reject-ratio"), e.getMessage());
    assertTrue(e.getMessage().contains("'1.5'"), e.getMessage());
    assertTrue(e.getMessage().contains("0.0 to 1.0"), e.getMessage());
    assertThrows(
        SkillgapException.class,
        () ->
            new ConfigLoader().withOverrides(List.of("spark.partitions=-1")).build("i", "o", DAY));
    assertThrows(
        SkillgapException.class, () -> new ConfigLoader().withOverrides(List.of("novalue")));
    assertThrows(SkillgapException.class, () -> ConfigLoader.parseRunDate("31/01/2025"));
  }

  @Test
  void inputAndOutputThatOverlapAreRefused() {
    for (String[] pair :
        new String[][] {
          {"data", "data"},
          {"data", "data/out"},
          {"data/in", "data"},
          {"data/./in", "data/x/../in/"},
          {"hdfs://nn/skillgap", "hdfs://nn/skillgap/out"},
          {"file:/tmp/a", "/tmp/a/out"}
        }) {
      SkillgapException e =
          assertThrows(
              SkillgapException.class,
              () -> new ConfigLoader().build(pair[0], pair[1], DAY),
              pair[0] + " and " + pair[1]);
      assertEquals(2, e.exitCode());
      assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }
    assertDoesNotThrow(() -> new ConfigLoader().build("data/in", "data/out", DAY));
    assertDoesNotThrow(() -> new ConfigLoader().build("data/in", "data/input", DAY));
    assertDoesNotThrow(() -> new ConfigLoader().build("s3a://bucket/in", "hdfs://nn/in", DAY));
  }

  @Test
  void anOutputOnS3NeedsALockElsewhereOrNone() {
    SkillgapException e =
        assertThrows(
            SkillgapException.class, () -> new ConfigLoader().build("in", "s3a://b/out", DAY));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("run.lock"), e.getMessage());
    assertTrue(e.getMessage().contains("concurrencyPolicy: Forbid"), e.getMessage());
    SkillgapException onS3 =
        assertThrows(
            SkillgapException.class,
            () ->
                new ConfigLoader()
                    .withOverrides(List.of("run.lock=s3a://b/locks/skillgap"))
                    .build("in", "s3a://b/out", DAY));
    assertTrue(onS3.getMessage().contains("s3a://b/locks/skillgap"), onS3.getMessage());
    assertEquals(
        "hdfs://nn/locks/skillgap",
        new ConfigLoader()
            .withOverrides(List.of("run.lock=hdfs://nn/locks/skillgap"))
            .build("in", "s3a://b/out", DAY)
            .run()
            .lock());
    assertNull(
        new ConfigLoader()
            .withOverrides(List.of("run.lock=none"))
            .build("in", "s3a://b/out", DAY)
            .run()
            .lock());
    assertDoesNotThrow(() -> new ConfigLoader().build("s3a://b/in", "hdfs://nn/out", DAY));
  }

  @Test
  void aPrivacyThresholdBelowFiveIsRefused() {
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () ->
                new ConfigLoader()
                    .withOverrides(List.of("privacy.min-learners=3"))
                    .build("i", "o", DAY));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("privacy.min-learners"), e.getMessage());
    assertEquals(
        5,
        new ConfigLoader()
            .withOverrides(List.of("privacy.min-learners=5"))
            .build("i", "o", DAY)
            .reports()
            .minLearners());
  }

  @Test
  void aRunDateFarInTheFutureIsRefused() {
    LocalDate today = LocalDate.parse("2026-12-03");
    assertEquals(LocalDate.parse("2026-12-04"), ConfigLoader.parseRunDate("2026-12-04", today));
    assertEquals(LocalDate.parse("2019-01-01"), ConfigLoader.parseRunDate("2019-01-01", today));
    SkillgapException e =
        assertThrows(SkillgapException.class, () -> ConfigLoader.parseRunDate("2062-12-03", today));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("no later than 2026-12-04"), e.getMessage());
  }

  @Test
  void everySettingIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/configuration.md"));
    for (Setting<?> s : Settings.ALL) {
      assertTrue(doc.contains("`" + s.key() + "`"), "docs/configuration.md lacks " + s.key());
      assertTrue(
          doc.contains(s.defaultValue()), "docs/configuration.md lacks the default of " + s.key());
    }
  }
}
