package kr.axcampus.testing;

/** Small files whose bytes prove their type, for uploads in tests. */
public final class TestFiles {
    /** The smallest PNG there is: a photo of a sign-in sheet, as far as the type check can tell. */
    public static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0,
        (byte) 0x90,
        'w',
        'S',
        (byte) 0xde
    };

    private TestFiles() {}
}
