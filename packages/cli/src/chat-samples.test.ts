import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatSampleFiles, chatSampleFolder, currentChatSamples } from './chat-samples';

describe('the chat journey’s sample exports', () => {
  it('are what the demo makes today (else: npx tsx packages/cli/src/chat-samples.ts)', { timeout: 30_000 }, () => {
    const samples = currentChatSamples();
    const file = (name: string) => readFileSync(new URL(name, chatSampleFolder), 'utf8');
    expect(file(chatSampleFiles.wechatCsv)).toBe(samples.wechatCsv);
    expect(file(chatSampleFiles.whatsappTxt)).toBe(samples.whatsappTxt);
  });
});
