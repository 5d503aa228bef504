package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.NotSerializableException;
import java.io.UncheckedIOException;
import java.rmi.MarshalException;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * P18's Fixed variant tells an argument rejected at the call from a path that is broken: only an
 * exception naming the class it cannot send (java.lang.Thread), thrown for the item that holds one,
 * is a rejection; a broken connection, or any exception for a good item, is a failure of the path.
 */
class UnserializableAtCallTest {

    private static final Object GOOD = 7;
    private static final Object BAD = List.of(7, Thread.currentThread());

    @Test
    void onlyAnExceptionNamingTheItemsClassIsARejection() {
        Manager_18_Unserializable.AtCall at = new Manager_18_Unserializable.AtCall();
        at.threw(BAD, new IllegalArgumentException("cannot put an item of class java.util.ArrayList: java.lang.Thread is not Serializable"));
        at.threw(BAD, new MarshalException("error marshalling arguments", new NotSerializableException("java.lang.Thread")));
        assertEquals(2, at.rejected);
        assertEquals(0, at.failed);

        at.threw(BAD, new UncheckedIOException(new java.io.IOException("Connection reset by peer")));
        at.threw(GOOD, new IllegalStateException("manager-uds: server died"));
        assertEquals(2, at.rejected);
        assertEquals(2, at.failed);
        assertEquals("UncheckedIOException: java.io.IOException: Connection reset by peer", at.firstFailure);
    }
}
