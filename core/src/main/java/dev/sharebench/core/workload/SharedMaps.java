package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.manager.ManagerMapWorkload;
import dev.sharebench.core.process.Placement;
import java.util.List;

/** The one alias -> implementation mapping of the shared-map workload (manager rows). */
public final class SharedMaps {

    public static final List<String> SUPPORTED = List.of("manager-uds", "manager-tcp");
    public static final List<String> CODECS = List.of("binary", "java");

    private SharedMaps() {
    }

    public static SharedMapWorkload open(String mechanism, String codec, int batch, String placement) {
        Mechanisms.get(mechanism);
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        if (!CODECS.contains(codec)) {
            throw new IllegalArgumentException("codec '" + codec + "' unknown (known: " + String.join(", ", CODECS) + ")");
        }
        Placement where = Placement.of(placement);
        return switch (mechanism) {
            case "manager-uds" -> new ManagerMapWorkload(mechanism, "uds", codec, batch, where);
            case "manager-tcp" -> new ManagerMapWorkload(mechanism, "tcp", codec, batch, where);
            default -> throw new UnknownMechanismException(mechanism, "shared map", SUPPORTED);
        };
    }
}
