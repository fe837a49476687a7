import Testing
import CLibXML2
import CYAML

/// Both system libraries link and answer: libxml2 for NewsML-G2, libyaml for front matter.
@Suite struct SystemLibraryTests {
    @Test func libxml2Links() {
        xmlInitParser()
        #expect(copydesk_xmlVersion() >= 20900)
        let xml = "<a><b>text</b></a>"
        let doc = xml.withCString { xmlReadMemory($0, Int32(xml.utf8.count), "t.xml", nil, Int32(XML_PARSE_NONET.rawValue)) }
        #expect(doc != nil)
        xmlFreeDoc(doc)
    }

    @Test func libyamlLinks() {
        let version = String(cString: yaml_get_version_string())
        #expect(version.hasPrefix("0."))
    }
}
