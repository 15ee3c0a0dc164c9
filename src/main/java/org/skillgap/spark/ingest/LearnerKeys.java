package org.skillgap.spark.ingest;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.skillgap.core.config.Locations;
import org.skillgap.core.config.Settings;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;
import org.skillgap.core.ingest.LearnerKey;
import org.skillgap.core.ingest.Manifest;
import org.skillgap.core.ingest.Pseudonymizer;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/**
 * The key learner ids are hashed with: {@value IngestStage#LEARNER_KEY_ENV}, else the key generated
 * at random on this output's first night and kept, owner-only, in {@link Layout#learnerKeyFile}.
 * There is no built-in key.
 */
final class LearnerKeys {
  private final Layout layout;
  private final String keyFile;
  private final String key;
  private final Pseudonymizer pseudonymizer;

  /**
   * Reads the key, generating and keeping one on the output's first night.
   *
   * @param keyFile the file that holds the key (ingest.learner-key-file), null to generate one
   */
  LearnerKeys(Storage storage, Layout layout, String keyFile) {
    this.layout = layout;
    this.keyFile = keyFile;
    this.key = resolve(storage, layout, keyFile);
    this.pseudonymizer = new Pseudonymizer(key);
  }

  Pseudonymizer pseudonymizer() {
    return pseudonymizer;
  }

  /**
   * Hides learner ids in quarantined raw records: the canonical learner_id, and every feed column
   * that the enrollments mapping maps onto it.
   *
   * @param enrollmentColumns the enrollments feed's column mapping, feed name to canonical field
   */
  Redaction redaction(Map<String, String> enrollmentColumns) {
    Set<String> learnerFields = new HashSet<>(Set.of("learner_id"));
    enrollmentColumns.forEach(
        (source, target) -> {
          if (target.equals("learner_id")) {
            learnerFields.add(source);
          }
        });
    return new Redaction(pseudonymizer, learnerFields);
  }

  /**
   * Stops a night whose learner key is not the one the warehouse was built with; records it on the
   * first.
   */
  void check(Manifest manifest) {
    String current = LearnerKey.fingerprint(key);
    String recorded = manifest.learnerKeyFingerprint();
    if (recorded != null && !recorded.equals(current)) {
      String source =
          System.getenv(IngestStage.LEARNER_KEY_ENV) != null
              ? IngestStage.LEARNER_KEY_ENV
              : keyFile != null ? keyFile : layout.learnerKeyFile();
      throw Errors.learnerKeyChanged(layout.manifest(), recorded, current, source);
    }
    manifest.learnerKeyFingerprint(current);
  }

  private static String resolve(Storage storage, Layout layout, String keyFile) {
    String key = System.getenv(IngestStage.LEARNER_KEY_ENV);
    if (key != null && !key.isBlank()) {
      return key;
    }
    if (keyFile != null) {
      return storage.readText(keyFile).trim();
    }
    String file = layout.learnerKeyFile();
    if (!storage.exists(file) && Locations.isObjectStore(file)) {
      throw Errors.learnerKeyOnObjectStore(
          layout.output(), Settings.LEARNER_KEY_FILE.key(), IngestStage.LEARNER_KEY_ENV);
    }
    if (!storage.exists(file) && storage.createPrivate(file, LearnerKey.generate() + "\n")) {
      Console.get()
          .notice(
              IngestStage.LEARNER_KEY_ENV
                  + " is not set: generated a random learner key in "
                  + file
                  + " (owner-only). Keep it with the output; on a shared store give "
                  + IngestStage.LEARNER_KEY_ENV
                  + " or "
                  + Settings.LEARNER_KEY_FILE.key()
                  + " instead.");
    }
    return storage.readText(file).trim();
  }
}
