import {
  ORDER_FIELDS,
  ORDER_FIELD_LABELS,
  REQUIRED_ORDER_FIELDS,
  type ColumnMapping,
  type FileInspectionDto,
  type OrderField,
} from '@contract';

/** What the page knows about a chosen file's columns (imports.inspect), by upload id. */
export type FileInspectionState =
  | { status: 'loading' }
  | { status: 'ready'; inspection: FileInspectionDto }
  /** `message` is the sentence to show under the file. */
  | { status: 'failed'; message: string };

/**
 * What to say when a file's header could not be read beforehand. A refusal's own reason is worth
 * showing; anything else (an internal error, the network) is not the owner's to fix here, and
 * 预览 reads the whole file and says what is wrong with it.
 */
export function inspectionFailureText(error: { code?: string; message: string }): string {
  if (error.code === 'REJECTED') return `没能读出这个文件的表头：${error.message}`;
  return '没能先读出这个文件的表头；点「预览」会说明原因。';
}

/** The longest header a mapping may name (the contract's limit). */
const MAX_HEADER_LENGTH = 200;

/** 订单号, not 订单号（必填）: the required mark is shown on its own. */
export function fieldName(field: OrderField): string {
  return ORDER_FIELD_LABELS[field].replace(/（必填）$/, '');
}

export function isRequiredField(field: OrderField): boolean {
  return REQUIRED_ORDER_FIELDS.includes(field);
}

export interface HeaderChoice {
  header: string;
  /** The first non-blank value under it in the first rows, so the owner recognises the column. */
  example: string | null;
}

/**
 * The headers a field can be mapped to, in file order: each name once (two columns with the same
 * name cannot be told apart; the first one is read), blank names left out.
 */
export function headerChoices(headers: readonly string[], sampleRows: readonly (readonly string[])[]): HeaderChoice[] {
  const choices: HeaderChoice[] = [];
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (header.trim() === '' || header.length > MAX_HEADER_LENGTH || seen.has(header)) return;
    seen.add(header);
    const example = sampleRows.map((row) => (row[index] ?? '').trim()).find((cell) => cell !== '') ?? null;
    choices.push({ header, example });
  });
  return choices;
}

/** The mapping with one field changed; null means 不导入. */
export function withField(mapping: ColumnMapping, field: OrderField, header: string | null): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (header === null) delete next[field];
  else next[field] = header;
  return next;
}

/** The fields (other than `field`) that already use `header`. */
export function fieldsUsing(mapping: ColumnMapping, header: string, except?: OrderField): OrderField[] {
  return ORDER_FIELDS.filter((field) => field !== except && mapping[field] === header);
}

/** What is wrong with each field's choice, in Chinese; fields chosen well are absent. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): Partial<Record<OrderField, string>> {
  const problems: Partial<Record<OrderField, string>> = {};
  for (const field of ORDER_FIELDS) {
    const header = mapping[field];
    if (header === undefined) {
      if (isRequiredField(field)) problems[field] = '必填：请选择一列';
      continue;
    }
    if (!headers.includes(header)) {
      problems[field] = `文件里没有「${header}」列`;
      continue;
    }
    const others = fieldsUsing(mapping, header, field);
    if (others.length > 0) {
      problems[field] = `这一列也选给了${others.map(fieldName).join('、')}`;
    }
  }
  return problems;
}

/** Why this file's mapping cannot be used yet, in one sentence; null when it can. */
export function mappingBlockReason(fileName: string, mapping: ColumnMapping, headers: readonly string[]): string | null {
  const problems = mappingProblems(mapping, headers);
  const fields = ORDER_FIELDS.filter((field) => problems[field] !== undefined);
  if (fields.length === 0) return null;
  const chosen = fields.map((field) => ({ field, header: mapping[field] }));
  const missing = chosen.filter(({ header }) => header === undefined).map(({ field }) => field);
  const gone = chosen.filter(({ header }) => header !== undefined && !headers.includes(header)).map(({ field }) => field);
  const repeated = [...new Set(chosen.flatMap(({ header }) => (header !== undefined && headers.includes(header) ? [header] : [])))];
  const parts = [
    ...(missing.length > 0 ? [`请选择哪一列是${missing.map(fieldName).join('、')}`] : []),
    ...repeated.map((header) => `「${header}」选给了两个字段，一列只能对应一个字段`),
    ...(gone.length > 0 ? [`请为${gone.map(fieldName).join('、')}重新选择列`] : []),
  ];
  return `「${fileName}」的对应列还没选好：${parts.join('；')}。`;
}

/**
 * The mapping this file would be imported with: the owner's (shown or edited), else the proposed
 * one. Null when no mapping applies (a Taobao export).
 */
export function effectiveMapping(inspection: FileInspectionDto, draft: ColumnMapping | undefined): ColumnMapping | null {
  return draft ?? inspection.mapping ?? (inspection.needsMapping ? {} : null);
}

/** The mapping the preview must carry: the owner's choice, or the guess the owner looked at. */
export function mappingToSend(inspection: FileInspectionDto, draft: ColumnMapping | undefined): ColumnMapping | undefined {
  if (draft) return draft;
  return inspection.needsMapping ? (inspection.mapping ?? {}) : undefined;
}

/** Whether the 对应列 panel is shown: always when a mapping is needed, else once the owner asked. */
export function isMappingShown(inspection: FileInspectionDto, draft: ColumnMapping | undefined): boolean {
  return inspection.needsMapping || draft !== undefined;
}

export interface FileRef {
  name: string;
  uploadId: string | null;
}

/** imports.preview's `mappings`: only files whose mapping was shown or edited; undefined if none. */
export function previewMappings(
  files: readonly FileRef[],
  inspections: Readonly<Record<string, FileInspectionState>>,
  drafts: Readonly<Record<string, ColumnMapping>>,
): Record<string, ColumnMapping> | undefined {
  const entries = files.flatMap((file) => {
    const state = file.uploadId ? inspections[file.uploadId] : undefined;
    if (!file.uploadId || state?.status !== 'ready') return [];
    const mapping = mappingToSend(state.inspection, drafts[file.uploadId]);
    return mapping ? [[file.uploadId, mapping] as const] : [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Why 预览 cannot start yet: still waiting for the files to be recognised, or a mapping is not complete. */
export interface PreviewBlock {
  message: string;
  /** Only a moment's wait (imports.inspect is on its way), nothing for the owner to do. */
  waiting: boolean;
}

/** Why 预览 cannot start yet; null when it can. */
export function previewBlock(
  files: readonly FileRef[],
  inspections: Readonly<Record<string, FileInspectionState>>,
  drafts: Readonly<Record<string, ColumnMapping>>,
): PreviewBlock | null {
  const states = files.map((file) => ({ file, state: file.uploadId ? inspections[file.uploadId] : undefined }));
  if (states.some(({ state }) => !state || state.status === 'loading')) return { message: '正在识别文件…', waiting: true };
  for (const { file, state } of states) {
    if (state?.status !== 'ready') continue;
    const mapping = mappingToSend(state.inspection, file.uploadId ? drafts[file.uploadId] : undefined);
    const reason = mapping && mappingBlockReason(file.name, mapping, state.inspection.headers);
    if (reason) return { message: reason, waiting: false };
  }
  return null;
}

/** One line under a chosen file: what it was recognised as and which columns will be read. */
export function recognitionText(inspection: FileInspectionDto, shown: boolean): string {
  const columns = `${inspection.headers.length} 列`;
  switch (inspection.mappingSource) {
    case 'guessed':
      return `不是平台的标准导出（${columns}）：请在下面选好每一列对应什么`;
    case 'remembered':
      return `识别为：之前导入过的表格（${columns}），${shown ? '按下面的对应列导入' : '按上次确认的对应列导入'}`;
    case 'preset':
      return `识别为：${inspection.label}，${shown ? '按下面的对应列导入' : '已按标准导出对应好列'}`;
    default:
      return `识别为：${inspection.label}`;
  }
}

/** The sentence above the 对应列 panel. */
export function mappingExplanation(inspection: FileInspectionDto): string {
  switch (inspection.mappingSource) {
    case 'remembered':
      return '这是上次确认导入时记住的对应列；如有不对，在这里改，确认导入后会记住新的对应。';
    case 'preset':
      return `这是按${inspection.label.replace(/（\d+ 列）$/, '')}标准导出自动对应的列；如有不对，在这里改，确认导入后会记住，下次同样的表格按你改的对应。`;
    default:
      return '这个文件不是淘宝/京东/拼多多/抖店/有赞的标准导出，请告诉我们每一列是什么；确认后会记住，下次同样的表格自动对应。';
  }
}

export interface SampleColumn {
  field: OrderField;
  /** The field's name, e.g. 订单号. */
  title: string;
  /** The file's header it is read from. */
  header: string;
}

/** The columns of the sample table: the mapped fields, in field order, each under its own name. */
export function sampleColumns(mapping: ColumnMapping, headers: readonly string[]): SampleColumn[] {
  return ORDER_FIELDS.flatMap((field) => {
    const header = mapping[field];
    return header !== undefined && headers.includes(header) ? [{ field, title: fieldName(field), header }] : [];
  });
}

export type SampleRecord = { key: number } & Partial<Record<OrderField, string>>;

/** The first rows as the import would read them: each mapped field's cell. */
export function sampleRecords(
  columns: readonly SampleColumn[],
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
): SampleRecord[] {
  return sampleRows.map((row, index) => {
    const record: SampleRecord = { key: index };
    for (const column of columns) record[column.field] = row[headers.indexOf(column.header)] ?? '';
    return record;
  });
}
