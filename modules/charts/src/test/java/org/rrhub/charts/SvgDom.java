package org.rrhub.charts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A rendered SVG parsed as XML (failing if it is not well formed), with XPath look-ups by plain element names. */
final class SvgDom {

    final String markup;
    final Document document;

    private SvgDom(String markup, Document document) {
        this.markup = markup;
        this.document = document;
    }

    static SvgDom of(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDom(markup, factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))));
        } catch (Exception e) {
            throw new AssertionError("The SVG is not well-formed XML:\n" + markup, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    List<String> texts(String xpath) {
        return all(xpath).stream().map(Element::getTextContent).toList();
    }
}
