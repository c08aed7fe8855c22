package kr.axcampus.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's network address, as Vert.x sees it (the forwarded address when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on behind a load balancer).
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static String of(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
