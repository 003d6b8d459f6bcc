/** NCA keys, CMS and XMLDSig signatures and their verification, on Bouncy Castle alone. */
module kz.officesud.signing {
    requires transitive kz.officesud.core;
    requires static transitive org.jspecify;
    requires java.net.http;
    requires java.xml;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;

    exports kz.officesud.signing;
    exports kz.officesud.signing.container;
    exports kz.officesud.signing.revocation;
    exports kz.officesud.signing.testnca;
}
