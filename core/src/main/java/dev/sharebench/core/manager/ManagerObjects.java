package dev.sharebench.core.manager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named shared objects a manager server holds, and the dispatch of a {@link Call} to them:
 * {@code map}, {@code list}, {@code counter}, {@code lock} and {@code stats}. Only methods of the
 * shared interfaces can be called (looked up by name and argument count); anything else is an error
 * reply. Called by the server loop's one thread: the objects need no locks of their own, and a call
 * must never block (the {@link LoopLock} parks a waiting caller's reply instead).
 */
final class ManagerObjects {

    /** Where a reply goes that cannot be given at once (a {@code lock()} that must wait). */
    interface Caller {
        void replyLater(Object value);
    }

    /** What {@link #invoke} returns when the reply will come later through {@link Caller#replyLater}. */
    static final Object LATER = new Object();

    @FunctionalInterface
    private interface Target {
        Object invoke(String object, String method, Object[] args, Caller caller);
    }

    private final Map<String, Target> targets = new HashMap<>();
    private final LoopLock lock = new LoopLock();
    private final ServerCounters counters;

    ManagerObjects(ServerCounters stats) {
        this.counters = stats;
        register("map", SharedMap.class, new MapImpl());
        register("list", SharedList.class, new ListImpl());
        register("counter", RemoteCounter.class, new CounterImpl());
        register("stats", ServerStats.class, stats);
        targets.put("lock", (object, method, args, caller) -> switch (method + "/" + args.length) {
            case "lock/0" -> lock.lock(caller);
            case "unlock/0" -> {
                lock.unlock();
                yield null;
            }
            default -> throw noMethod(object, method, args);
        });
    }

    /** A target whose methods are those of {@code iface}, called by reflection. */
    private void register(String name, Class<?> iface, Object impl) {
        Map<String, Method> methods = new HashMap<>();
        for (Method m : iface.getMethods()) {
            methods.put(m.getName() + "/" + m.getParameterCount(), m);
        }
        targets.put(name, (object, method, args, caller) -> {
            Method m = methods.get(method + "/" + args.length);
            if (m == null) {
                throw noMethod(object, method, args);
            }
            return reflect(impl, m, object, args);
        });
    }

    /** Invoke; throws RemoteManagerException with a message for the client on any problem. */
    Object invoke(Call call, Caller caller) {
        counters.requests++;   // every call that reached a shared object, counted where it arrives
        Target t = targets.get(call.object());
        if (t == null) {
            throw new RemoteManagerException("no shared object named '" + call.object() + "' (known: " + targets.keySet() + ")");
        }
        return t.invoke(call.object(), call.method(), call.args() == null ? new Object[0] : call.args(), caller);
    }

    /** The caller's connection closed: it no longer holds or waits for anything. */
    void forget(Caller caller) {
        lock.forget(caller);
    }

    private static RemoteManagerException noMethod(String object, String method, Object[] args) {
        return new RemoteManagerException("'" + object + "' has no method " + method + " with " + args.length + " arguments");
    }

    private static Object reflect(Object impl, Method m, String object, Object[] args) {
        try {
            return m.invoke(impl, args);
        } catch (IllegalArgumentException e) {
            throw new RemoteManagerException(object + "." + m.getName() + ": bad arguments: " + e.getMessage());
        } catch (InvocationTargetException e) {
            throw new RemoteManagerException(object + "." + m.getName() + " failed: " + e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("shared object method not accessible: " + m, e);
        }
    }

    static final class MapImpl implements SharedMap {
        // NOTE: a ConcurrentHashMap for its rule that null keys and values are errors, not for threads.
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
        private final List<Object> list = new ArrayList<>();

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
        private long value;

        @Override
        public long addAndGet(long delta) {
            value += delta;
            return value;
        }

        @Override
        public long get() {
            return value;
        }
    }
}
