// A small strict XML 1.0 parser for the report tests: it refuses anything that is not well-formed
// (unbalanced or mismatched tags, a bare `&` or `<`, unknown entities, duplicate attributes, characters
// XML cannot carry, text outside the root) and returns the element tree with entities decoded.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside the element. */
  text: string;
}

// eslint-disable-next-line no-control-regex
const INVALID_CHAR = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;

function decode(raw: string, where: number): string {
  if (/<|&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/.test(raw)) throw new Error(`bare < or & near offset ${where}`);
  return raw.replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e];
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    const char = String.fromCodePoint(code);
    if (INVALID_CHAR.test(char)) throw new Error(`character reference to an invalid character near offset ${where}`);
    return char;
  });
}

export function parseXml(source: string): XmlElement {
  if (INVALID_CHAR.test(source)) throw new Error('the document contains a character XML 1.0 does not allow');
  let at = 0;
  const rest = () => source.slice(at);
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at] as string)) at++;
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    at = end + 2;
  }
  skipSpace();

  const parseElement = (): XmlElement => {
    if (source[at] !== '<') throw new Error(`expected an element at offset ${at}`);
    at++;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`bad element name at offset ${at}`);
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      if (at === before) throw new Error(`expected whitespace before an attribute at offset ${at}`);
      const attr = NAME.exec(rest())?.[0];
      if (!attr) throw new Error(`bad attribute name at offset ${at}`);
      at += attr.length;
      if (source[at] !== '=') throw new Error(`expected = after ${attr} at offset ${at}`);
      at++;
      const quote = source[at];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr} at offset ${at}`);
      const end = source.indexOf(quote, at + 1);
      if (end < 0) throw new Error(`unterminated attribute ${attr}`);
      if (attr in attributes) throw new Error(`duplicate attribute ${attr} on <${name}>`);
      attributes[attr] = decode(source.slice(at + 1, end), at);
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (at >= source.length) throw new Error(`<${name}> is not closed`);
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = NAME.exec(rest())?.[0];
        if (closing !== name) throw new Error(`</${closing}> closes <${name}> at offset ${at}`);
        at += closing.length;
        skipSpace();
        if (source[at] !== '>') throw new Error(`bad closing tag at offset ${at}`);
        at++;
        return { name, attributes, children, text };
      }
      if (source[at] === '<') {
        children.push(parseElement());
        continue;
      }
      const next = source.indexOf('<', at);
      const end = next < 0 ? source.length : next;
      text += decode(source.slice(at, end), at);
      at = end;
    }
  };

  const root = parseElement();
  skipSpace();
  if (at !== source.length) throw new Error(`content after the root element at offset ${at}`);
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
