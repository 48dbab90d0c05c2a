package io.sharedcx.engine.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made once, on first use: the first thread to ask makes it, any other asking meanwhile waits for
 * it, and later calls read it without locking. Unlike a memoising supplier it tells whether the value has
 * been made yet, so a caller can choose the cheaper way while it has not (the engine does, to keep a
 * first small assessment from building a second rule base).
 *
 * @param <T> the value
 */
public final class Lazy<T> implements Supplier<T> {
  private @Nullable Supplier<? extends T> make;
  private volatile @Nullable T value;

  /** A value {@code make} makes on first use; it must not return null. */
  public Lazy(Supplier<? extends T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  private Lazy(T value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** A value made already. */
  public static <T> Lazy<T> of(T value) {
    return new Lazy<>(value);
  }

  /** The value, made now if it has not been. */
  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made =
              Objects.requireNonNull(Objects.requireNonNull(make).get(), "a lazy value made null");
          value = made;
          make = null; // what it captured can go
        }
      }
    }
    return made;
  }

  /** Whether the value has been made. */
  public boolean isMade() {
    return value != null;
  }
}
