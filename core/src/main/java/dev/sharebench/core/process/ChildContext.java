package dev.sharebench.core.process;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The child's side of {@link ChildProcess}: its arguments, its private temp dir, raw stdin/stdout
 * (unbuffered: wrap or frame them yourself, and never use {@code System.out} for data), and the
 * control channel to the parent.
 */
public final class ChildContext {

    private final SocketChannel control;
    private final Path tempDir;
    private final List<String> args;
    private volatile boolean stopRequested;
    private final InputStream stdin = new FileInputStream(FileDescriptor.in);
    private final OutputStream stdout = new FileOutputStream(FileDescriptor.out);

    ChildContext(SocketChannel control, Path tempDir, List<String> args) {
        this.control = control;
        this.tempDir = tempDir;
        this.args = List.copyOf(args);
    }

    public List<String> args() {
        return args;
    }

    /** The argument at {@code i}, or an error naming the role's expected arguments. */
    public String arg(int i, String name) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("child role argument " + i + " (" + name + ") missing; got " + args);
        }
        return args.get(i);
    }

    /** This child's 0700 temp dir (named sharebench-child-...), deleted by whichever side ends first. */
    public Path tempDir() {
        return tempDir;
    }

    /** fd 0, unbuffered. */
    public InputStream stdin() {
        return stdin;
    }

    /** fd 1, unbuffered (a FileOutputStream on FileDescriptor.out: no PrintStream, no lock, no charset). */
    public OutputStream stdout() {
        return stdout;
    }

    /** Tell the parent this end is set up; {@code info} (one line, may be empty) reaches {@link ChildProcess#readyInfo()}. */
    public void ready(String info) {
        send("READY " + info);
    }

    /** Send one line of result to the parent ({@link ChildProcess#awaitReport}). */
    public void report(String text) {
        send("REPORT " + text);
    }

    /** True once the parent asked this child to stop (loops poll it every few thousand iterations). */
    public boolean stopRequested() {
        return stopRequested;
    }

    void requestStop() {
        stopRequested = true;
    }

    synchronized void send(String line) {
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("control message must be one line: " + line);
        }
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (b.hasRemaining()) {
                control.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the parent over the control socket", e);
        }
    }
}
