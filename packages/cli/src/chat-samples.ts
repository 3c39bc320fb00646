import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chatSampleExports, generateDemo } from '@seedbed/demo';
import { demoSeed } from './demo-load';

/**
 * The chat journey's sample exports (packages/demo/src/chat-sample.ts) as files in
 * packages/demo/samples/. Regenerate them after a change to the demo's people or teams:
 *   npx tsx packages/cli/src/chat-samples.ts
 * The demo's names do not depend on "today"; the date only has to be a valid one.
 */
export const chatSampleFolder = new URL('../../demo/samples/', import.meta.url);
export const chatSampleFiles = { wechatCsv: 'chat-wechatmsg.csv', whatsappTxt: 'chat-whatsapp.txt' } as const;

export function currentChatSamples() {
  return chatSampleExports(generateDemo({ seed: demoSeed, today: '2026-06-30' }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const samples = currentChatSamples();
  writeFileSync(new URL(chatSampleFiles.wechatCsv, chatSampleFolder), samples.wechatCsv);
  writeFileSync(new URL(chatSampleFiles.whatsappTxt, chatSampleFolder), samples.whatsappTxt);
  console.log(`wrote the sample exports of ${samples.organizationName} (senders ${samples.matchedNames.join(', ')})`);
}
