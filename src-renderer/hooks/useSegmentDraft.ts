import type { RfmSegmentsDto, RfmSettingsDto } from '@contract';
import { App } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { SegmentDraft } from '../components/segments/SegmentSettingsBar';
import { sameCutoffs } from '../format/rfm';
import { useApiQuery } from './useApiQuery';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * The segment page's settings: the saved ones until the owner changes something, then a draft
 * whose segment sizes are asked for as it is edited (debounced), saved on request.
 */
export function useSegmentDraft() {
  const { message } = App.useApp();
  const saved = useApiQuery('rfm.segments', {});
  const [draft, setDraft] = useState<SegmentDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const settled = useDebouncedValue(draft, 250);
  const preview = useApiQuery('rfm.segments', settled ?? {});

  const savedDraft = saved.data ? draftOf(saved.data) : null;
  const changed = draft !== null;
  const shown = changed && settled !== null ? preview : saved;

  // Changed back to what is saved: no draft any more.
  const change = (next: SegmentDraft) => setDraft(savedDraft && sameDraft(next, savedDraft) ? null : next);

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      const settings: RfmSettingsDto = await api.call('rfm.save', { ...draft, cutoffs: draft.mode === 'fixed' ? draft.cutoffs : null });
      void message.success('分层设置已保存');
      setDraft(null);
      saved.reload();
      return settings;
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return {
    /** Changes when saved settings change: what depends on them (the flow) starts again. */
    savedKey: savedDraft ? JSON.stringify(savedDraft) : '',
    /** The shop's today, as the server counts it. */
    today: saved.data?.asOf ?? null,
    draft: draft ?? savedDraft,
    changed,
    saving,
    shown,
    /** The input `shown` answers, for what else the page asks about the same segments. */
    shownInput: changed && settled !== null ? settled : {},
    setDraft: change,
    reset: () => setDraft(null),
    save,
  };
}

function draftOf(dto: RfmSegmentsDto): SegmentDraft {
  // Another mode's cut-offs are its own: switching to 固定值 starts from the suggested ones.
  return { windowMonths: dto.windowMonths, mode: dto.mode, cutoffs: dto.mode === 'fixed' ? dto.cutoffs : dto.suggested.fixed };
}

function sameDraft(a: SegmentDraft, b: SegmentDraft): boolean {
  return a.windowMonths === b.windowMonths && a.mode === b.mode && (a.mode !== 'fixed' || sameCutoffs(a.cutoffs, b.cutoffs));
}
