package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.ingest.LearnerKey;
import org.skillgap.core.ingest.Manifest;
import org.skillgap.spark.ingest.IngestStage;

/**
 * Without SKILLGAP_LEARNER_KEY (as in the tests): no built-in key, a generated one kept owner-only.
 */
class LearnerKeyNightTest {
  @TempDir Path tmp;

  @Test
  void aGeneratedKeyIsKeptOwnerOnlyRecordedByFingerprintAndAChangedKeyStopsTheNight()
      throws Exception {
    assumeTrue(
        System.getenv(IngestStage.LEARNER_KEY_ENV) == null,
        "SKILLGAP_LEARNER_KEY is set in this environment");
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Files.createDirectories(in.resolve("postings"));
    Files.createDirectories(in.resolve("credentials"));
    Files.writeString(
        Files.createDirectories(in.resolve("enrollments")).resolve("e.jsonl"),
        "{\"learner_id\":\"L-1\",\"credential_id\":\"c1\",\"enrolled_date\":\"2024-01-10\",\"status\":\"enrolled\"}\n");
    new Pipeline(SharedSpark.get(), night(in, out, "2025-06-30")).runIngest();

    Path keyFile = out.resolve("_secrets/learner.key");
    String key = Files.readString(keyFile).trim();
    assertTrue(key.matches("[0-9a-f]{64}"), "a random 256-bit key: " + key);
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())));
    Manifest manifest = Manifest.parse(Files.readString(out.resolve("warehouse/_manifest.jsonl")));
    assertEquals(LearnerKey.fingerprint(key), manifest.learnerKeyFingerprint());
    assertFalse(
        Files.readString(out.resolve("warehouse/_manifest.jsonl")).contains(key),
        "the key itself is never recorded");

    // The next night reuses the key; under another key it stops, saying how to fix it.
    new Pipeline(SharedSpark.get(), night(in, out, "2025-07-01")).runIngest();
    assertEquals(key, Files.readString(keyFile).trim());
    Files.writeString(keyFile, LearnerKey.generate() + "\n");
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () -> new Pipeline(SharedSpark.get(), night(in, out, "2025-07-02")).runIngest());
    assertEquals(2, e.exitCode());
    assertTrue(
        e.getMessage().contains(LearnerKey.fingerprint(key))
            && e.getMessage().contains("--full-refresh"),
        e.getMessage());
  }

  private static PipelineConfig night(Path in, Path out, String date) {
    return new ConfigLoader()
        .withOverrides(List.of())
        .build(in.toString(), out.toString(), LocalDate.parse(date));
  }
}
