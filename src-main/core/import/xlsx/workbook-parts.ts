// The package map of a workbook: _rels/.rels → xl/workbook.xml (sheets in tab order, the date
// system) → xl/_rels/workbook.xml.rels (each sheet's part, the shared strings, the styles).
// Part names come from the relationships, never assumed (a sheet named "export" may live in
// sheet3.xml, or in a part called something else entirely).

import { damaged } from './xlsx-error';
import { attributeByLocalName, createXmlScanner, readAttributes } from './xml-text';

export interface Relationship {
  id: string;
  /** The relationship type URI (…/officeDocument, …/worksheet, …/sharedStrings, …/styles). */
  type: string;
  /** The target part, resolved to a package path without a leading '/'. */
  target: string;
  external: boolean;
}

export interface SheetRef {
  name: string;
  relationshipId: string;
  /** 'visible' unless state="hidden" or "veryHidden". */
  visible: boolean;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
}

/** The directory of a part: 'xl/workbook.xml' → 'xl/'. */
function directoryOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** The relationships part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'; '' → '_rels/.rels'. */
export function relationshipsPartOf(part: string): string {
  const dir = directoryOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** A relationship target against its source part's directory: '../x.xml', '/xl/x.xml', 'worksheets/a%20b.xml'. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  decoded = decoded.replaceAll('\\', '/');
  const joined = decoded.startsWith('/') ? decoded.slice(1) : directoryOf(sourcePart) + decoded;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** A .rels part → its relationships, targets resolved against `sourcePart` ('' for the package). */
export function parseRelationships(xml: string, sourcePart: string, partName: string): Relationship[] {
  const out: Relationship[] = [];
  let root = false;
  const scanner = createXmlScanner(
    {
      wantText: false,
      open(name, tag) {
        if (name === 'Relationships') root = true;
        else if (name === 'Relationship') {
          const a = readAttributes(tag);
          const id = a.get('Id');
          const type = a.get('Type');
          const target = a.get('Target');
          if (id === undefined || type === undefined || target === undefined) return;
          const external = a.get('TargetMode') === 'External';
          out.push({ id, type, target: external ? target : resolveTarget(sourcePart, target), external });
        }
      },
      close() {},
      text() {},
    },
    partName,
  );
  scanner.write(xml);
  scanner.end();
  if (!root) throw damaged(`${partName} 不是关系列表`);
  return out;
}

/** workbook.xml → its sheets in tab order and whether it uses the 1904 date system. */
export function parseWorkbook(xml: string, partName: string): WorkbookInfo {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let root = false;
  const scanner = createXmlScanner(
    {
      wantText: false,
      open(name, tag) {
        if (name === 'workbook') root = true;
        else if (name === 'workbookPr') {
          const value = readAttributes(tag).get('date1904');
          date1904 = value === '1' || value === 'true';
        } else if (name === 'sheet') {
          const a = readAttributes(tag);
          const relationshipId = attributeByLocalName(a, 'id');
          if (relationshipId === undefined) return;
          const state = a.get('state');
          sheets.push({ name: a.get('name') ?? '', relationshipId, visible: state !== 'hidden' && state !== 'veryHidden' });
        }
      },
      close() {},
      text() {},
    },
    partName,
  );
  scanner.write(xml);
  scanner.end();
  if (!root) throw damaged(`${partName} 不是工作簿`);
  return { sheets, date1904 };
}

/** Relationship types end with these names in both transitional and strict OOXML. */
export function isRelationshipType(relationship: Relationship, kind: 'officeDocument' | 'worksheet' | 'sharedStrings' | 'styles'): boolean {
  return relationship.type.endsWith(`/${kind}`);
}
