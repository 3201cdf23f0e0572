/**
 * Windows registry files (.reg, "Windows Registry Editor Version 5.00"), read
 * and written: string values (REG_SZ, also as hex(1) for non-ASCII text) and
 * REG_DWORD, which is all that Chrome and Edge policies use.
 */

export type RegValue = string | number;
/** Registry key path → value name → value. */
export type RegFile = Map<string, Map<string, RegValue>>;

const HEADER = 'Windows Registry Editor Version 5.00';

/** Decodes a file's bytes: UTF-16LE with a byte-order mark (as regedit writes), otherwise UTF-8. */
export function decodeRegBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function unquote(s: string): string {
  return s.replace(/\\(["\\])/g, '$1');
}

function hexString(hex: string): string {
  const bytes = hex
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
    .map((h) => parseInt(h, 16));
  const text = new TextDecoder('utf-16le').decode(new Uint8Array(bytes));
  return text.replace(/\0+$/, '');
}

/** Parses a .reg file; throws with the line number when a line cannot be read. */
export function parseReg(text: string): RegFile {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== HEADER) throw new Error(`not a registry file: the first line must be "${HEADER}"`);
  const out: RegFile = new Map();
  let key: Map<string, RegValue> | null = null;
  for (let n = 1; n < lines.length; n++) {
    let line = lines[n]!.trim();
    while (line.endsWith('\\') && n + 1 < lines.length) line = line.slice(0, -1) + lines[++n]!.trim();
    if (!line || line.startsWith(';')) continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      key = new Map();
      if (!section[1]) out.set(section[2]!, key);
      continue;
    }
    const value = /^(?:"((?:[^"\\]|\\.)*)"|@)=(.*)$/.exec(line);
    if (!value || !key) throw new Error(`line ${n + 1}: not a registry value: ${line}`);
    const name = value[1] === undefined ? '' : unquote(value[1]);
    const data = value[2]!;
    const str = /^"((?:[^"\\]|\\.)*)"$/.exec(data);
    const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(data);
    const hex1 = /^hex\(1\):(.*)$/.exec(data);
    if (str) key.set(name, unquote(str[1]!));
    else if (dword) key.set(name, parseInt(dword[1]!, 16));
    else if (hex1) key.set(name, hexString(hex1[1]!));
    else throw new Error(`line ${n + 1}: unsupported value type for "${name}" (use a string or dword)`);
  }
  return out;
}

function regString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const bytes: string[] = [];
  for (const unit of s + '\0') {
    for (let i = 0; i < unit.length; i++) {
      const c = unit.charCodeAt(i);
      bytes.push((c & 0xff).toString(16).padStart(2, '0'), (c >> 8).toString(16).padStart(2, '0'));
    }
  }
  return `hex(1):${bytes.join(',')}`;
}

/** Writes a .reg file (CRLF line ends, as regedit expects). */
export function writeReg(file: RegFile, comment?: string): string {
  const lines = [HEADER, ''];
  if (comment) lines.push(...comment.split('\n').map((l) => `; ${l}`), '');
  for (const [key, values] of file) {
    lines.push(`[${key}]`);
    for (const [name, value] of values) {
      const data = typeof value === 'number' ? `dword:${value.toString(16).padStart(8, '0')}` : regString(value);
      lines.push(`${name ? regString(name) : '@'}=${data}`);
    }
    lines.push('');
  }
  return lines.join('\r\n');
}
