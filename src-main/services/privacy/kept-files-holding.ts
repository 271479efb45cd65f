import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import { scanDelimitedFile } from '../import/delimited-file';
import { archivedSource } from '../import/source-archive';

/** What identifies the person's rows in an imported file. */
export interface PersonNeedles {
  /** Their order numbers. */
  orderNos: ReadonlySet<string>;
  /** Their names, phones, addresses, nicks as stored (masked ones too): a row needs one beside an order number. */
  values: ReadonlySet<string>;
  /** Unmasked nicks and whole mobiles: a row with one of these is theirs on its own. */
  strong: ReadonlySet<string>;
}

const EXCEL_GUARD = /^="(.*)"$/;

/** A cell as the importer reads its value: no Excel guard (="…"), apostrophe, TAB or spaces around. */
function cellValue(cell: string): string {
  let value = cell.trim();
  const guarded = EXCEL_GUARD.exec(value);
  if (guarded) value = guarded[1]!;
  if (value.startsWith("'")) value = value.slice(1);
  return value.trim();
}

function isPersonsRow(cells: readonly string[], needles: PersonNeedles): boolean {
  let order = false;
  let value = false;
  for (const cell of cells) {
    const v = cellValue(cell);
    if (v === '') continue;
    if (needles.strong.has(v)) return true;
    if (needles.orderNos.has(v)) order = true;
    else if (needles.values.has(v)) value = true;
    if (order && value) return true;
  }
  return false;
}

/**
 * The kept imported files (source_files) with a row of the person: read back part by part and
 * scanned as the importer reads them (CSV in any encoding, or a workbook). An items file (宝贝报表)
 * lists order numbers and products only, so it is not theirs unless a row also names them. A kept
 * file that no longer reads as a table cannot be re-applied, and is left alone.
 */
export function keptFilesHolding(repo: SourceFilesRepo, needles: PersonNeedles): number[] {
  const holding: number[] = [];
  for (const file of repo.all()) {
    const source = archivedSource(repo, file.sha256, `kept-${file.id}`);
    if (!source) continue;
    let found = false;
    try {
      scanDelimitedFile(source, {
        isHeader: (cells) => cells.some((cell) => cell.trim() !== ''),
        onHeader: () => undefined,
        onRecord: (cells) => {
          if (!isPersonsRow(cells, needles)) return undefined;
          found = true;
          return 'stop';
        },
      });
    } catch {
      continue;
    }
    if (found) holding.push(file.id);
  }
  return holding;
}
