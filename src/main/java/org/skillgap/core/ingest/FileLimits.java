package org.skillgap.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Limits an input file must keep before Spark reads it, so that one bad file is refused (and
 * quarantined as one record naming it) instead of failing the night: a decompression bomb, one
 * giant line (Hadoop's line reader holds a whole line in memory), or a CSV header wider than the
 * parser accepts.
 *
 * @param maxBytes largest file, decompressed
 * @param maxLineBytes longest physical line
 * @param maxCsvColumns most fields in a CSV line (the parser's own limit is 20,480)
 */
public record FileLimits(long maxBytes, int maxLineBytes, int maxCsvColumns) {

  /** 16 GiB (a million realistic postings are about 4 GiB), 16 MiB per line, 20,000 columns. */
  public static final FileLimits DEFAULT = new FileLimits(16L << 30, 16 << 20, 20_000);

  /** Marks a refused file's one quarantined record (its corrupt-record text starts with it). */
  public static final String REFUSED = "[file refused] ";

  /**
   * Reads the (decompressed) stream to its end, or to the first breach. Returns null when the file
   * keeps every limit, else what was wrong and where, worded for the quarantine.
   */
  public String check(InputStream in, boolean csv) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    long line = 1;
    int lineBytes = 0;
    int commas = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (b == '\n') {
          line++;
          lineBytes = 0;
          commas = 0;
          continue;
        }
        if (++lineBytes > maxLineBytes) {
          return "line "
              + line
              + " is longer than "
              + maxLineBytes
              + " bytes; split the feed into one record per line";
        }
        if (csv && b == ',' && ++commas >= maxCsvColumns) {
          return "line "
              + line
              + " has more than "
              + maxCsvColumns
              + " CSV columns; check the delimiter and header";
        }
      }
      total += n;
      if (total > maxBytes) {
        return "the file is larger than "
            + maxBytes
            + " bytes decompressed (a decompression bomb, or a feed to "
            + "split into several files)";
      }
    }
    return null;
  }
}
