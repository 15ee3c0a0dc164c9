package org.skillgap.core.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of learner ids (HMAC-SHA256). The key comes from configuration and is never written
 * next to the data, so the warehouse cannot be joined back to raw ids without it.
 */
public final class Pseudonymizer implements Serializable {

  private final byte[] key;
  private transient ThreadLocal<Mac> mac;

  public Pseudonymizer(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the learner key must have at least 16 characters");
    }
    this.key = secret.getBytes(StandardCharsets.UTF_8);
  }

  public String pseudonym(String learnerId) {
    if (mac == null) {
      mac = ThreadLocal.withInitial(this::newMac);
    }
    byte[] d = mac.get().doFinal(learnerId.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(40);
    for (int i = 0; i < 16; i++) {
      sb.append(String.format("%02x", d[i]));
    }
    return sb.toString();
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
