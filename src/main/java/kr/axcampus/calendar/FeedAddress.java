package kr.axcampus.calendar;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The absolute address of a feed, built from the request's base URI as certificates build their
 * verification links (behind a proxy, the trusted X-Forwarded headers make it the public one).
 */
public final class FeedAddress {
    private FeedAddress() {}

    /** {@code https://host/calendar/{token}.ics}, with {@code ?lang=en} when English was asked for. */
    public static String of(UriInfo uri, String token, boolean english) {
        UriBuilder builder = uri.getBaseUriBuilder().path("calendar").path(token + ".ics");
        if (english) {
            builder.queryParam("lang", "en");
        }
        return builder.build().toString();
    }

    /** The same address for calendar apps: {@code webcal://} opens the subscribe dialogue. */
    public static String webcal(String address) {
        return address.replaceFirst("^https?://", "webcal://");
    }
}
