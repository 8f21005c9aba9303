package claimwatch.ingest.feed;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place feed XML is opened for reading, configured explicitly rather than trusting defaults. The JDK's own
 * StAX implementation is used ({@code newDefaultFactory}, not whatever the classpath offers) with DTD support off,
 * external entities off, external DTD access denied, a resolver that refuses every lookup, and entity references left
 * unreplaced so {@link GuardedXmlReader} sees and refuses them. StAX has no secure-processing feature to switch on;
 * the JDK's entity limits are set low instead, in case a future change turns DTD support back on.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLStreamReader open(String text) throws XMLStreamException {
        return factory().createXMLStreamReader(new StringReader(text));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // not coalescing: with it, the JDK reports an unreplaced entity reference as a vague parse error, not an event
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.entityExpansionLimit", "100");
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "10000");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "100000");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve " + systemId);
        });
        return factory;
    }
}
