package com.example.consumer;

import java.util.Objects;

/**
 * Where a provider is reached and the credential it wants (Sezzle's session token, Ledyer's access
 * token, Kibo's tenant key).
 */
public record ProviderAccount(String baseUrl, String credential) {

  public ProviderAccount {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(credential, "credential == null");
  }

  @Override
  public String toString() {
    return "ProviderAccount[baseUrl=" + baseUrl + ", credential=***]";
  }
}
