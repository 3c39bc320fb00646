// Loaded with `node --import` by the chat-import benchmark (bench-chat-import.ts): on exit, the process's
// high-water mark of resident memory (getrusage's ru_maxrss, in kilobytes on Linux), on stderr.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
