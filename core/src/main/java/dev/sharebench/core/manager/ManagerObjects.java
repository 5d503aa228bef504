package dev.sharebench.core.manager;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The named shared objects a manager server holds, and the dispatch of a {@link Call} to them:
 * {@code map}, {@code list}, {@code counter}, {@code lock} and {@code stats}. Only methods of the
 * shared interfaces can be called (looked up by name and argument count); anything else is an error
 * reply.
 */
final class ManagerObjects {

    private record Target(Object impl, Map<String, Method> methods) {
    }

    private final Map<String, Target> targets = new HashMap<>();
    /* Every call that reached a shared object, counted where it arrives: what a client really sent. */
    private final AtomicLong requests = new AtomicLong();

    ManagerObjects() {
        register("map", SharedMap.class, new MapImpl());
        register("list", SharedList.class, new ListImpl());
        register("counter", RemoteCounter.class, new CounterImpl());
        register("lock", SharedLock.class, new LockImpl());
        register("stats", ServerStats.class, new StatsImpl(requests));
    }

    private void register(String name, Class<?> iface, Object impl) {
        Map<String, Method> methods = new HashMap<>();
        for (Method m : iface.getMethods()) {
            methods.put(m.getName() + "/" + m.getParameterCount(), m);
        }
        targets.put(name, new Target(impl, methods));
    }

    /** Invoke; throws RemoteManagerException with a message for the client on any problem. */
    Object invoke(Call call) {
        requests.incrementAndGet();
        Target t = targets.get(call.object());
        if (t == null) {
            throw new RemoteManagerException("no shared object named '" + call.object() + "' (known: " + targets.keySet() + ")");
        }
        Object[] args = call.args() == null ? new Object[0] : call.args();
        Method m = t.methods().get(call.method() + "/" + args.length);
        if (m == null) {
            throw new RemoteManagerException("'" + call.object() + "' has no method " + call.method() + " with " + args.length + " arguments");
        }
        try {
            return m.invoke(t.impl(), args);
        } catch (IllegalArgumentException e) {
            throw new RemoteManagerException(call.object() + "." + call.method() + ": bad arguments: " + e.getMessage());
        } catch (InvocationTargetException e) {
            throw new RemoteManagerException(call.object() + "." + call.method() + " failed: " + e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("shared object method not accessible: " + m, e);
        }
    }

    static final class MapImpl implements SharedMap {
        private final Map<Object, Object> map = new ConcurrentHashMap<>();

        @Override
        public Object get(Object key) {
            return map.get(key);
        }

        @Override
        public Object put(Object key, Object value) {
            return map.put(key, value);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public List<Object> getAll(List<?> keys) {
            List<Object> out = new ArrayList<>(keys.size());
            for (Object k : keys) {
                out.add(map.get(k));
            }
            return out;
        }

        @Override
        public void putAll(Map<?, ?> entries) {
            map.putAll(entries);
        }
    }

    static final class ListImpl implements SharedList {
        private final List<Object> list = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void add(Object value) {
            list.add(value);
        }

        @Override
        public Object get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    static final class CounterImpl implements RemoteCounter {
        private final AtomicLong value = new AtomicLong();

        @Override
        public long addAndGet(long delta) {
            return value.addAndGet(delta);
        }

        @Override
        public long get() {
            return value.get();
        }
    }

    static final class LockImpl implements SharedLock {
        private final Semaphore permit = new Semaphore(1);

        @Override
        public void lock() {
            permit.acquireUninterruptibly();
        }

        @Override
        public void unlock() {
            if (permit.availablePermits() > 0) {
                throw new IllegalStateException("unlock of a lock that is not held");
            }
            permit.release();
        }
    }

    static final class StatsImpl implements ServerStats {
        private final AtomicLong requests;

        StatsImpl(AtomicLong requests) {
            this.requests = requests;
        }

        @Override
        public long requests() {
            return requests.get();
        }

        @Override
        public int threads() {
            return ManagementFactory.getThreadMXBean().getThreadCount();
        }

        @Override
        public long usedHeapAfterGc() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }
}
