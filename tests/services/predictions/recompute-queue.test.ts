import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PredictionModelDto } from '../../../src-main/contract/dto/predictions';
import { openConnection } from '../../../src-main/db/connection';
import { createPredictionsRepo } from '../../../src-main/db/repos/predictions-repo';
import { createEventHub } from '../../../src-main/services/event-hub';
import { computePredictions, type ComputeRequest } from '../../../src-main/services/predictions/compute-predictions';
import { createPredictionsService } from '../../../src-main/services/predictions/predictions-service';
import { openTestBackend } from '../../helpers/backend';
import { FROZEN_NOW } from '../../helpers/paths';
import { importPredictionBook } from '../../helpers/prediction-book';
import { useTempDir } from '../../helpers/temp-dir';

describe('重新计算 while a computation runs', () => {
  const tempDir = useTempDir('zhanggui-predictions-queue-');

  it('answers at once, runs one computation at a time, and once more for the requests made meanwhile', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    importPredictionBook(backend);
    backend.close();

    const conn = openConnection(join(dir, 'book.sqlite'));
    // The real computation, held at its start until the test lets it go: a slow book.
    const gates: (() => void)[] = [];
    let running = 0;
    let overlapped = false;
    const compute = async (request: ComputeRequest) => {
      running++;
      overlapped ||= running > 1;
      await new Promise<void>((resolve) => gates.push(resolve));
      try {
        return computePredictions(conn, request);
      } finally {
        running--;
      }
    };
    const events = createEventHub();
    const changed: PredictionModelDto[] = [];
    events.subscribe((event) => event.event === 'predictions.changed' && changed.push(event.payload as PredictionModelDto));
    let generated = 0;
    const service = createPredictionsService({
      repo: createPredictionsRepo(conn.sqlite),
      compute,
      membership: () => ({ asOf: '2026-11-22', customerIds: new Float64Array(0), segments: new Uint8Array(0), size: 0 }),
      events,
      afterComputed: () => generated++,
      refreshDaily: false,
      now: () => FROZEN_NOW,
      timeZone: () => 'Asia/Shanghai',
      logError: (line) => {
        throw new Error(line);
      },
    });
    const runs = () => conn.sqlite.prepare('SELECT count(*) FROM prediction_runs').pluck().get() as number;
    try {
      const before = runs();
      expect(service.recompute()).toMatchObject({ computing: true });
      await expect.poll(() => gates.length).toBe(1);
      service.recompute();
      service.recompute();
      expect(service.status().computing).toBe(true);
      gates.shift()!();
      await expect.poll(() => gates.length).toBe(1);
      expect(runs()).toBe(before + 1);
      expect(changed.map((m) => m.computing)).toEqual([true]);
      gates.shift()!();
      await service.idle();
      expect(runs()).toBe(before + 2);
      expect(overlapped).toBe(false);
      expect(generated).toBe(2);
      expect(changed.map((m) => [m.status, m.computing])).toEqual([
        ['ready', true],
        ['ready', false],
      ]);
      expect(service.status().computing).toBe(false);
    } finally {
      service.close();
      conn.close();
    }
  });
});
