import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, loadMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('capability message groups', () => {
  it('reports a key whose group is not loaded yet, and has its words once loaded', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    i18n.t('coaching.workload.title');
    expect(logged).toHaveBeenCalledWith('[i18n] missing message: coaching.workload.title');
    logged.mockClear();
    await loadMessages(['coaching']);
    expect(i18n.t('coaching.workload.title')).toBe('辅导工作量');
    expect(logged).not.toHaveBeenCalled();
  });

  it('has the shared words from the start, without loading anything', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(i18n.t('nav.logout')).toBe('退出');
    expect(logged).not.toHaveBeenCalled();
  });
});
