import { describe, expect, it } from 'vitest';
import { pickEncoding } from './page-response';

describe('the encoding a page is sent in', () => {
  it('prefers brotli, then gzip (WeChat asks for "gzip, deflate"), else none', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('deflate')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it('honours a coding refused with q=0, and reads odd spacing and case', () => {
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('BR ; q=0.5')).toBe('br');
    expect(pickEncoding('gzip;q=0, identity')).toBeNull();
    expect(pickEncoding('gzip;q=nonsense')).toBeNull();
  });
});
