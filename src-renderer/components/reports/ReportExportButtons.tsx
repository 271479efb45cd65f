import { Button, message } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { formatReportExportWhat } from '../../format/report-sections';
import { useExportFile } from '../../hooks/useExportFile';

/** Puts the page into the hidden frame and waits until it has loaded (its charts are drawn in the HTML). */
function loadInto(frame: HTMLIFrameElement, html: string): Promise<void> {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.srcdoc = html;
  });
}

/** 导出 Excel, 导出 PDF (the A4 print layout, printed by the backend's host) and 打印 for the period shown. */
export function ReportExportButtons(props: { range: { from: string; to: string }; disabled?: boolean }) {
  const exporting = useExportFile();
  const exportingPdf = useExportFile();
  const [printing, setPrinting] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const { from, to } = props.range;

  const exportWorkbook = () => exporting.run(() => api.call('reports.export', { from, to, format: 'xlsx' }), () => formatReportExportWhat(props.range));
  const exportPdf = () => exportingPdf.run(() => api.call('reports.export', { from, to, format: 'pdf' }), () => formatReportExportWhat(props.range));

  const print = async () => {
    setPrinting(true);
    try {
      const { html } = await api.call('reports.printPage', { from, to });
      const element = frame.current;
      if (!element) return;
      await loadInto(element, html);
      element.contentWindow?.print();
    } catch (e) {
      void message.error(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <>
      <Button loading={exporting.busy} disabled={props.disabled} onClick={() => void exportWorkbook()}>
        导出 Excel
      </Button>
      <Button loading={exportingPdf.busy} disabled={props.disabled} onClick={() => void exportPdf()}>
        导出 PDF
      </Button>
      <Button loading={printing} disabled={props.disabled} onClick={() => void print()}>
        打印
      </Button>
      <iframe
        ref={frame}
        title="报表打印页"
        aria-hidden
        tabIndex={-1}
        data-testid="report-print-frame"
        style={{ position: 'fixed', right: 0, bottom: 0, width: 0, height: 0, border: 0 }}
      />
    </>
  );
}
