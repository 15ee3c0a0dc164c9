package org.skillgap.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules on the folders a run is given, as plain strings (a local path or a file system URI). */
public final class Locations {
  private Locations() {}

  private static final Pattern WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  /** True when the two folders are the same or one lies inside the other. */
  public static boolean overlap(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    return x.equals(y) || x.startsWith(y + "/") || y.startsWith(x + "/");
  }

  /**
   * Whether a path is in an object store (S3, Google Cloud Storage): no atomic rename (it copies)
   * and no create-if-absent, but a file written whole appears whole, in one PUT.
   */
  public static boolean isObjectStore(String path) {
    String scheme = path.trim().toLowerCase(Locale.ROOT);
    return scheme.startsWith("s3:")
        || scheme.startsWith("s3a:")
        || scheme.startsWith("s3n:")
        || scheme.startsWith("gs:");
  }

  /**
   * A comparable form: local paths absolute and normalised (file: URIs included), URIs normalised.
   */
  static String normalise(String location) {
    String s = location.trim();
    if (s.startsWith("file:")) {
      s = URI.create(s).getPath();
    }
    if (WITH_SCHEME.matcher(s).matches()) {
      String n = URI.create(s).normalize().toString();
      return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
    }
    return Path.of(s).toAbsolutePath().normalize().toString();
  }
}
