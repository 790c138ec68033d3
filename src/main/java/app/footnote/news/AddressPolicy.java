package app.footnote.news;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses the bot may fetch from: public ones only, unless told otherwise. A link is the moderator's, the
 * network it reaches is the bot's: loopback, private ranges, link-local (where clouds answer metadata requests) and
 * the like would let a link read what only the bot can.
 */
public class AddressPolicy {

    private final boolean allowPrivate;

    public AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the bot does not connect to this address; empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowPrivate) {
            return Optional.empty();
        }
        return Optional.ofNullable(kind(address)).map(kind -> address.getHostAddress() + ", " + kind);
    }

    /** What sort of non-public address this is, or null for a public one. */
    protected String kind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return "a loopback address (this machine)";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address (this machine)";
        }
        if (address instanceof Inet4Address && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254 && (b[2] & 0xff) == 169
                && (b[3] & 0xff) == 254) {
            return "the cloud metadata address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an address of this network (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT address (100.64.0.0/10)";
            }
            if (first >= 240) {
                return "a reserved address";
            }
        }
        if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a private (unique local) address";
        }
        return null;
    }
}
