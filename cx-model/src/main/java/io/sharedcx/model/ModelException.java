package io.sharedcx.model;

import java.util.Arrays;

/**
 * A model value was given input that would make it invalid: the message names the type, the field,
 * the bad value and what would be valid.
 */
public class ModelException extends IllegalArgumentException {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The model type whose value was rejected. */
  private final String type;

  /** The rejected field. */
  private final String field;

  /** Where the rejected value is, or empty. */
  private final String path;

  /**
   * Reports that {@code type.field} cannot take {@code value}.
   *
   * @param type the model type, e.g. {@code Shipment}
   * @param field the field, e.g. {@code packedBy}
   * @param value the rejected value (may be null)
   * @param expected what would be valid, in words
   */
  public ModelException(String type, String field, Object value, String expected) {
    super(type + "." + field + " = " + render(value) + " is not valid: expected " + expected);
    this.type = type;
    this.field = field;
    this.path = "";
  }

  ModelException(String type, String field, String message) {
    this(type, field, message, "");
  }

  private ModelException(String type, String field, String message, String path) {
    super(message);
    this.type = type;
    this.field = field;
    this.path = path;
  }

  /**
   * The same problem, placed at {@code path} of the enclosing value.
   *
   * @param path where, relative to the enclosing value, e.g. {@code journeys[3]}
   * @return a new exception with the same message, type and field
   */
  public ModelException within(String path) {
    ModelException placed =
        new ModelException(
            type, field, getMessage(), this.path.isEmpty() ? path : path + "." + this.path);
    placed.setStackTrace(getStackTrace());
    return placed;
  }

  /**
   * {@return where the rejected value is, relative to the value that rejected it (e.g. {@code
   * journeys[3]}), or empty}
   */
  public String path() {
    return path;
  }

  /** {@return the model type whose value was rejected, e.g. {@code Shipment}} */
  public String type() {
    return type;
  }

  /** {@return the rejected field, e.g. {@code packedBy}} */
  public String field() {
    return field;
  }

  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence) {
      String text = value.toString();
      return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }
    return String.valueOf(value);
  }

  /** Required attributes were not set when a model value was built. */
  public static final class MissingAttributes extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Called by the generated builders with their own message.
     *
     * @param message the builder's message listing the missing attributes
     */
    public MissingAttributes(String message) {
      super(
          typeOf(message),
          fieldOf(message),
          message + ". Maybe set them on the builder or in the JSON input.");
    }

    private static String typeOf(String message) {
      int start = message.indexOf("build ");
      int end = message.indexOf(',');
      return start >= 0 && end > start ? message.substring(start + 6, end).trim() : "?";
    }

    private static String fieldOf(String message) {
      int start = message.indexOf('[');
      int end = message.indexOf(']');
      return start >= 0 && end > start ? message.substring(start + 1, end) : "?";
    }
  }

  /** A null was given where a model value needs a value. */
  public static final class NullAttribute extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Called by the generated builders with the name of the attribute that was null.
     *
     * @param message the attribute name or a message from the builder
     */
    public NullAttribute(String message) {
      super(
          "?",
          String.valueOf(message),
          "null given for "
              + message
              + ": a value is required. Maybe leave it out only if it is optional.");
    }

    /**
     * Called by the generated builders with several message parts.
     *
     * @param parts message parts
     */
    public NullAttribute(String... parts) {
      this(String.join(" ", Arrays.asList(parts)));
    }
  }
}
