import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/pipeline/sha256.js';
import { messageId } from '../../src/pipeline/async.js';

const reference = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto for every length around the block boundaries and for random messages', () => {
    for (let n = 0; n < 300; n++) {
      const b = randomBytes(n);
      expect(sha256Hex(b), `length ${n}`).toBe(reference(b));
    }
    for (const n of [4096, 65_537, 1_000_003]) {
      const b = randomBytes(n);
      expect(sha256Hex(b)).toBe(reference(b));
    }
  });

  it('is the message id: of the UTF-8 encoding when the message is text', async () => {
    expect(await messageId('é')).toBe(reference(Buffer.from('é', 'utf8')));
  });
});
