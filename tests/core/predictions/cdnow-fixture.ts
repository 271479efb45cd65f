import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/paths';
import type { CustomerSummary } from '../../../src-main/core/predictions/bgnbd-types';

export interface CdnowCustomer extends CustomerSummary {
  /** Mean value of the repeat purchases in US$, 0 when x = 0. */
  zbar: number;
}

/** The CDNOW 39-week calibration summary committed in tests/fixtures/cdnow (see its README). */
export function cdnowCustomers(): CdnowCustomer[] {
  const text = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'cdnow', 'cdnow-summary.csv'), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'x,t_x,T,zbar') throw new Error(`unexpected CDNOW fixture header: ${header}`);
  return lines.map((line) => {
    const [x, tx, T, zbar] = line.split(',').map(Number);
    return { x: x!, tx: tx!, T: T!, zbar: zbar! };
  });
}
