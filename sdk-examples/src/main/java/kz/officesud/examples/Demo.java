package kz.officesud.examples;

/** The end-to-end demo: files a claim into the embedded reference court. */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("the demo arrives with the filing client");
    }
}
