import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { startLab } from '../../guide/lab-harness.ts';
import { walkAndExport } from './walk-scripts.ts';
it('dumps', async () => {
  const h = startLab();
  const s = await walkAndExport(h);
  writeFileSync('/tmp/replay-cli.sh', s.cli);
  writeFileSync('/tmp/replay-curl.sh', s.curl);
  await h.dispose();
}, 120_000);
