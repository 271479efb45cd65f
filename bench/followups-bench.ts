// Issue 6, 今日跟进 on the customer-book bench's book (built from the generated N-order export of
// 2024-01-01…2024-03-31, cached in bench/.cache/book-<N>/): the first generation of a book (every
// task due in the look-back and look-ahead window at once), then a day's generation, day after
// day, and opening one staff member's list. The clock starts before the data so opening the
// backend generates nothing; each generation is then asked for a day of the export's last week.
//   npm run bench -- --orders 1000000 --only followups
import type { Backend } from '../src-main/backend';
import type { CareRulesDto, FollowUpGenerateDto, FollowUpListDto, StaffDto } from '../src-main/contract';
import { call, onBookCopy } from './book-copy';
import { measure, printTable, type Figure } from './measure';

const TARGET_GENERATE_MS = 1000;
const TARGET_LIST_MS = 100;
const FIRST_DAY = '2024-03-25';
const DAYS = ['2024-03-26', '2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30'];

export async function runFollowUpsBench(options: { orders: number; everyRule: boolean }): Promise<void> {
  const rules = options.everyRule ? 'every rule on' : 'the default rules';
  console.log(`\n== 今日跟进 with ${rules}: book from the ${options.orders.toLocaleString('en')}-order export (issue 6) ==`);
  await onBookCopy(options.orders, 'followups', (open) => runCases(open, options.everyRule), () => new Date('2023-12-01T02:00:00Z'));
}

/** Every rule on (发货提醒, 复购提醒, 休眠唤醒 too), so each kind's queries run. */
async function switchEveryRuleOn(backend: Backend): Promise<void> {
  const { rules } = await call<CareRulesDto>(backend, 'careRules.list', {});
  for (const { updatedAt: _updated, ...rule } of rules) {
    if (!rule.enabled) await call(backend, 'careRules.save', { ...rule, enabled: true });
  }
}

/** The book opened again, as each morning: nothing an earlier generation kept in memory is left. */
const MORNING_AFTER = '2024-03-31';

async function runCases(open: () => Promise<Backend>, everyRule: boolean): Promise<void> {
  let backend = await open();
  try {
    await runCasesOn(backend, everyRule, async () => {
      backend.close();
      backend = await open();
      return backend;
    });
  } finally {
    backend.close();
  }
}

async function runCasesOn(backend: Backend, everyRule: boolean, reopen: () => Promise<Backend>): Promise<void> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  if (everyRule) await switchEveryRuleOn(backend);

  const first = await measure(`followUps.generate ${FIRST_DAY}: first run, the whole window at once`, 1, () =>
    call<FollowUpGenerateDto>(backend, 'followUps.generate', { date: FIRST_DAY }),
  );
  figures.push(first.figure);
  notes.push(`first run created ${first.value.created.toLocaleString('en')} tasks`);

  const dayRuns: Figure[] = [];
  for (const date of DAYS) {
    const day = await measure(`followUps.generate ${date}: a day's tasks`, 1, () => call<FollowUpGenerateDto>(backend, 'followUps.generate', { date }));
    dayRuns.push(day.figure);
    notes.push(`${date}: ${day.value.created.toLocaleString('en')} new tasks`);
  }
  figures.push(...dayRuns);
  const again = await measure(`followUps.generate ${DAYS.at(-1)} again (nothing new)`, 3, () =>
    call<FollowUpGenerateDto>(backend, 'followUps.generate', { date: DAYS.at(-1) }),
  );
  figures.push(again.figure);
  backend = await reopen();
  const morning = await measure(`followUps.generate ${MORNING_AFTER}: the app opened in the morning (nothing remembered)`, 1, () =>
    call<FollowUpGenerateDto>(backend, 'followUps.generate', { date: MORNING_AFTER }),
  );
  figures.push(morning.figure);
  notes.push(`${MORNING_AFTER} (reopened): ${morning.value.created.toLocaleString('en')} new tasks`);

  const staff = (await call<StaffDto[]>(backend, 'staff.list', {})).filter((person) => person.active);
  const date = MORNING_AFTER;
  let listFigure: Figure | null = null;
  for (const person of staff.slice(0, 2)) {
    const list = await measure(`followUps.list ${date} for ${person.name} (opening 今日跟进)`, 20, () =>
      call<FollowUpListDto>(backend, 'followUps.list', { date, staffId: person.id }),
    );
    figures.push(list.figure);
    listFigure ??= list.figure;
    notes.push(`${person.name}: ${list.value.due.length} due or overdue, ${list.value.upcoming.length} upcoming`);
  }
  const everyone = await measure(`followUps.list ${date}, everyone's tasks`, 10, () => call<FollowUpListDto>(backend, 'followUps.list', { date }));
  figures.push(everyone.figure);
  notes.push(`everyone: ${everyone.value.due.length} due or overdue, ${everyone.value.upcoming.length} upcoming`);
  figures.push((await measure(`followUps.staffFigures, March`, 5, () => call(backend, 'followUps.staffFigures', { from: '2024-03-01', to: date }))).figure);

  printTable(figures);
  for (const note of notes) console.log(`  ${note}`);
  const worstDay = Math.max(...dayRuns.map((f) => f.medianMs));
  console.log(`A day's generation (worst of ${dayRuns.length} days): ${worstDay.toFixed(0)} ms — target < ${TARGET_GENERATE_MS} ms: ${worstDay < TARGET_GENERATE_MS ? 'PASS' : 'FAIL'}`);
  console.log(`A day's generation just after opening the book: ${morning.figure.medianMs.toFixed(0)} ms — target < ${TARGET_GENERATE_MS} ms: ${morning.figure.medianMs < TARGET_GENERATE_MS ? 'PASS' : 'FAIL'}`);
  console.log(`First generation of the book (whole window): ${first.figure.medianMs.toFixed(0)} ms — ${first.figure.medianMs < TARGET_GENERATE_MS ? 'under' : 'over'} ${TARGET_GENERATE_MS} ms`);
  if (listFigure) {
    console.log(`Opening 今日跟进 (one staff member, p95): ${listFigure.p95Ms.toFixed(1)} ms — target < ${TARGET_LIST_MS} ms: ${listFigure.p95Ms < TARGET_LIST_MS ? 'PASS' : 'FAIL'}`);
  }
}
