package org.perfdecl.checker.intake;

import java.nio.charset.Charset;

/**
 * One file as it arrived: its name (a path, an upload's file name, or a name the door gives it),
 * its bytes, and what the sender declared about it, if anything.
 *
 * @param mediaType the declared media type (HTTP {@code Content-Type}), or null
 * @param charset   the declared character set (HTTP {@code charset=}, CLI {@code --encoding}), or null
 */
public record Source(String name, byte[] bytes, String mediaType, Charset charset) {

    public static Source of(String name, byte[] bytes) {
        return new Source(name, bytes, null, null);
    }
}
