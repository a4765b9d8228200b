package dev.paycontract.mock.differential;

/**
 * One aspect on which our mock and Prism disagree for a case.
 *
 * @param aspect {@code status}, {@code content-type}, {@code body}, or a lower-case header name
 * @param prism what Prism did, readable
 * @param ours what our mock did, readable
 */
public record Difference(String aspect, String prism, String ours) {

  @Override
  public String toString() {
    return aspect + ":\n    expected (Prism): " + prism + "\n    actual   (ours):  " + ours;
  }
}
