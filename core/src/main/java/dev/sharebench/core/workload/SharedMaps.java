package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerMapWorkload;
import dev.sharebench.core.process.Placement;
import java.util.List;

/** The shared-map workload (SharedMapBench): the one alias-to-{@link SharedMapWorkload} mapping. */
public final class SharedMaps {

    /** The codecs a {@link SharedMapArgs} may name. */
    public static final List<String> CODECS = Codec.aliases();

    public static final Factory<SharedMapArgs, SharedMapWorkload> FACTORY =
            Factory.<SharedMapArgs, SharedMapWorkload>builder("SharedMapWorkload", SharedMapArgs::check)
                    .register(reuse("manager-uds"), (alias, a) -> new ManagerMapWorkload(alias, "uds", a.codec(), a.batch(), a.placement()))
                    .register(reuse("manager-tcp"), (alias, a) -> new ManagerMapWorkload(alias, "tcp", a.codec(), a.batch(), a.placement()))
                    .build();

    private SharedMaps() {
    }

    /** {@code FACTORY.create(alias, new SharedMapArgs(codec, batch, Placement.of(placement)))}. */
    public static SharedMapWorkload create(String alias, String codec, int batch, String placement) {
        return FACTORY.create(alias, new SharedMapArgs(codec, batch, Placement.of(placement)));
    }
}
