package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one shape of every workload factory: mechanism aliases registered in order, each with the wait
 * strategies it allows and a maker that builds the contract's object from a small record of creation
 * arguments ({@code A}). The registrations are the only list of what a factory supports:
 * {@link #aliases()}, {@link #waits}, {@link #supports} and {@link #aliasesSupporting} are derived
 * from them.
 *
 * <pre>{@code
 * public static final Factory<HandoffArgs, Handoff> FACTORY = Factory.<HandoffArgs, Handoff>builder("Handoff", HandoffArgs::check)
 *         .waitsFrom(HandoffArgs::wait)
 *         .register(define("jctools-spsc", Family.QUEUE, "JCTools SpscArrayQueue (external peer)", BOUNDED_BLOCKING_QUEUE),
 *                 POLLING, (alias, a) -> new QueueHandoff(alias, new SpscArrayQueue<>(a.capacity()), a.wait()))
 *         .build();
 * }</pre>
 *
 * Each registration either defines its mechanism ({@link MechanismRef#define}) or reuses one another
 * factory defines ({@link MechanismRef#reuse}); {@link Mechanisms} collects the definitions of every
 * factory into the registry. A factory that passes {@link Builder#waitsFrom} checks the wait strategy
 * in the arguments against the registration's, so a contract gains a wait-strategy argument without a
 * new shape. Immutable and thread-safe once built.
 *
 * @param <A> the contract's creation arguments (a record such as {@link CounterArgs})
 * @param <T> the contract
 */
public final class Factory<A, T> {

    /** Builds one mechanism's object; gets the alias so one maker can serve several aliases. */
    @FunctionalInterface
    public interface Maker<A, T> {
        T make(String alias, A args);
    }

    private record Registration<A, T>(MechanismRef mechanism, Set<WaitStrategy> waits, Maker<A, T> maker) {
    }

    private final String contract;
    private final BiConsumer<A, String> check;
    private final Function<A, WaitStrategy> waitOf;
    private final Map<String, Registration<A, T>> registrations;

    private Factory(Builder<A, T> b) {
        this.contract = b.contract;
        this.check = b.check;
        this.waitOf = b.waitOf;
        this.registrations = Collections.unmodifiableMap(new LinkedHashMap<>(b.registrations));
    }

    /**
     * A new factory for {@code contract}.
     *
     * @param contract the contract's name, for messages (e.g. {@code "SharedCounter"})
     * @param check    validates the arguments before any maker runs; throws
     *                 {@link IllegalArgumentException} naming the alias it is given
     */
    public static <A, T> Builder<A, T> builder(String contract, BiConsumer<A, String> check) {
        return new Builder<>(contract, check);
    }

    /** The contract this factory creates, e.g. {@code "Handoff"}. */
    public String contract() {
        return contract;
    }

    /** Every alias this factory can create, in registration order. */
    public Set<String> aliases() {
        return registrations.keySet();
    }

    /**
     * The wait strategies {@code alias} declares (empty when its registration declares none).
     *
     * @throws UnknownMechanismException if this factory has no {@code alias}
     */
    public Set<WaitStrategy> waits(String alias) {
        return registration(alias).waits();
    }

    /** Whether {@code alias} is registered here and declares {@code wait}. */
    public boolean supports(String alias, WaitStrategy wait) {
        Registration<A, T> r = registrations.get(alias);
        return r != null && r.waits().contains(wait);
    }

    /** The aliases that declare every one of {@code all} (all aliases when none is given), in order. */
    public Set<String> aliasesSupporting(WaitStrategy... all) {
        List<WaitStrategy> wanted = List.of(all);
        Set<String> out = new LinkedHashSet<>();
        registrations.forEach((alias, r) -> {
            if (r.waits().containsAll(wanted)) {
                out.add(alias);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /**
     * A new instance of the mechanism {@code alias}.
     *
     * @throws UnknownMechanismException if this factory has no {@code alias} (the message names the
     *                                   contract, the alias and the supported ones)
     * @throws IllegalArgumentException  if an argument is invalid for {@code alias} (named in the message)
     */
    public T create(String alias, A args) {
        Registration<A, T> r = registration(alias);
        check.accept(args, alias);
        if (waitOf != null) {
            WaitStrategy w = waitOf.apply(args);
            if (!r.waits().contains(w)) {
                throw new IllegalArgumentException("waitStrategy '" + w.alias() + "' is not available for " + alias
                        + " (supported: " + r.waits().stream().map(WaitStrategy::alias).toList() + ")");
            }
        }
        return r.maker().make(alias, args);
    }

    /** Every registration's mechanism, defined or reused, in registration order (read by {@link Mechanisms}). */
    List<MechanismRef> mechanisms() {
        return registrations.values().stream().map(Registration::mechanism).toList();
    }

    /** For the argument records' checks: an {@link IllegalArgumentException} naming the alias unless {@code ok}. */
    static void require(boolean ok, String alias, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem + " (for " + alias + ")");
        }
    }

    private Registration<A, T> registration(String alias) {
        Registration<A, T> r = registrations.get(alias);
        if (r == null) {
            throw new UnknownMechanismException(alias, contract, registrations.keySet());
        }
        return r;
    }

    @Override
    public String toString() {
        return "Factory[" + contract + ": " + String.join(", ", registrations.keySet()) + "]";
    }

    /** Collects the registrations of one factory; {@link #build()} freezes them. */
    public static final class Builder<A, T> {
        private final String contract;
        private final BiConsumer<A, String> check;
        private Function<A, WaitStrategy> waitOf;
        private final Map<String, Registration<A, T>> registrations = new LinkedHashMap<>();

        private Builder(String contract, BiConsumer<A, String> check) {
            this.contract = Objects.requireNonNull(contract, "contract");
            this.check = Objects.requireNonNull(check, "check");
        }

        /** The arguments carry a wait strategy: {@link #create} accepts only one its registration declares. */
        public Builder<A, T> waitsFrom(Function<A, WaitStrategy> waitOf) {
            this.waitOf = Objects.requireNonNull(waitOf, "waitOf");
            return this;
        }

        /** Registers a mechanism that declares no wait strategy. */
        public Builder<A, T> register(MechanismRef mechanism, Maker<A, T> maker) {
            return register(mechanism, Set.of(), maker);
        }

        /** Registers a mechanism that can wait in each of {@code waits}. */
        public Builder<A, T> register(MechanismRef mechanism, Set<WaitStrategy> waits, Maker<A, T> maker) {
            Objects.requireNonNull(maker, "maker");
            Set<WaitStrategy> w = waits.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(waits));
            if (registrations.putIfAbsent(mechanism.alias(), new Registration<>(mechanism, w, maker)) != null) {
                throw new IllegalStateException(contract + " factory registers '" + mechanism.alias() + "' twice");
            }
            return this;
        }

        public Factory<A, T> build() {
            return new Factory<>(this);
        }
    }
}
