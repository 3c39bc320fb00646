import { describe, expect, it } from 'vitest';
import { inlineContentDisposition } from './content-disposition';

describe('inlineContentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(inlineContentDisposition('签到表-广场舞.pdf', 'sign-in-sheet.pdf')).toBe(
      `inline; filename="sign-in-sheet.pdf"; filename*=UTF-8''${encodeURIComponent('签到表-广场舞.pdf')}`,
    );
  });

  it('keeps quotes, slashes and RFC 5987 specials out of the header', () => {
    const header = inlineContentDisposition('a/b "c" (d)*!.pdf', 'x y"z.pdf');
    expect(header).toBe(`inline; filename="x-y-z.pdf"; filename*=UTF-8''a%20b%20c%20%28d%29%20%21.pdf`);
  });
});
