package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;
import org.skillgap.core.ingest.FileLimits;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Reads one input dataset's files (JSON Lines, CSV or Parquet, by extension or by setting) into the
 * raw all-text schema: the canonical fields, the unparseable line when a record is broken, and the
 * source file. A feed's own column names are mapped onto the canonical fields first. Nothing is
 * inferred.
 */
public final class InputReader {

  /**
   * The whole record as JSON, for CSV and Parquet rows: every column of the file, mapped or not, so
   * a quarantined row keeps what the feed sent. (It also keeps the scan from referencing nothing
   * but the corrupt-record column, which Spark refuses.)
   */
  public static final String RAW = "_raw";

  /**
   * Separates the feed columns that a mapping joins into one field: {@code Job Description +
   * Preferred Skills=description}.
   */
  public static final String JOIN = "\\s+\\+\\s+";

  private final SparkSession spark;
  private final String format;
  private final String unpackTo;

  /**
   * Unpacked file name to the archive it came from: its records keep the archive as source_file.
   */
  private final Map<String, String> archiveOf = new LinkedHashMap<>();

  /**
   * @param unpackTo folder where the data files of .zip inputs are unpacked (Hadoop reads .gz and
   *     .bz2 itself, but has no codec for zip archives); null where zips are not expected
   */
  public InputReader(SparkSession spark, String format, String unpackTo) {
    this.spark = spark;
    this.format = format;
    this.unpackTo = unpackTo;
  }

  /**
   * @param folder the dataset's folder
   * @param fields canonical field names, in order
   * @param required fields whose absence from a file's columns deserves a warning
   * @param mapping feed column name to canonical field; a file that has the canonical name instead
   *     keeps it
   */
  public Dataset<Row> read(
      List<String> files, List<String> fields, List<String> required, Map<String, String> mapping) {
    List<String> refused = new ArrayList<>();
    List<String> readable = new ArrayList<>();
    for (String f : unpack(files)) {
      String why = refusal(f);
      if (why == null) {
        readable.add(f);
      } else {
        Console.get()
            .notice(
                "refusing "
                    + f
                    + ": "
                    + why
                    + ". It is quarantined as one record; the night goes on.");
        refused.add(archiveOf.getOrDefault(new Path(f).getName(), f) + "\t" + why);
      }
    }
    Map<String, List<String>> byFormat = byFormat(readable);
    Dataset<Row> result = refused.isEmpty() ? null : refusedFiles(refused, fields);
    for (Map.Entry<String, List<String>> e : byFormat.entrySet()) {
      List<Dataset<Row>> parts =
          switch (e.getKey()) {
            case "json" -> List.of(json(e.getValue(), fields, mapping));
            case "parquet" -> List.of(parquet(e.getValue(), fields, required, mapping));
            default -> e.getValue().stream().map(f -> csv(f, fields, required, mapping)).toList();
          };
      for (Dataset<Row> p : parts) {
        result = result == null ? p : result.unionByName(p);
      }
    }
    if (result == null) {
      StructType empty =
          Schemas.text(fields)
              .add(Schemas.CORRUPT, "string")
              .add(RAW, "string")
              .add("source_file", "string");
      return spark.createDataFrame(List.of(), empty);
    }
    return result;
  }

  /** An input file as the file system describes it. */
  public record InputFile(String path, long size, long modified) {}

  /**
   * Every data file under a folder (recursively), sorted by path. Skipped: any file or folder whose
   * name starts with '.' or '_' below the root (hidden files, _SUCCESS, _temporary/ of a writer
   * still at work, Hadoop's .crc checksums), as Spark's own readers skip them, and this pipeline's
   * own outputs.
   */
  public static List<InputFile> listFiles(SparkSession spark, String folder) {
    List<InputFile> files = new ArrayList<>();
    try {
      Path root = new Path(folder);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      int rootDepth = fs.makeQualified(root).depth();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus st = it.next();
        if (st.isFile() && !hiddenBelow(st.getPath(), rootDepth)) {
          files.add(new InputFile(st.getPath().toString(), st.getLen(), st.getModificationTime()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(
        java.util.Comparator.comparing(InputFile::path)); // deterministic: re-runs break ties alike
    return files;
  }

  private static boolean hiddenBelow(Path path, int rootDepth) {
    for (Path p = path; p != null && p.depth() > rootDepth; p = p.getParent()) {
      String name = p.getName();
      boolean snapshotOrSummary =
          p.getParent() != null
              && p.getParent().getName().equals("runs")
              && name.matches("\\d{4}-\\d{2}-\\d{2}(~\\d+)?");
      if (name.startsWith(".")
          || name.startsWith("_")
          || BATCH_FOLDER.matcher(name).matches()
          || snapshotOrSummary) {
        return true;
      }
    }
    return false;
  }

  /**
   * This pipeline's own outputs (warehouse batches, quarantine nights; report snapshots and run
   * summaries are runs/&lt;date&gt;/): an output folder copied into an input folder is not read
   * back as input.
   */
  private static final java.util.regex.Pattern BATCH_FOLDER =
      java.util.regex.Pattern.compile("(ingest_batch|run_date)=\\d{4}-\\d{2}-\\d{2}.*");

  private Map<String, List<String>> byFormat(List<String> files) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : files) {
      String fmt = format.equals("auto") ? formatOf(f) : format;
      if (fmt == null) {
        Console.get()
            .notice(
                "skipping "
                    + f
                    + ": unknown extension (use .jsonl, .json, .csv, "
                    + ".parquet, or set input.format)");
        continue;
      }
      out.computeIfAbsent(fmt, k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * Why a data file is refused before Spark reads it (FileLimits), or null; Parquet is not scanned.
   */
  private String refusal(String file) {
    String fmt = format.equals("auto") ? formatOf(file) : format;
    if (fmt == null || fmt.equals("parquet")) {
      return null;
    }
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      org.apache.hadoop.io.compress.CompressionCodec codec =
          new org.apache.hadoop.io.compress.CompressionCodecFactory(
                  spark.sparkContext().hadoopConfiguration())
              .getCodec(path);
      try (java.io.InputStream raw = fs.open(path);
          java.io.InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
        return FileLimits.DEFAULT.check(in, fmt.equals("csv"));
      }
    } catch (IOException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  /**
   * One record per refused file, its corrupt-record text saying why, so the quarantine names the
   * file.
   */
  private Dataset<Row> refusedFiles(List<String> refused, List<String> fields) {
    StructType schema =
        Schemas.text(fields)
            .add(Schemas.CORRUPT, "string")
            .add(RAW, "string")
            .add("source_file", "string");
    List<Row> rows = new ArrayList<>();
    for (String r : refused) {
      String[] fileAndWhy = r.split("\t", 2);
      NamedRow row = new NamedRow(schema);
      fields.forEach(f -> row.put(f, null));
      rows.add(
          row.put(Schemas.CORRUPT, FileLimits.REFUSED + fileAndWhy[1])
              .put(RAW, null)
              .put("source_file", fileAndWhy[0])
              .row());
    }
    return spark.createDataFrame(rows, schema);
  }

  /** The files, with every .zip archive replaced by the data files it holds, unpacked. */
  private List<String> unpack(List<String> files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (!f.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        out.add(f);
        continue;
      }
      if (unpackTo == null) {
        throw new IllegalStateException("zip input " + f + " but no folder to unpack it to");
      }
      Path archive = new Path(f);
      try {
        FileSystem in = archive.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path folder = new Path(unpackTo);
        FileSystem outFs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (java.util.zip.ZipInputStream zip =
            new java.util.zip.ZipInputStream(in.open(archive))) {
          java.util.zip.ZipEntry e;
          int n = 0;
          while ((e = zip.getNextEntry()) != null) {
            String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (e.isDirectory()
                || entry.startsWith(".")
                || entry.startsWith("_")
                || e.getName().startsWith("__MACOSX")
                || formatOf(entry) == null) {
              continue;
            }
            // A unique, URI-safe name: Spark reports it in _metadata.file_path, and two archives
            // may hold
            // entries of the same name.
            String name =
                String.format(
                    "%08x-%d-%s", f.hashCode(), n++, entry.replaceAll("[^A-Za-z0-9._-]", "_"));
            Path target = new Path(folder, name);
            try (java.io.OutputStream os = outFs.create(target, true)) {
              // Bounded: a zip bomb stops at the limit, and the truncated entry is then refused by
              // its size.
              zip.transferTo(new BoundedOutput(os, FileLimits.DEFAULT.maxBytes() + 1));
            }
            archiveOf.put(name, f);
            out.add(target.toString());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot unpack " + f, e);
      }
    }
    return out;
  }

  /** Writes at most {@code limit} bytes, then drops the rest: unpacking never fills the disk. */
  private static final class BoundedOutput extends java.io.FilterOutputStream {
    private long left;

    BoundedOutput(java.io.OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int n = (int) Math.min(len, left);
      if (n > 0) {
        out.write(b, off, n);
        left -= n;
      }
    }

    @Override
    public void write(int b) throws IOException {
      if (left > 0) {
        out.write(b);
        left--;
      }
    }
  }

  /** The file a record came from: the archive, for a file unpacked from one. */
  private Column sourceFile() {
    Column path = col("_metadata.file_path");
    Column out = path;
    for (Map.Entry<String, String> e : archiveOf.entrySet()) {
      out = when(path.endsWith("/" + e.getKey()), lit(e.getValue())).otherwise(out);
    }
    return out;
  }

  /** The feed columns a mapped source names: one, or several joined with " + ". */
  static List<String> parts(String source) {
    return Arrays.asList(source.trim().split(JOIN));
  }

  static String formatOf(String file) {
    String f = file.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|snappy|zst)$", "");
    if (f.endsWith(".json") || f.endsWith(".jsonl") || f.endsWith(".ndjson")) {
      return "json";
    }
    if (f.endsWith(".csv")) {
      return "csv";
    }
    if (f.endsWith(".parquet")) {
      return "parquet";
    }
    return null;
  }

  /** The feed's name for each canonical field. */
  private static Map<String, String> sourceNames(List<String> fields, Map<String, String> mapping) {
    Map<String, String> byTarget = new LinkedHashMap<>();
    for (String f : fields) {
      byTarget.put(f, f);
    }
    mapping.forEach((source, target) -> byTarget.put(target, source));
    // present.contains below compares exactly; a mapping that differs only in case is the same
    // column.
    return byTarget;
  }

  private static Column quoted(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }

  private Dataset<Row> json(List<String> files, List<String> fields, Map<String, String> mapping) {
    Map<String, String> source = sourceNames(fields, mapping);
    // Both the feed's and the canonical names are read: a mapped feed and a canonical one can share
    // a folder.
    // Spark resolves names case-insensitively, so "Company" and "company" are one column.
    java.util.TreeSet<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<String> names = new ArrayList<>();
    for (String n : fields) {
      if (seen.add(n)) {
        names.add(n);
      }
    }
    for (String src : source.values()) {
      for (String n : parts(src)) {
        if (seen.add(n)) {
          names.add(n);
        }
      }
    }
    StructType schema = Schemas.text(new ArrayList<>(names)).add(Schemas.CORRUPT, "string");
    Dataset<Row> raw =
        spark
            .read()
            .schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", Schemas.CORRUPT)
            .json(files.toArray(new String[0]));
    List<Column> cols = new ArrayList<>();
    source.forEach(
        (target, src) ->
            cols.add(
                (src.equalsIgnoreCase(target)
                        ? quoted(target)
                        : coalesce(joined(parts(src)), quoted(target)))
                    .as(target)));
    cols.add(col(Schemas.CORRUPT));
    cols.add(lit(null).cast("string").as(RAW));
    cols.add(sourceFile().as("source_file"));
    return raw.select(cols.toArray(Column[]::new));
  }

  private Dataset<Row> csv(
      String file, List<String> fields, List<String> required, Map<String, String> mapping) {
    // The header names the columns; the schema built from it is applied by position, all text.
    String[] header =
        spark.read().option("header", "true").option("multiLine", "true").csv(file).columns();
    StructType schema = Schemas.text(headerAsWritten(header)).add(Schemas.CORRUPT, "string");
    Dataset<Row> raw =
        spark
            .read()
            .schema(schema)
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", Schemas.CORRUPT)
            .csv(file)
            .toDF(
                withCorrupt(header)); // blank header cells back to Spark's _c<i> names, by position
    return select(
        raw, Set.of(header), fields, required, mapping, file, col(Schemas.CORRUPT), sourceFile());
  }

  /**
   * The header as the file writes it. Spark names a blank header cell {@code _c<i>} (its position),
   * then checks the header against the schema it is given and warns, once per file, that "" is not
   * {@code _c<i>}: an unnamed first column, as a pandas index leaves, is common (the Coursera
   * catalogue has one). Given the blank name back, the check passes; {@link Dataset#toDF} then
   * renames by position.
   */
  static List<String> headerAsWritten(String[] sparkNames) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sparkNames.length; i++) {
      names.add(sparkNames[i].equals("_c" + i) ? "" : sparkNames[i]);
    }
    return names;
  }

  private static String[] withCorrupt(String[] header) {
    String[] names = Arrays.copyOf(header, header.length + 1);
    names[header.length] = Schemas.CORRUPT;
    return names;
  }

  private Dataset<Row> parquet(
      List<String> files, List<String> fields, List<String> required, Map<String, String> mapping) {
    Dataset<Row> raw = spark.read().parquet(files.toArray(new String[0]));
    return select(
        raw,
        new HashSet<>(Arrays.asList(raw.columns())),
        fields,
        required,
        mapping,
        String.join(", ", files),
        lit(null).cast("string"),
        sourceFile());
  }

  private static Dataset<Row> select(
      Dataset<Row> raw,
      Set<String> present,
      List<String> fields,
      List<String> required,
      Map<String, String> mapping,
      String what,
      Column corrupt,
      Column sourceFile) {
    List<Column> cols = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    // Spark matches column names regardless of case; so does this.
    java.util.TreeSet<String> has = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    has.addAll(present);
    sourceNames(fields, mapping)
        .forEach(
            (target, src) -> {
              List<String> given = parts(src).stream().filter(has::contains).toList();
              if (!given.isEmpty()) {
                cols.add(joined(given).as(target));
              } else if (has.contains(target)) {
                cols.add(quoted(target).cast("string").as(target));
              } else {
                if (required.contains(target)) {
                  absent.add(target);
                }
                cols.add(lit(null).cast("string").as(target));
              }
            });
    if (!absent.isEmpty()) {
      Console.get()
          .notice(
              what
                  + " has no column for the required "
                  + absent
                  + " (columns: "
                  + new java.util.TreeSet<>(present)
                  + "): its records will be quarantined. Map the feed's names with "
                  + "input.<dataset>.columns if they exist under another name.");
    }
    cols.add(corrupt.as(Schemas.CORRUPT));
    cols.add(
        to_json(struct(present.stream().sorted().map(InputReader::quoted).toArray(Column[]::new)))
            .as(RAW));
    cols.add(sourceFile.as("source_file"));
    return raw.select(cols.toArray(Column[]::new));
  }

  /**
   * One column, or several joined a paragraph apart (so that each ends its sentences); null where
   * every one is empty.
   */
  private static Column joined(List<String> names) {
    if (names.size() == 1) {
      return quoted(names.get(0)).cast("string");
    }
    Column[] texts =
        names.stream()
            .map(n -> nullif(trim(quoted(n).cast("string")), lit("")))
            .toArray(Column[]::new);
    return nullif(concat_ws("\n\n", texts), lit(""));
  }
}
