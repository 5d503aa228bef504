package dev.sharebench.core.manager;

import java.nio.ByteBuffer;

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

    static Codec of(String alias) {
        return switch (alias) {
            case "binary" -> new BinaryCodec();
            case "java" -> new JavaSerialCodec();
            default -> throw new IllegalArgumentException("codec '" + alias + "' unknown (known: binary, java)");
        };
    }

    static Codec ofId(byte id) {
        return switch (id) {
            case BinaryCodec.ID -> new BinaryCodec();
            case JavaSerialCodec.ID -> new JavaSerialCodec();
            default -> throw new MalformedFrameException("codec id " + id + " unknown", null);
        };
    }
}
