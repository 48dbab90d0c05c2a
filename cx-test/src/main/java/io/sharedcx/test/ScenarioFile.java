package io.sharedcx.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario test file found on disk or on the class path, with the directory whose rules (DRL files and
 * {@code <STANDARD-ID>.json} defaults) are compiled with the pack for its cases, if any.
 */
public final class ScenarioFile {
  private final String source;
  private final URI uri;
  private final @Nullable Path rules;
  private final @Nullable Path file;
  private final @Nullable URL resource;

  private ScenarioFile(
      String source, URI uri, @Nullable Path rules, @Nullable Path file, @Nullable URL resource) {
    this.source = source;
    this.uri = uri;
    this.rules = rules;
    this.file = file;
    this.resource = resource;
  }

  /**
   * A file on disk.
   *
   * @param file the {@code *.test.json} file
   * @param rules the directory whose rules its cases need, or null for the engine's rules alone
   * @return the scenario file
   */
  public static ScenarioFile of(Path file, @Nullable Path rules) {
    return new ScenarioFile(file.toString(), file.toUri(), rules, file, null);
  }

  /**
   * A resource on the class path.
   *
   * @param resource its URL
   * @param name its resource name, shown in messages
   * @return the scenario file
   */
  public static ScenarioFile of(URL resource, String name) {
    URI uri;
    try {
      uri = resource.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot locate " + resource + ": " + e.getMessage(), e);
    }
    return new ScenarioFile(name, uri, null, null, resource);
  }

  /** {@return the file or resource name shown in messages} */
  public String source() {
    return source;
  }

  /** {@return where the file is, for tools that open it} */
  public URI uri() {
    return uri;
  }

  /**
   * {@return the directory whose rules are compiled with the pack for this file's cases, if any}
   */
  public Optional<Path> rules() {
    return Optional.ofNullable(rules);
  }

  /**
   * Reads the file's cases.
   *
   * @return its cases, in file order
   * @throws ScenarioException naming the file, line, column and field of the first problem
   */
  public List<Scenario> read() {
    if (file != null) {
      return Scenario.read(file);
    }
    try (InputStream in = resource.openStream()) {
      return Scenario.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new ScenarioException(source, -1, -1, "cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
