import { describe, expect, it } from 'vitest';
import { addressBehindProxies } from './client-address';

describe('the client address behind proxies', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(addressBehindProxies('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
  });

  it('is the entry the trusted proxy appended, not one the client wrote before it', () => {
    expect(addressBehindProxies('127.0.0.1', '198.51.100.1', 1)).toBe('198.51.100.1');
    expect(addressBehindProxies('127.0.0.1', '6.6.6.6, 198.51.100.1', 1)).toBe('198.51.100.1');
    expect(addressBehindProxies('127.0.0.1', '6.6.6.6, 198.51.100.1, 10.0.0.2', 2)).toBe('198.51.100.1');
  });

  it('falls back sensibly when the header is missing or shorter than the proxies promised', () => {
    expect(addressBehindProxies('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(addressBehindProxies('127.0.0.1', ' , ', 1)).toBe('127.0.0.1');
    expect(addressBehindProxies('127.0.0.1', '198.51.100.1', 3)).toBe('198.51.100.1');
  });
});
