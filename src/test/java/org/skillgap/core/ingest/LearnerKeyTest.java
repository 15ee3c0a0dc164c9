package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LearnerKeyTest {
  @Test
  void generatedKeysAreRandomAndLong() {
    String a = LearnerKey.generate();
    String b = LearnerKey.generate();
    assertTrue(a.matches("[0-9a-f]{64}"), a);
    assertNotEquals(a, b);
  }

  @Test
  void theFingerprintIdentifiesAKeyWithoutRevealingIt() {
    String key = "a-secret-key-of-some-length";
    assertEquals(LearnerKey.fingerprint(key), LearnerKey.fingerprint(key));
    assertNotEquals(LearnerKey.fingerprint(key), LearnerKey.fingerprint(key + "x"));
    assertTrue(LearnerKey.fingerprint(key).matches("[0-9a-f]{16}"));
    assertFalse(LearnerKey.fingerprint(key).contains("secret"));
  }
}
