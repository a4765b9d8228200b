package dev.paycontract.contract.gate;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an incompatible spec change was acknowledged on purpose.
 *
 * <p>The rule ({@link #RULE}): the spec's {@code info.version} has a higher major than the
 * baseline's, AND the {@code ## [Unreleased]} section of CHANGELOG.md has a line naming both the
 * provider (any case) and the new {@code info.version} exactly, e.g. {@code - sezzle 2.0.0:
 * breaking: GET /v2/order/{order_uuid} removed}.
 */
public final class Acknowledgement {

  public static final String RULE =
      "raise the major of info.version above the baseline's, and add a line under "
          + "`## [Unreleased]` in CHANGELOG.md that names the provider and the new info.version";

  private static final Pattern SEMVER_MAJOR = Pattern.compile("^v?(\\d+)(?:[.+-].*)?$");
  private static final Pattern UNRELEASED =
      Pattern.compile("^##\\s*\\[unreleased]", Pattern.CASE_INSENSITIVE);

  /**
   * @param acknowledged whether both conditions hold
   * @param reason what holds and what is missing, in plain words
   */
  public record Outcome(boolean acknowledged, String reason) {}

  /**
   * @param changelog the text of CHANGELOG.md, or null when the file does not exist
   */
  public Outcome evaluate(
      String provider, String baselineVersion, String currentVersion, String changelog) {
    Objects.requireNonNull(provider, "provider == null");
    OptionalInt oldMajor = major(baselineVersion);
    OptionalInt newMajor = major(currentVersion);
    if (oldMajor.isEmpty() || newMajor.isEmpty()) {
      String bad =
          oldMajor.isEmpty()
              ? "baseline info.version `" + baselineVersion + "`"
              : "info.version `" + currentVersion + "`";
      return new Outcome(false, bad + " does not start with a major number (expected e.g. 2.0.0)");
    }
    if (newMajor.getAsInt() <= oldMajor.getAsInt()) {
      return new Outcome(
          false,
          "info.version "
              + currentVersion
              + " has major "
              + newMajor.getAsInt()
              + ", not above the baseline's "
              + baselineVersion
              + " (major "
              + oldMajor.getAsInt()
              + ")");
    }
    if (changelog == null) {
      return new Outcome(
          false,
          "info.version major raised ("
              + baselineVersion
              + " -> "
              + currentVersion
              + "), but CHANGELOG.md does not exist");
    }
    if (!hasEntry(changelog, provider, currentVersion)) {
      return new Outcome(
          false,
          "info.version major raised ("
              + baselineVersion
              + " -> "
              + currentVersion
              + "), but no line under `## [Unreleased]` in CHANGELOG.md names both `"
              + provider
              + "` and `"
              + currentVersion
              + "`");
    }
    return new Outcome(
        true,
        "info.version major raised ("
            + baselineVersion
            + " -> "
            + currentVersion
            + ") and CHANGELOG.md [Unreleased] names "
            + provider
            + " "
            + currentVersion);
  }

  static OptionalInt major(String version) {
    if (version == null) {
      return OptionalInt.empty();
    }
    Matcher m = SEMVER_MAJOR.matcher(version.trim());
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  private static boolean hasEntry(String changelog, String provider, String version) {
    Pattern providerWord =
        Pattern.compile(
            "(?<![\\w-])" + Pattern.quote(provider.toLowerCase(Locale.ROOT)) + "(?![\\w-])");
    // The version as a whole token: "2.0.0" must not match inside "12.0.0", "2.0.0.1" or
    // "2.0.0-curated.1"; it may end a sentence ("... now 2.0.0.").
    Pattern versionToken =
        Pattern.compile(
            "(?<![\\w.-])v?" + Pattern.quote(version) + "(?=$|[\\s,;:)\\]`*]|[.!?](?:\\s|$))");
    boolean inUnreleased = false;
    for (String line : changelog.split("\\R")) {
      if (line.startsWith("## ")) {
        inUnreleased = UNRELEASED.matcher(line).find();
        continue;
      }
      if (inUnreleased
          && providerWord.matcher(line.toLowerCase(Locale.ROOT)).find()
          && versionToken.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }
}
