/**
 * Apple property lists (XML), read and written: enough for configuration
 * profiles (.mobileconfig) and the preference files managers deploy.
 */

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

function encode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Token {
  tag: string;
  close: boolean;
  empty: boolean;
  text: string;
}

function tokenize(xml: string): Token[] {
  const body = xml.replace(/<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>/g, '');
  const tokens: Token[] = [];
  const re = /<(\/?)([a-zA-Z]+)[^>]*?(\/?)>([^<]*)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    tokens.push({ close: m[1] === '/', tag: m[2]!, empty: m[3] === '/', text: m[4] ?? '' });
  }
  return tokens;
}

/** Parses an XML property list; throws with a plain message when it is not one. */
export function parsePlist(xml: string): PlistValue {
  const tokens = tokenize(xml);
  let i = 0;
  const expectClose = (tag: string) => {
    const t = tokens[i++];
    if (!t || !t.close || t.tag !== tag) throw new Error(`property list: expected </${tag}>`);
  };
  const value = (): PlistValue => {
    const t = tokens[i++];
    if (!t || t.close) throw new Error('property list: expected a value');
    switch (t.tag) {
      case 'true':
      case 'false':
        if (!t.empty) expectClose(t.tag);
        return t.tag === 'true';
      case 'string':
      case 'data':
      case 'date':
        if (t.empty) return '';
        expectClose(t.tag);
        return decode(t.text);
      case 'integer':
      case 'real':
        expectClose(t.tag);
        return Number(t.text.trim());
      case 'array': {
        const out: PlistValue[] = [];
        if (t.empty) return out;
        while (!(tokens[i]?.close && tokens[i]?.tag === 'array')) out.push(value());
        i++;
        return out;
      }
      case 'dict': {
        const out: Record<string, PlistValue> = {};
        if (t.empty) return out;
        while (!(tokens[i]?.close && tokens[i]?.tag === 'dict')) {
          const k = tokens[i++];
          if (!k || k.tag !== 'key') throw new Error('property list: expected <key> in <dict>');
          expectClose('key');
          out[decode(k.text)] = value();
        }
        i++;
        return out;
      }
      default:
        throw new Error(`property list: unexpected <${t.tag}>`);
    }
  };
  const root = tokens[i++];
  if (!root || root.tag !== 'plist') throw new Error('not a property list (no <plist>)');
  return value();
}

function write(v: PlistValue, indent: string): string {
  const inner = indent + '\t';
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (typeof v === 'number')
    return `${indent}<${Number.isInteger(v) ? 'integer' : 'real'}>${v}</${Number.isInteger(v) ? 'integer' : 'real'}>`;
  if (typeof v === 'string') return `${indent}<string>${encode(v)}</string>`;
  if (Array.isArray(v))
    return v.length
      ? `${indent}<array>\n${v.map((x) => write(x, inner)).join('\n')}\n${indent}</array>`
      : `${indent}<array/>`;
  const entries = Object.entries(v);
  if (!entries.length) return `${indent}<dict/>`;
  return `${indent}<dict>\n${entries.map(([k, x]) => `${inner}<key>${encode(k)}</key>\n${write(x, inner)}`).join('\n')}\n${indent}</dict>`;
}

/** Writes an XML property list (tabs, as Apple's tools do). */
export function writePlist(value: PlistValue): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    `<plist version="1.0">\n${write(value, '')}\n</plist>\n`
  );
}
