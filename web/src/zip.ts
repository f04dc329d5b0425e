/**
 * Reads the files of a zip archive in the browser: the central directory by hand, stored entries as
 * they are, deflated ones through the browser's own DecompressionStream('deflate-raw'). No library:
 * this is all a page needs of zip (no ZIP64, no encryption; both refused with a clear message), and
 * every current browser decompresses deflate natively.
 */
export interface ZipEntry {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export class ZipError extends Error {}

/** Refuse archives that would unpack to more than this (a zip bomb must not fill the tab's memory). */
const MAX_TOTAL = 512 * 1024 * 1024;

const u16 = (b: Uint8Array, p: number): number => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number): number => (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8');
/** Code page 437 (names of zips without the UTF-8 flag): ASCII as is; other bytes rarely matter for file names here. */
const cp437 = (b: Uint8Array): string => {
  let s = '';
  for (const c of b) s += c < 0x80 ? String.fromCharCode(c) : '\ufffd';
  return s;
};

async function inflate(data: Uint8Array, expected: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const out = new Uint8Array(expected);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > expected) {
      await reader.cancel();
      throw new ZipError('an entry unpacks to more bytes than the archive says');
    }
    out.set(value, at);
    at += value.length;
  }
  if (at !== expected) throw new ZipError('an entry unpacks to fewer bytes than the archive says');
  return out;
}

/** The files in a zip (folders skipped), in the order of its directory. Throws ZipError on an archive it cannot read. */
export async function readZip(zip: Uint8Array): Promise<ZipEntry[]> {
  // End of central directory: 22 bytes plus a comment of up to 65535, at the end.
  let eocd = -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 65535); p--) {
    if (u32(zip, p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no central directory)');
  const count = u16(zip, eocd + 10);
  let p = u32(zip, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new ZipError('the central directory of the archive is damaged');
    const flags = u16(zip, p + 8);
    const method = u16(zip, p + 10);
    const csize = u32(zip, p + 20);
    const usize = u32(zip, p + 24);
    const nameLen = u16(zip, p + 28);
    const extraLen = u16(zip, p + 30);
    const commentLen = u16(zip, p + 32);
    const local = u32(zip, p + 42);
    const rawName = zip.subarray(p + 46, p + 46 + nameLen);
    const path = flags & 0x800 ? utf8.decode(rawName) : cp437(rawName);
    p += 46 + nameLen + extraLen + commentLen;
    if (path.endsWith('/')) continue;
    if (flags & 1) throw new ZipError(`${path}: encrypted entries are not supported`);
    if (csize === 0xffffffff || usize === 0xffffffff || local === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
    total += usize;
    if (total > MAX_TOTAL) throw new ZipError(`the archive unpacks to more than ${MAX_TOTAL / 1024 / 1024} MB`);
    if (local + 30 > zip.length || u32(zip, local) !== 0x04034b50) throw new ZipError(`${path}: the local header is damaged`);
    const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    const data = zip.subarray(start, start + csize);
    if (data.length !== csize) throw new ZipError(`${path}: the archive is cut short`);
    if (method === 0) entries.push({ path, bytes: data });
    else if (method === 8) entries.push({ path, bytes: await inflate(data, usize) });
    else throw new ZipError(`${path}: compression method ${method} is not supported (only stored and deflate)`);
  }
  return entries;
}
