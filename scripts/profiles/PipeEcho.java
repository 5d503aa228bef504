import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/*
 * PipeEcho: the smallest Java pipe echo, the Java half of the pipe-floor probe (docs/profiles.md);
 * pipe-echo.c is the C half and takes the same arguments, so any pair of the two can be timed.
 *
 *   java PipeEcho echo stream                read 8 bytes from stdin, write them to stdout, until EOF,
 *                                            through FileInputStream / FileOutputStream (JNI readBytes /
 *                                            writeBytes: what the suite's pipe child does)
 *   java PipeEcho echo ffm                   the same with read(2) / write(2) called through FFM downcalls
 *                                            (no stream, no JNI array copy): what is left is the JVM itself
 *   java PipeEcho ping ROUNDS BATCHES CMD... start CMD (ProcessBuilder: its stdin/stdout are pipes), time
 *                                            BATCHES x ROUNDS round trips of an 8-byte sequence number
 *
 * The ping side writes through Process's stdin stream (flushed per message: one write(2)) and reads
 * through its stdout stream (one read(2) per message), as the suite's pipe row does. Every echo is
 * checked; nothing is allocated per message. The warm-up (BATCHES batches, as many as measured) runs the
 * same loop method as the measurement, so the measured loop is the JIT-compiled one. Output and the
 * SHAREBENCH_PERF_CTL / SHAREBENCH_PERF_ACK perf control: as pipe-echo.c.
 *
 * Compile: javac -d DIR PipeEcho.java; run: java --enable-native-access=ALL-UNNAMED -cp DIR PipeEcho ...
 */
public final class PipeEcho {

    public static void main(String[] args) throws Throwable {
        if (args.length == 2 && args[0].equals("echo") && args[1].equals("stream")) {
            echoStream();
        } else if (args.length == 2 && args[0].equals("echo") && args[1].equals("ffm")) {
            echoFfm();
        } else if (args.length >= 4 && args[0].equals("ping")) {
            ping(Long.parseLong(args[1]), Integer.parseInt(args[2]), Arrays.asList(args).subList(3, args.length));
        } else {
            System.err.println("usage: PipeEcho echo stream|ffm | PipeEcho ping ROUNDS BATCHES CMD [ARG...]");
            System.exit(2);
        }
    }

    private static void echoStream() throws Exception {
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buf = new byte[8];
        while (in.read(buf, 0, 8) == 8) { // 8-byte messages on a pipe are never split
            out.write(buf, 0, 8);
        }
    }

    private static void echoFfm() throws Throwable {
        Linker linker = Linker.nativeLinker();
        FunctionDescriptor io = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
        MethodHandle read = linker.downcallHandle(linker.defaultLookup().findOrThrow("read"), io);
        MethodHandle write = linker.downcallHandle(linker.defaultLookup().findOrThrow("write"), io);
        MemorySegment buf = Arena.global().allocate(8);
        while ((long) read.invokeExact(0, buf, 8L) == 8) {
            if ((long) write.invokeExact(1, buf, 8L) != 8) {
                throw new IllegalStateException("echo write failed");
            }
        }
    }

    private static void ping(long rounds, int batches, List<String> cmd) throws Exception {
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OutputStream out = child.getOutputStream();
        InputStream in = child.getInputStream();
        byte[] msg = new byte[8];
        byte[] reply = new byte[8];
        int warm = batches; // as many as measured: C2 must be done before the measured batches (a shorter warm-up left
        // compiles and interpreted frames in the measured window, docs/profiles.md)
        double[] means = new double[batches];
        long seq = 0;
        for (int b = -warm; b < batches; b++) {
            if (b == 0) {
                perfControl("enable\n");
            }
            long t0 = System.nanoTime();
            seq = batch(out, in, msg, reply, seq, rounds);
            if (b >= 0) {
                means[b] = (System.nanoTime() - t0) / (double) rounds;
            }
        }
        perfControl("disable\n");
        out.close();
        int status = child.waitFor();
        Arrays.sort(means);
        System.out.printf("{\"ping\": \"java\", \"rounds\": %d, \"batches\": %d, \"nsPerRoundTrip\": "
                + "{\"median\": %.0f, \"min\": %.0f, \"max\": %.0f}}%n", rounds, batches, means[batches / 2], means[0], means[batches - 1]);
        System.exit(status == 0 ? 0 : 1);
    }

    /** One batch of round trips; returns the last sequence number sent. */
    private static long batch(OutputStream out, InputStream in, byte[] msg, byte[] reply, long seq, long rounds) throws Exception {
        for (long i = 0; i < rounds; i++) {
            seq++;
            putLong(msg, seq);
            out.write(msg, 0, 8);
            out.flush();
            if (in.read(reply, 0, 8) != 8 || getLong(reply) != seq) {
                throw new IllegalStateException("round trip " + seq + ": wrong or missing echo");
            }
        }
        return seq;
    }

    private static void putLong(byte[] b, long v) {
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
    }

    private static long getLong(byte[] b) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (b[i] & 0xFFL) << (8 * i);
        }
        return v;
    }

    /** Writes a command to perf's control fifo and waits for its ack (no-op without the env); RoundTripProbe uses it too. */
    static void perfControl(String cmd) throws Exception {
        String ctl = System.getenv("SHAREBENCH_PERF_CTL");
        String ack = System.getenv("SHAREBENCH_PERF_ACK");
        if (ctl == null || ack == null) {
            return;
        }
        Files.writeString(Path.of(ctl), cmd, StandardCharsets.US_ASCII);
        try (InputStream a = Files.newInputStream(Path.of(ack))) {
            a.read(new byte[16]);
        }
    }
}
