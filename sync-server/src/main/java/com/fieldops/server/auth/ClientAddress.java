package com.fieldops.server.auth;

import java.util.List;
import java.util.Set;

/**
 * The address a sign-in is counted against. A request that comes straight from a client is that
 * client's address. A request from one of the operator's trusted proxies carries the client in
 * {@code X-Forwarded-For}: the last entry not itself a trusted proxy is the first one a stranger
 * could not have written, so the per-address throttle counts clients behind a load balancer, not
 * the balancer. From anywhere else the header is ignored (anyone can write it).
 */
final class ClientAddress {
  private final Set<String> trustedProxies;

  ClientAddress(List<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  String of(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remoteAddress;
  }
}
