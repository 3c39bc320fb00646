import { writeFileSync } from 'node:fs';
import { chatSampleExports } from './chat-sample';
import { generateDemo } from './index';

/**
 * Writes the journey's sample exports (see chat-sample.ts) into packages/demo/samples/:
 *   npx tsx packages/demo/src/chat-sample-write.ts
 * The demo's names do not depend on "today"; the date only has to be a valid one.
 */
const samples = chatSampleExports(generateDemo({ seed: 20171, today: '2026-06-30' }));
const folder = new URL('../samples/', import.meta.url);
writeFileSync(new URL('chat-wechatmsg.csv', folder), samples.wechatCsv);
writeFileSync(new URL('chat-whatsapp.txt', folder), samples.whatsappTxt);
console.log(`wrote the sample exports of ${samples.organizationName} (senders ${samples.matchedNames.join(', ')})`);
