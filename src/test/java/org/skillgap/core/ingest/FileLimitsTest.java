package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileLimitsTest {
  private final FileLimits limits = new FileLimits(1_000_000, 1_000, 50);

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileWithinLimitsPasses() throws Exception {
    assertNull(limits.check(text("id,title\n1,Engineer\n"), true));
  }

  @Test
  void aGiantLineIsNamed() throws Exception {
    String why = limits.check(text("{\"id\":1}\n" + "x".repeat(2_000) + "\n"), false);
    assertTrue(why.startsWith("line 2 is longer than 1000 bytes"), why);
  }

  @Test
  void aTooWideCsvHeaderIsNamed() throws Exception {
    String why = limits.check(text("c,".repeat(60) + "\n"), true);
    assertTrue(why.contains("line 1 has more than 50 CSV columns"), why);
    assertNull(limits.check(text("a,".repeat(60) + "\n"), false), "commas only count in CSV");
  }

  @Test
  void aDecompressionBombStopsAtTheLimitWithoutReadingItAll() throws Exception {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return served[0] % 100 == 0 ? '\n' : 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
              b[off + i] = (byte) read();
            }
            return len;
          }
        };
    String why = limits.check(endless, false);
    assertTrue(why.contains("larger than 1000000 bytes decompressed"), why);
    assertTrue(served[0] < 2_000_000, "stopped early: " + served[0]);
  }
}
