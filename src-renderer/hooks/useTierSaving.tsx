import type { TierChangeSummaryDto, TierProgramDto } from '@contract';
import { App } from 'antd';
import { useState } from 'react';
import { ApiCallError } from '../api/api-call-error';
import { api } from '../api/client';
import { TierChangeTable } from '../components/tiers/TierChangeTable';
import { errorText } from '../format/api-error';
import { formatSaveQuestion, formatSummaryDone, sortTierProblems } from '../format/tiers';
import type { TierEditor } from './useTierEditor';

export interface TierSaving {
  busy: 'preview' | 'save' | null;
  /** The preview of exactly the current draft; null once the draft changed since. */
  preview: TierChangeSummaryDto | null;
  askPreview(): Promise<void>;
  /** Previews, asks once with what will change, then saves and applies. */
  save(): Promise<void>;
}

/** 预览变化 and 保存并应用 for the tier editor; refused fields go back to the editor, beside their inputs. */
export function useTierSaving(editor: TierEditor, onSaved: (program: TierProgramDto) => void): TierSaving {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<TierSaving['busy']>(null);
  const [preview, setPreview] = useState<{ inputKey: string; summary: TierChangeSummaryDto } | null>(null);
  const { input, showProblems } = editor;
  const inputKey = JSON.stringify(input);

  const refuse = (error: unknown) => {
    if (error instanceof ApiCallError && error.code === 'INVALID_INPUT' && error.details.length > 0) {
      showProblems(sortTierProblems(error.details));
      void message.error('有几处需要改一下，请看红字提示。');
      // The field at fault may be several cards further down; bring it into view once it is drawn.
      requestAnimationFrame(() => document.querySelector('.ant-form-item-has-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    } else {
      void message.error(errorText(error));
    }
  };

  const previewNow = async (): Promise<TierChangeSummaryDto | null> => {
    try {
      const summary = await api.call('tiers.preview', input);
      showProblems(null);
      setPreview({ inputKey, summary });
      return summary;
    } catch (error) {
      refuse(error);
      return null;
    }
  };

  const askPreview = async () => {
    setBusy('preview');
    await previewNow();
    setBusy(null);
  };

  const save = async () => {
    setBusy('save');
    const summary = await previewNow();
    setBusy(null);
    if (!summary) return;
    modal.confirm({
      title: formatSaveQuestion(summary),
      content: <TierChangeTable summary={summary} />,
      width: 560,
      okText: '保存并应用',
      cancelText: '再看看',
      onOk: async () => {
        try {
          const saved = await api.call('tiers.save', input);
          void message.success(formatSummaryDone('已保存', saved.summary));
          onSaved(saved.program);
        } catch (error) {
          refuse(error);
        }
      },
    });
  };

  return { busy, preview: preview?.inputKey === inputKey ? preview.summary : null, askPreview, save };
}
