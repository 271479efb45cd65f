import type { PredictionModelDto } from '@contract';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from './useApiQuery';

/**
 * The predictions' model as the server has it, kept fresh when a computation ends (after an
 * import, at the start of a day, or on request): `changedAt` moves then, so pages showing
 * predictions know to load them again.
 */
export function usePredictionModel() {
  const query = useApiQuery('predictions.status', {});
  const [pushed, setPushed] = useState<{ model: PredictionModelDto; at: number }>();
  useEffect(() => api.on('predictions.changed', (model) => setPushed({ model, at: Date.now() })), []);
  return {
    model: pushed?.model ?? query.data,
    error: query.error,
    changedAt: pushed?.at ?? 0,
    /** After 重新计算: the answer says `computing`; the event brings the result. */
    setModel: (model: PredictionModelDto) => setPushed({ model, at: pushed?.at ?? 0 }),
  };
}
