package io.sharedcx.engine.internal;

import io.sharedcx.model.finding.Severity;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;

/** Reads a rule's {@code @standard}, {@code @id}, {@code @severity} and {@code @title} metadata. */
public final class RuleMetadata {
  static final String STANDARD = "standard";
  static final String SEVERITY = "severity";
  static final String TITLE = "title";
  static final String KIND = "kind";
  static final String ID = "id";

  private RuleMetadata() {}

  /** The rule's {@code @standard}; fails naming the rule when absent. */
  public static String standard(Rule rule) {
    return required(rule, STANDARD);
  }

  /** The rule's {@code @id}, the id of its kind within its standard; its name when it has none. */
  public static String ruleId(Rule rule) {
    String id = value(rule.getMetaData(), ID);
    return id == null || id.isBlank() ? rule.getName() : id;
  }

  /** The rule's {@code @title}; fails naming the rule when absent. */
  public static String title(Rule rule) {
    return required(rule, TITLE);
  }

  /** The rule's {@code @severity}; fails naming the rule when absent or not a severity. */
  public static Severity severity(Rule rule) {
    return Severity.parse(required(rule, SEVERITY));
  }

  /** The rule's metadata value for {@code key}; fails with a hint naming the rule when absent. */
  public static String required(Rule rule, String key) {
    return required(rule.getName(), rule.getPackageName(), rule.getMetaData(), key);
  }

  /**
   * The metadata value for {@code key} of the rule {@code name} in {@code packageName}; fails with a hint
   * naming the rule when absent.
   */
  static String required(
      String name, String packageName, Map<String, Object> metadata, String key) {
    String value = value(metadata, key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "rule '"
              + name
              + "' in package "
              + packageName
              + " has no @"
              + key
              + "(...) metadata. Maybe add @"
              + key
              + "(...) under the rule name.");
    }
    return value;
  }

  /**
   * A metadata value as text. Quotes are stripped: the executable model keeps them when a value is
   * written {@code @title("...")}.
   */
  public static @Nullable String value(Rule rule, String key) {
    return value(rule.getMetaData(), key);
  }

  /** A metadata value as text, quotes stripped; null when absent. */
  public static @Nullable String value(Map<String, Object> metadata, String key) {
    Object raw = metadata.get(key);
    if (raw == null) {
      return null;
    }
    String text = raw.toString().trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }
}
