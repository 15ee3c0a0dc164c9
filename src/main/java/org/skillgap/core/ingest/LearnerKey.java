package org.skillgap.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret learner ids are hashed with. There is no built-in key: one is given
 * (SKILLGAP_LEARNER_KEY) or generated at random on a warehouse's first night and kept beside it. A
 * key's fingerprint, a hash that does not reveal it, is recorded in the warehouse manifest, so a
 * night under another key stops instead of splitting every learner in two.
 */
public final class LearnerKey {
  private LearnerKey() {}

  /** 256 random bits, hex. */
  public static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** 16 hex characters that identify the key and cannot be turned back into it. */
  public static String fingerprint(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] d = mac.doFinal("skillgap learner key fingerprint".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
