package dev.sharebench.core.manager;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * How calls and replies become bytes inside a manager frame. A reply is a status byte (0 ok,
 * 1 error) followed by the value (ok) or a UTF-8 message (error); the status byte is written by the
 * caller. Decoding untrusted bytes throws {@link MalformedFrameException}, never anything worse.
 */
public interface Codec {

    /** Wire id, sent by the client in the handshake. */
    byte id();

    String alias();

    void writeCall(Call call, ByteBuffer out);

    Call readCall(ByteBuffer in);

    void writeValue(Object value, ByteBuffer out);

    Object readValue(ByteBuffer in);

    /** Every codec: binary (ours, tagged values) and java (serialization through an allowlist). */
    static List<Codec> all() {
        return List.of(new BinaryCodec(), new JavaSerialCodec());
    }

    static List<String> aliases() {
        return all().stream().map(Codec::alias).toList();
    }

    static Codec of(String alias) {
        return all().stream().filter(c -> c.alias().equals(alias)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("codec '" + alias + "' unknown (known: " + String.join(", ", aliases()) + ")"));
    }

    /** The codec a client chose at login, if {@code id} names one. */
    static Optional<Codec> ofId(byte id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }
}
