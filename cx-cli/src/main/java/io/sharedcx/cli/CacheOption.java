package io.sharedcx.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The {@code --cache-dir DIR} option: where compiled custom rules are kept between runs. Without it, the
 * system property {@code sharedcx.cache.dir}, else the environment variable {@code SHAREDCX_CACHE_DIR},
 * else {@code ~/.cache/sharedcx}; the value {@code off} turns the cache off.
 */
final class CacheOption {
  /** The system property that moves (or, set to {@code off}, disables) the cache. */
  static final String PROPERTY = "sharedcx.cache.dir";

  /** The environment variable that moves (or, set to {@code off}, disables) the cache. */
  static final String VARIABLE = "SHAREDCX_CACHE_DIR";

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where compiled custom rules are kept between runs (default: $SHAREDCX_CACHE_DIR, else"
              + " ~/.cache/sharedcx); off for no cache.")
  String cacheDir;

  /** The cache directory, or null when the cache is off. */
  Path directory() {
    return directory(cacheDir, System.getProperties(), System.getenv());
  }

  static Path directory(String option, Properties properties, Map<String, String> environment) {
    String value = option;
    if (value == null) {
      value = properties.getProperty(PROPERTY);
    }
    if (value == null) {
      value = environment.get(VARIABLE);
    }
    if (value == null) {
      return Path.of(properties.getProperty("user.home"), ".cache", "sharedcx");
    }
    String v = value.trim();
    if (v.isEmpty() || v.toLowerCase(Locale.ROOT).equals("off")) {
      return null;
    }
    return Path.of(v);
  }
}
