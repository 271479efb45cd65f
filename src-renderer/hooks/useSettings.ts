import type { SettingsDto } from '@contract';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from './useApiQuery';

/** The shop's settings, kept fresh when any window or tab changes them. */
export function useSettings(): SettingsDto | undefined {
  const query = useApiQuery('settings.get', {});
  const [pushed, setPushed] = useState<SettingsDto>();
  useEffect(() => api.on('settings.changed', setPushed), []);
  return pushed ?? query.data;
}
