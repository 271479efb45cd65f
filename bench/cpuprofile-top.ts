// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
// the most total (inclusive) time, mapped back to src-main through the bundle's source map.
//   npx tsx bench/cpuprofile-top.ts <file.cpuprofile> [--top 25] [--map dist/main/cli.cjs.map]
// The source map is looked for as <profile>.<bundle>.map (the bench keeps it there, since the
// bundle it profiled is gone or rebuilt by then), then --map, then next to the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  area: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: FunctionTime[];
  areas: { area: string; selfMs: number }[];
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export function summariseProfile(path: string, mapOverride?: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const maps = new Map<string, SourceMap | null>();
  const sourceMapFor = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      if (url.startsWith('file://')) {
        const bundle = fileURLToPath(url);
        const candidates = [`${path}.${basename(bundle)}.map`, mapOverride && basename(mapOverride) === `${basename(bundle)}.map` ? mapOverride : null, `${bundle}.map`];
        const file = candidates.find((c): c is string => c !== null && existsSync(c));
        if (file) map = new SourceMap(JSON.parse(readFileSync(file, 'utf8')));
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };

  const keyOf = new Map<number, { key: string; name: string; where: string; area: string }>();
  const describe = (node: ProfileNode) => {
    const known = keyOf.get(node.id);
    if (known) return known;
    const frame = node.callFrame;
    const name = frame.functionName || '(anonymous)';
    let where = frame.url ? `${shorten(frame.url)}:${frame.lineNumber + 1}` : '(native)';
    let area = areaOf(frame.url, name);
    const map = frame.url ? sourceMapFor(frame.url) : null;
    if (map && frame.lineNumber >= 0) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
      if (entry.originalSource) {
        const source = shorten(entry.originalSource);
        where = `${source}:${(entry.originalLine ?? 0) + 1}`;
        area = areaOf(source, name);
      }
    }
    const described = { key: `${name}@${where}`, name, where, area };
    keyOf.set(node.id, described);
    return described;
  };

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const info = new Map<string, { name: string; where: string; area: string }>();
  const areaSelf = new Map<string, number>();
  let totalUs = 0;
  // timeDeltas[i] is the time before sample i; the time after sample i (until the next one) is
  // what that sample stands for.
  for (let i = 0; i < profile.samples.length; i += 1) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (us <= 0) continue;
    totalUs += us;
    const leaf = byId.get(profile.samples[i]!);
    if (!leaf) continue;
    const leafInfo = describe(leaf);
    self.set(leafInfo.key, (self.get(leafInfo.key) ?? 0) + us);
    info.set(leafInfo.key, leafInfo);
    areaSelf.set(leafInfo.area, (areaSelf.get(leafInfo.area) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const d = describe(byId.get(id)!);
      if (seen.has(d.key)) continue;
      seen.add(d.key);
      info.set(d.key, d);
      total.set(d.key, (total.get(d.key) ?? 0) + us);
    }
  }
  const functions = [...info.entries()].map(([key, d]) => ({
    ...d,
    selfMs: (self.get(key) ?? 0) / 1000,
    totalMs: (total.get(key) ?? 0) / 1000,
  }));
  return {
    totalMs: totalUs / 1000,
    functions,
    areas: [...areaSelf.entries()].map(([area, us]) => ({ area, selfMs: us / 1000 })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

function shorten(pathOrUrl: string): string {
  let path = pathOrUrl;
  if (path.startsWith('file://')) path = fileURLToPath(path);
  // The project's own files and packages, wherever the bundle ran from (the bench runs a copy).
  const known = /(?:^|\/)((?:src-main|src-renderer|bench|node_modules)\/.*)$/.exec(path);
  if (known) return known[1]!;
  if (path.startsWith('/')) path = relative(projectRoot, path);
  // Source-map sources are relative to dist/main.
  return path.replace(/^(\.\.\/)+/, '');
}

function areaOf(source: string, name: string): string {
  if (!source) {
    if (name.startsWith('(')) return name; // (garbage collector), (program), (idle), (root)
    return 'native (better-sqlite3 / V8 builtins)';
  }
  const inSrc = /src-main\/([^/]+(?:\/[^/]+)?)\//.exec(source);
  if (inSrc) return `src-main/${inSrc[1]}`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return `node_modules/${inModules[1]}`;
  if (source.startsWith('node:')) return 'node internals';
  if (/\.c?js$/.test(source)) return 'bundle, unmapped (module top level)';
  return source;
}

export function printProfileSummary(summary: ProfileSummary, top = 25): void {
  const pct = (ms: number) => `${((100 * ms) / Math.max(1, summary.totalMs)).toFixed(1)}%`;
  console.log(`CPU profile: ${(summary.totalMs / 1000).toFixed(2)} s sampled`);
  console.log(
    "Note: better-sqlite3's statement methods are C++ callbacks without frames of their own, so SQLite's work shows up as the self time " +
      'of the JavaScript function that calls stmt.run/get (e.g. a repository method) or db.exec / the transaction wrapper.',
  );
  console.log('Self time by area:');
  console.table(summary.areas.slice(0, 15).map((a) => ({ area: a.area, 'self s': (a.selfMs / 1000).toFixed(2), share: pct(a.selfMs) })));
  console.log(`Top ${top} functions by self time:`);
  console.table(
    [...summary.functions]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ function: f.name, where: f.where, 'self s': (f.selfMs / 1000).toFixed(2), self: pct(f.selfMs), 'total s': (f.totalMs / 1000).toFixed(2) })),
  );
  console.log(`Top ${top} src-main functions by total (inclusive) time:`);
  console.table(
    summary.functions
      .filter((f) => f.where.startsWith('src-main/'))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map((f) => ({ function: f.name, where: f.where, 'total s': (f.totalMs / 1000).toFixed(2), total: pct(f.totalMs), 'self s': (f.selfMs / 1000).toFixed(2) })),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' }, map: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error('usage: npx tsx bench/cpuprofile-top.ts <file.cpuprofile> [--top 25] [--map dist/main/cli.cjs.map]');
    process.exit(2);
  }
  printProfileSummary(summariseProfile(positionals[0]!, values.map), Number(values.top));
}
