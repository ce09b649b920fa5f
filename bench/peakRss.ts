/**
 * Loaded into a measured process with `node --import`: when the process exits, writes its
 * peak resident memory in bytes to the file BENCH_PEAK_RSS_FILE names.
 */
import { writeFileSync } from 'node:fs';

const KILOBYTE = 1024;
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * KILOBYTE));
  });
}
