package kr.axcampus.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv4 and IPv6 CIDR blocks ({@code 203.0.113.0/24}, {@code 2001:db8::/32}), for network allow-lists. */
public final class Cidr {
    /** Literal addresses only, so nothing is ever looked up in DNS. */
    private static final Pattern SHAPE =
            Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)/\\d{1,3}");

    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private Cidr() {}

    public static boolean isValid(String block) {
        if (block == null || !SHAPE.matcher(block.trim()).matches()) {
            return false;
        }
        String[] parts = block.trim().split("/");
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = Integer.parseInt(parts[1]);
            return prefix <= address.length * 8;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** Whether the address lies in the block; false for anything malformed. */
    public static boolean contains(String block, String address) {
        if (!isValid(block)
                || address == null
                || !LITERAL.matcher(address.trim()).matches()) {
            return false;
        }
        try {
            String[] parts = block.trim().split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] candidate = InetAddress.getByName(address.trim()).getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((network[i] & mask) != (candidate[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
