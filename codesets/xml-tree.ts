import { SaxesParser } from 'saxes';

/**
 * A small element tree built from saxes events. The official XML files are at most ~10 MB, so a tree
 * keeps each parser a plain walk over elements; saxes does the XML itself (entities, CDATA, errors).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** This element's own text, pieces joined by one space (text inside children is not included). */
  text: string;
}

export function parseXml(xml: string, fileName: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1)!;
    const piece = text.replace(/\s+/g, ' ').trim();
    if (piece) top.text = top.text ? `${top.text} ${piece}` : piece;
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new Error(`codesets: ${fileName} is not well-formed XML: ${(error as Error).message}`);
  }
  const top = root.children[0];
  if (!top) throw new Error(`codesets: ${fileName} has no root element`);
  return top;
}

/** Child elements named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Text of the first child named `name`, or ''. */
export function childText(element: XmlElement, name: string): string {
  return element.children.find((c) => c.name === name)?.text ?? '';
}
