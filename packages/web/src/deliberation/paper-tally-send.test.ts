import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../shared/api';
import { sendPaperTally, type TallyProgress } from './paper-tally-send';

const tally = { counts: { for: 1 }, slipIds: ['4f1d2c3b-0000-4000-8000-000000000001'] };
const photo = new Blob(['jpeg']);
const lost = () => new ApiError(0, 'network', '网络不好');
const exists = () => new ApiError(409, 'deliberation.tally_exists', '已经录过了');

describe('sending a paper tally and its photo', () => {
  it('sends the counts once: a press after a failed photo sends only the photo', async () => {
    const progress: TallyProgress = { wasSent: false, isKept: false };
    const send = { tally: vi.fn().mockResolvedValue({}), photo: vi.fn().mockRejectedValueOnce(lost()) };
    expect(await sendPaperTally(progress, tally, photo, send)).toEqual({ photoFailure: '网络不好' });
    send.photo.mockResolvedValueOnce({});
    expect(await sendPaperTally(progress, tally, photo, send)).toEqual({ photoFailure: null });
    expect(send.tally).toHaveBeenCalledTimes(1);
    expect(send.photo).toHaveBeenCalledTimes(2);
  });

  it('takes “already entered” after its own lost answer as kept, and goes on to the photo', async () => {
    const progress: TallyProgress = { wasSent: false, isKept: false };
    const send = {
      tally: vi.fn().mockRejectedValueOnce(lost()).mockRejectedValueOnce(exists()),
      photo: vi.fn().mockResolvedValue({}),
    };
    await expect(sendPaperTally(progress, tally, photo, send)).rejects.toThrow('网络不好');
    expect(send.photo).not.toHaveBeenCalled();
    expect(await sendPaperTally(progress, tally, photo, send)).toEqual({ photoFailure: null });
    expect(progress.isKept).toBe(true);
    expect(send.photo).toHaveBeenCalledTimes(1);
  });

  it('refuses on “already entered” at the first send: someone else’s tally is not this phone’s', async () => {
    const progress: TallyProgress = { wasSent: false, isKept: false };
    const send = { tally: vi.fn().mockRejectedValue(exists()), photo: vi.fn() };
    await expect(sendPaperTally(progress, tally, photo, send)).rejects.toThrow('已经录过了');
    expect(send.photo).not.toHaveBeenCalled();
    expect(progress.isKept).toBe(false);
  });
});
