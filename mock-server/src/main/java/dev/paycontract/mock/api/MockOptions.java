package dev.paycontract.mock.api;

/**
 * How the mock behaves; defaults are Prism's ({@link #defaults()}).
 *
 * @param dynamic generate bodies with the dynamic generator instead of examples ({@code -d})
 * @param errors response violations of severity Error become a 500 VIOLATIONS problem
 * @param cors CORS headers on every response and automatic preflight answers
 * @param ignoreExamples static mode pretends no examples exist
 * @param seed seed for dynamic generation, or null for random values
 * @param allowRemoteRefs let the spec loader fetch http(s) {@code $ref}s
 * @param stateful responses follow the requests: creates are stored and served back, sent fields
 *     are echoed, paired examples apply ({@code --stateful}; not Prism behaviour, off by default)
 * @param validateLikePrism validate nothing against the schemas Prism 5.16's validator cannot
 *     compile, as Prism does ({@code --validate-like-prism}; off by default: they are validated,
 *     docs/prism-compatibility.md D9)
 */
public record MockOptions(
    boolean dynamic,
    boolean errors,
    boolean cors,
    boolean ignoreExamples,
    String seed,
    boolean allowRemoteRefs,
    boolean stateful,
    boolean validateLikePrism) {

  /** Options validating every schema (the default). */
  public MockOptions(
      boolean dynamic,
      boolean errors,
      boolean cors,
      boolean ignoreExamples,
      String seed,
      boolean allowRemoteRefs,
      boolean stateful) {
    this(dynamic, errors, cors, ignoreExamples, seed, allowRemoteRefs, stateful, false);
  }

  /** Options without stateful mode. */
  public MockOptions(
      boolean dynamic,
      boolean errors,
      boolean cors,
      boolean ignoreExamples,
      String seed,
      boolean allowRemoteRefs) {
    this(dynamic, errors, cors, ignoreExamples, seed, allowRemoteRefs, false);
  }

  /** Request bodies larger than this are refused with 413 (Prism's limit: 10 MB). */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  public static MockOptions defaults() {
    return new MockOptions(false, false, true, false, null, false);
  }

  public MockOptions withDynamic(boolean value) {
    return new MockOptions(
        value, errors, cors, ignoreExamples, seed, allowRemoteRefs, stateful, validateLikePrism);
  }

  public MockOptions withErrors(boolean value) {
    return new MockOptions(
        dynamic, value, cors, ignoreExamples, seed, allowRemoteRefs, stateful, validateLikePrism);
  }

  public MockOptions withCors(boolean value) {
    return new MockOptions(
        dynamic, errors, value, ignoreExamples, seed, allowRemoteRefs, stateful, validateLikePrism);
  }

  public MockOptions withIgnoreExamples(boolean value) {
    return new MockOptions(
        dynamic, errors, cors, value, seed, allowRemoteRefs, stateful, validateLikePrism);
  }

  public MockOptions withSeed(String value) {
    return new MockOptions(
        dynamic, errors, cors, ignoreExamples, value, allowRemoteRefs, stateful, validateLikePrism);
  }

  public MockOptions withAllowRemoteRefs(boolean value) {
    return new MockOptions(
        dynamic, errors, cors, ignoreExamples, seed, value, stateful, validateLikePrism);
  }

  /** Stateful mode ({@code --stateful}, docs/response-selection.md "Stateful mode"). */
  public MockOptions withStateful(boolean value) {
    return new MockOptions(
        dynamic, errors, cors, ignoreExamples, seed, allowRemoteRefs, value, validateLikePrism);
  }

  /** Skip what Prism's validator cannot compile, as Prism does ({@code --validate-like-prism}). */
  public MockOptions withValidateLikePrism(boolean value) {
    return new MockOptions(
        dynamic, errors, cors, ignoreExamples, seed, allowRemoteRefs, stateful, value);
  }
}
