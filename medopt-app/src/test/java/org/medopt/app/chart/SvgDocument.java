package org.medopt.app.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A drawn chart read back as XML, so that tests check what it draws and where. */
public final class SvgDocument {

    private SvgDocument() {
    }

    /** Parses {@code svg}, failing if it is not well-formed XML. */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    public static List<Element> all(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public static List<Element> byClass(Element root, String tag, String className) {
        return all(root, tag).stream().filter(e -> e.getAttribute("class").equals(className)).toList();
    }

    /** What the content security policy would block: script and style elements, and style attributes, by tag name. */
    public static List<String> inlineCode(Element root) {
        return all(root, "*").stream().filter(e -> e.getTagName().equals("script") || e.getTagName().equals("style")
                || e.hasAttribute("style")).map(Element::getTagName).toList();
    }

    public static List<String> texts(Element root) {
        return all(root, "text").stream().map(Element::getTextContent).toList();
    }
}
