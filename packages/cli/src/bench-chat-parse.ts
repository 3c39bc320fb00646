import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openChatExport, type SampleChatFormat, sampleCsvMapping, writeSampleChatExport } from '@seedbed/server';

const formats: SampleChatFormat[] = ['wechat-csv', 'wechat-txt', 'wecom-json', 'telegram-json', 'whatsapp-txt', 'csv'];

/**
 * Parse throughput of a generated export per format (issue 19: 1,000,000 messages). The baseline in the
 * same run is a plain read of the same file split into lines (decode + split, no parsing): `overLineSplit`
 * is how many times longer parsing takes. Peak RSS is sampled per batch (per chunk for the split), after
 * a full collection before each run; `rssGrowthMegabytes` is the reader's own share above the process's
 * resting RSS (the CLI loads the whole server first, about 250 MB). `cpuSeconds` is the process's CPU time
 * during the parse: wall time alone misleads on a busy machine. Parsing only — the database import is
 * measured by the importer's benchmark.
 */
export async function benchChatParse(messages = 1_000_000) {
  const directory = mkdtempSync(join(tmpdir(), 'seedbed-chat-bench-'));
  const results: Record<string, unknown> = {};
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  try {
    for (const format of formats) {
      const path = join(directory, `export-${format}`);
      await writeSampleChatExport(path, format, messages);
      collectGarbage();
      const splitRestingRss = process.memoryUsage().rss;
      let splitPeakRss = splitRestingRss;
      const splitStarted = performance.now();
      let lines = 0;
      for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
        for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) lines++;
        splitPeakRss = Math.max(splitPeakRss, process.memoryUsage().rss);
      }
      const splitMs = performance.now() - splitStarted;
      const opened = await openChatExport(path, {
        now: Date.now(),
        groupKey: 'bench',
        ...(format === 'csv' ? { format, mapping: sampleCsvMapping } : {}),
        ...(format === 'whatsapp-txt' ? { dateOrder: 'dmy' as const } : {}),
      });
      if (!opened.ok) throw new Error(`bench: ${format} refused: ${opened.error.code}`);
      collectGarbage();
      const restingRss = process.memoryUsage().rss;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      let records = 0;
      let problems = 0;
      let peakRss = restingRss;
      for await (const batch of opened.value.batches()) {
        records += batch.records.length;
        problems += batch.problems.length;
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      const parseMs = performance.now() - started;
      if (records !== messages || problems > 0)
        throw new Error(`bench: ${format} read ${records} records, ${problems} problems`);
      const cpu = process.cpuUsage(cpuBefore);
      results[format] = {
        messages: records,
        megabytes: round(opened.value.bytes / 1024 ** 2),
        lines,
        parseSeconds: round(parseMs / 1000),
        cpuSeconds: round((cpu.user + cpu.system) / 1e6),
        messagesPerSecond: Math.round(records / (parseMs / 1000)),
        lineSplitSeconds: round(splitMs / 1000),
        overLineSplit: round(parseMs / splitMs),
        peakRssMegabytes: round(peakRss / 1024 ** 2),
        rssGrowthMegabytes: round((peakRss - restingRss) / 1024 ** 2),
        lineSplitRssGrowthMegabytes: round((splitPeakRss - splitRestingRss) / 1024 ** 2),
      };
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return results;
}

const round = (value: number) => Math.round(value * 100) / 100;
