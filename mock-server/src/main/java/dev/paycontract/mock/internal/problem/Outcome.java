package dev.paycontract.mock.internal.problem;

import java.util.function.Function;

/**
 * What a selection step produced: a value, or the problem to answer with instead.
 *
 * @param <T> the value type
 */
public sealed interface Outcome<T> {

  record Ok<T>(T value) implements Outcome<T> {}

  record Failed<T>(Problem problem) implements Outcome<T> {}

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> failed(Problem problem) {
    return new Failed<>(problem);
  }

  static <T> Outcome<T> failed(ProblemType type, String detail) {
    return new Failed<>(Problem.of(type, detail));
  }

  /** The value transformed, or the same problem. */
  default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    return switch (this) {
      case Ok<T>(T value) -> new Ok<>(f.apply(value));
      case Failed<T>(Problem problem) -> new Failed<>(problem);
    };
  }
}
